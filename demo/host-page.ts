/**
 * The page widgets are previewed on, built inside a preview frame by the demo
 * page (same origin): a plain light or dark page, or a busy "typical CMS"
 * page with a header, navigation, sidebar, serif body text and coloured
 * headings. The widget elements and their `<style>` come from the same
 * functions as the snippet, and stand in its order, one after another in the
 * page's main column, as the pasted snippet places them.
 */
import { contentFor } from './content.js';
import { tokenCss } from './snippet.js';
import { elementAttributes, type DemoState, type WidgetTag } from './state.js';
import type { DemoStrings } from './strings.js';

export interface HostPage {
  doc: Document;
  /** The widget elements in the snippet's order, created in the frame's document (so its registry upgrades them). */
  widgets: HTMLElement[];
  /** The snippet's `<style>` block, in the frame's `<head>`. */
  tokens: HTMLStyleElement;
  /** Wraps everything; its height is the frame's height. */
  page: HTMLElement;
  /** The regional content last given to each widget, as JSON (`''`: none). */
  content: string[];
  cms: {
    parts: HTMLElement[];
    site: HTMLElement;
    nav: HTMLElement;
    navLinks: HTMLAnchorElement[];
    title: HTMLElement;
    intro: HTMLElement;
    sidebarHeading: HTMLElement;
    sidebarLinks: HTMLAnchorElement[];
    footer: HTMLElement;
  };
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls?: string,
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (cls) node.className = cls;
  node.append(...children);
  return node;
}

function linkList(doc: Document, count: number): { list: HTMLUListElement; links: HTMLAnchorElement[] } {
  const links = Array.from({ length: count }, () => {
    const a = el(doc, 'a');
    a.href = '#';
    return a;
  });
  return {
    list: el(
      doc,
      'ul',
      '',
      links.map((a) => el(doc, 'li', '', [a])),
    ),
    links,
  };
}

/** The frame's name for the widgets it shows: `<ogi-faq>`, or `<ogi-about>, <ogi-faq>, …`. */
export const tagList = (tags: readonly string[]): string => tags.map((tag) => `<${tag}>`).join(', ');

/** Builds the host page for `tags`, one after another, in the frame's document. */
export function buildHostPage(
  doc: Document,
  tags: readonly string[],
  navCount: number,
  sidebarCount: number,
): HostPage {
  const page = doc.getElementById('page') ?? doc.body.appendChild(el(doc, 'div'));
  page.id = 'page';
  const tokens = el(doc, 'style');
  tokens.id = 'ogi-tokens';
  doc.head.append(tokens);

  const widgets = tags.map((tag) => doc.createElement(tag));
  const site = el(doc, 'p', 'cms-site');
  const nav = el(doc, 'nav', 'cms-nav');
  const navList = linkList(doc, navCount);
  nav.append(navList.list);
  const header = el(doc, 'header', 'cms-header', [el(doc, 'div', 'cms-header-inner', [site, nav])]);
  const title = el(doc, 'h1', 'cms-title');
  const intro = el(doc, 'p', 'cms-intro');
  const sidebarHeading = el(doc, 'h2');
  const side = linkList(doc, sidebarCount);
  const sidebar = el(doc, 'aside', 'cms-sidebar', [sidebarHeading, side.list]);
  const main = el(doc, 'main', 'host-main', [title, intro, ...widgets]);
  const footer = el(doc, 'footer', 'cms-footer');
  page.replaceChildren(header, el(doc, 'div', 'host-layout', [main, sidebar]), footer);

  // The mock site's links go nowhere.
  page.addEventListener('click', (e) => {
    if ((e.target as Element).closest?.('a[href="#"]')) e.preventDefault();
  });

  return {
    doc,
    widgets,
    tokens,
    page,
    content: widgets.map(() => ''),
    cms: {
      parts: [header, intro, sidebar, footer],
      site,
      nav,
      navLinks: navList.links,
      title,
      intro,
      sidebarHeading,
      sidebarLinks: side.links,
      footer,
    },
  };
}

/**
 * Applies the settings: attributes and tokens exactly as the snippet has them, the host page's
 * look and words, and to each widget the part of the regional content `content` meant for it (its
 * `content` property: a new object only when it changed).
 */
export function updateHostPage(host: HostPage, state: DemoState, s: DemoStrings, content?: unknown): void {
  const { doc, widgets, cms } = host;
  const shown = tagList(widgets.map((w) => w.localName));
  doc.documentElement.lang = state.lang;
  doc.title = s.frameTitle(shown);
  doc.body.className = `bg-${state.background}`;

  widgets.forEach((widget, i) => {
    const tag = widget.localName as WidgetTag;
    const attrs = elementAttributes(state, tag);
    for (const name of ['theme', 'heading-level', 'orientation']) {
      if (!attrs.some(([n]) => n === name)) widget.removeAttribute(name);
    }
    for (const [name, value] of attrs) {
      if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
    }
    const mine = contentFor(content, tag);
    const json = mine === undefined ? '' : JSON.stringify(mine);
    if (host.content[i] !== json) {
      host.content[i] = json;
      // Made in the frame's realm, as a script of the host page would make it.
      const win = doc.defaultView as (Window & typeof globalThis) | null;
      (widget as HTMLElement & { content?: unknown }).content = json && win ? win.JSON.parse(json) : undefined;
    }
  });
  const css = tokenCss(state);
  if (host.tokens.textContent !== css) host.tokens.textContent = css;

  const isCms = state.background === 'cms';
  for (const part of cms.parts) part.hidden = !isCms;
  cms.site.textContent = s.cms.site;
  cms.nav.setAttribute('aria-label', s.cms.navLabel);
  cms.navLinks.forEach((a, i) => (a.textContent = s.cms.nav[i] ?? ''));
  // A plain page still gets a title, for the outline; only the CMS page shows it.
  cms.title.textContent = isCms ? s.cms.pageTitle : s.frameTitle(shown);
  cms.title.className = isCms ? 'cms-title' : 'visually-hidden';
  cms.intro.textContent = s.cms.pageIntro;
  cms.sidebarHeading.textContent = s.cms.sidebarHeading;
  cms.sidebarLinks.forEach((a, i) => (a.textContent = s.cms.sidebarLinks[i] ?? ''));
  cms.footer.textContent = s.cms.footer;
}
