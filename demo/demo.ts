/**
 * The demo page: controls → state → preview frames, snippet, contrast check
 * and URL. `initDemo` drives the page's markup (demo/index.html); main.ts
 * calls it.
 */
import { faqContent } from '../src/content/faq.js';
import {
  CONTENT_MODES,
  EXAMPLE_URL,
  checkContent,
  contentFile,
  type ContentCheck,
  type ContentMode,
  type SnippetContent,
} from './content.js';
import { AA_NORMAL_TEXT, contrastRatio, formatRatio, passingColor } from './contrast.js';
import { add } from './dom.js';
import { createEditor } from './editor.js';
import { HASH_KEY, packContent, packedIn, unpackContent } from './editor-model.js';
import { buildHostPage, tagList, updateHostPage, type HostPage } from './host-page.js';
import { chunksOf, classicScript, renderCommands, renderRequests, scriptFile, shortcodes, snippet } from './snippet.js';
import { VERSION } from './release.js';
import {
  COLOR_KEYS,
  DEFAULT_HEADING_LEVEL,
  PARAM_KEYS,
  RADIUS_RANGE,
  SPACE_RANGE,
  TOKEN_NAMES,
  WIDGET_CHOICES,
  effectiveColors,
  normalize,
  readState,
  schemeColors,
  schemesOf,
  tagOf,
  widgetKeys,
  withParam,
  writeState,
  type DemoState,
  type Lang,
  type ParamKey,
  type Scheme,
  type WidgetChoice,
  type WidgetTag,
} from './state.js';
import { strings, type DemoStrings } from './strings.js';

/** The WCAG AA minimum for a focus indicator against what surrounds it (non-text contrast, 1.4.11). */
const AA_NON_TEXT = 3;

/** The pairs the contrast check measures, each against the background, with the ratio it needs. */
const CONTRAST_PAIRS = [
  { key: 'text', min: AA_NORMAL_TEXT },
  { key: 'muted', min: AA_NORMAL_TEXT },
  { key: 'accent', min: AA_NORMAL_TEXT },
  { key: 'focus', min: AA_NON_TEXT },
] as const;

/** One measured pair. */
export interface ContrastCheck {
  scheme: Scheme;
  key: (typeof CONTRAST_PAIRS)[number]['key'];
  ratio: number;
  ok: boolean;
}

/** Every pair, in every colour scheme a visitor can see (both under `theme="auto"`), against AA. */
export function contrastChecks(state: DemoState): ContrastCheck[] {
  const s = normalize(state);
  return schemesOf(s.theme).flatMap((scheme) => {
    const colors = schemeColors(s, scheme);
    return CONTRAST_PAIRS.map(({ key, min }) => {
      const ratio = contrastRatio(colors[key], colors.surface);
      return { scheme, key, ratio, ok: ratio >= min };
    });
  });
}

const otherLang = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id');

/** A choice of widgets and the elements it shows, in the snippet's order (`all`: the four, one after another). */
const choiceTags = (key: WidgetChoice): WidgetTag[] => widgetKeys(key).map(tagOf);

/** One language column of a choice's preview: one frame, one host page, the choice's widgets in it. */
interface Preview {
  key: WidgetChoice;
  tags: WidgetTag[];
  /** The second language of the side-by-side view. */
  alt: boolean;
  section: HTMLElement;
  /** The frame's column: its language caption, hint and box. */
  column: HTMLElement;
  caption: HTMLElement;
  wrap: HTMLElement;
  missing: HTMLElement;
  /** Says whether a preview wider than its box is scaled or scrolls sideways; holds `hintText` and `fitToggle`. */
  hint: HTMLElement;
  hintText: HTMLElement;
  /** Turns fitting off (1:1, sideways scroll) or on, for every preview, as the `#fit` switch does. */
  fitToggle: HTMLButtonElement;
  frame: HTMLIFrameElement;
  host?: HostPage;
  /** Resolves when the live frame has loaded (the static frame borrows its stylesheets); set once it is asked to load. */
  loaded?: Promise<void>;
  /** The "without JavaScript" preview: the static fragments in a frame sandboxed without scripts. */
  staticFrame: HTMLIFrameElement;
  staticHost?: HostPage;
  /** The static pages the static frame shows or is loading, one per tag. */
  staticUrl?: string;
  /** Once the frame has loaded: the tags its registry lacks (not in this build), which it does not show. */
  absent?: WidgetTag[];
  /** The FAQ state last applied to the live widget. */
  faqView?: string;
}

export interface Demo {
  /** Resolves once the chosen widgets' preview frame has loaded and shows the current settings (another choice's loads when chosen). */
  ready: Promise<void>;
  /** The current settings. */
  readonly state: DemoState;
}

/** A string of the demo's UI by its path in `DemoStrings` (`widgetNames.faq`). */
function lookup(s: DemoStrings, path: string): string | undefined {
  let value: unknown = s;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return typeof value === 'string' ? value : undefined;
}

/** A colour picker with its label (`data-i18n` path), token name and hex readout. */
function addColorField(parent: Element, id: string, i18n: string, token: string): HTMLElement {
  const field = add(parent, 'div', { class: 'color-field', id: `${id}-field` });
  const label = add(field, 'label', { for: id });
  add(label, 'span', { 'data-i18n': i18n });
  label.append(' ');
  add(label, 'code', {}, token);
  add(field, 'input', { type: 'color', id, name: id });
  add(field, 'code', { class: 'hex', id: `${id}-hex` });
  return field;
}

/**
 * Adds, per widget of src/elements.ts, its radio to the widget choice, and per choice ("all" and
 * each widget) its preview section (after the preview heading, before the snippet: the preview
 * comes first), one colour picker per colour token, and one option per FAQ question, so that
 * index.html names none of them. Texts come from `data-i18n` (see `applyStrings`).
 */
function buildMarkup(doc: Document): void {
  const choices = doc.querySelector('#widget-choices')!;
  const previews = doc.createDocumentFragment();
  for (const key of WIDGET_CHOICES) {
    const tags = choiceTags(key);
    if (key !== 'all') {
      const label = add(choices, 'label');
      add(label, 'input', { type: 'radio', name: 'w', value: key });
      label.append(' ');
      add(label, 'span', { 'data-i18n': `widgetNames.${key}` });
    }

    const section = add(previews, 'section', {
      class: 'widget-section',
      'data-widget': key,
      'aria-labelledby': `heading-${key}`,
    });
    const h3 = add(section, 'h3', { id: `heading-${key}` });
    add(h3, 'span', { 'data-i18n': `widgetNames.${key}` });
    // One widget's tag; the four are named in the description and the snippet.
    if (tags.length === 1) {
      h3.append(' ');
      add(h3, 'code', {}, `<${tags[0]}>`);
    }
    add(section, 'p', { class: 'description', 'data-i18n': `widgetDescriptions.${key}` });
    add(section, 'p', { class: 'missing', hidden: '' });
    const pair = add(section, 'div', { class: 'frame-pair' });
    for (const alt of [false, true]) {
      const column = add(pair, 'div', { class: 'frame-column', 'data-alt': String(alt) });
      add(column, 'p', { class: 'frame-lang', hidden: '' });
      // What the box does with a preview wider than it, and the button that switches scaling and 1:1 there.
      const hint = add(column, 'p', { class: 'scroll-hint', hidden: '' });
      add(hint, 'span', { class: 'scroll-hint-text' });
      hint.append(' ');
      add(hint, 'button', { type: 'button', class: 'fit-toggle' });
      add(column, 'div', { class: 'frame-wrap' });
      if (alt) column.hidden = true;
    }
  }
  doc.querySelector('#snippet-panel')!.before(previews);

  const colors = doc.querySelector('#color-fields')!;
  for (const key of COLOR_KEYS) addColorField(colors, key, `colorLabels.${key}`, TOKEN_NAMES[key]);
  const dark = addColorField(colors, 'dark-accent', 'darkAccentLabel', '@media (prefers-color-scheme: dark)');
  dark.classList.add('dark-accent');
  dark.querySelector('input')!.setAttribute('aria-describedby', 'dark-accent-hint');
  add(dark, 'p', { class: 'hint', id: 'dark-accent-hint', 'data-i18n': 'darkAccentHint' });
  addColorField(colors, 'line', 'lineLabel', TOKEN_NAMES.timelineLine);

  const linked = doc.querySelector('#faq-linked')!;
  for (const { id } of faqContent.id.items) add(linked, 'option', { value: `#${id}` });
}

/** Delay before the preview follows what is typed into the content box. */
export const CONTENT_DELAY_MS = 300;

/** Delay before the URL follows the controls (Firefox limits history calls while a colour is dragged). */
const URL_DELAY_MS = 120;

export function initDemo(doc: Document = document): Demo {
  const win = doc.defaultView as Window & typeof globalThis;
  const $ = <T extends Element = HTMLElement>(sel: string) => doc.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('#settings');
  const snippetCode = $('#snippet');
  const copyButton = $<HTMLButtonElement>('#copy');
  const copyStatus = $('#copy-status');
  const resetStatus = $('#reset-status');
  const warning = $('#contrast-warning');
  const snippetWarning = $('#snippet-warning');
  const moreSettings = $('#more-settings');
  const prefersDark = win.matchMedia('(prefers-color-scheme: dark)');
  buildMarkup(doc);
  $('#classic-script').textContent = classicScript();

  let state = readState(new URLSearchParams(win.location.search));
  let appliedUi = '';
  let shownSnippet = '';
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  /* The "Your content" panel: kept on this page and in the URL's hash (packed), never sent anywhere. */
  const contentBox = $<HTMLTextAreaElement>('#content');
  const contentStatus = $('#content-status');
  const download = $<HTMLAnchorElement>('#content-download');
  let content: ContentCheck = { errors: [] };
  let contentMode: ContentMode = 'inline';
  let contentTimer: ReturnType<typeof setTimeout> | undefined;
  /** Said once the box was emptied by the Clear button, until something is typed. */
  let cleared = false;
  let shownStatus = '';
  let downloadText = '';
  let exampleText: string | undefined;
  /** The content file packed for the URL's hash (`#content=…`); `''` when there is none. */
  let packed = packedIn(win.location.hash) ?? '';
  let packing = Promise.resolve();
  /** The form: each change writes the file into the box, which is then read as if typed. */
  const editor = createEditor($('#content-editor'), strings[state.ui], state.ui, (value) => {
    contentBox.value = Object.keys(value).length ? contentFile(value) : '';
    cleared = false;
    applyContent(false, true);
  });

  const previews: Preview[] = WIDGET_CHOICES.flatMap((key) => {
    const section = $(`.widget-section[data-widget="${key}"]`);
    return [false, true].map((alt): Preview => {
      const column = section.querySelector<HTMLElement>(`.frame-column[data-alt="${alt}"]`)!;
      const frame = doc.createElement('iframe');
      frame.className = 'preview-frame';
      const wrap = column.querySelector<HTMLElement>('.frame-wrap')!;
      // No `allow-scripts`: nothing can run in it, like a visitor whose browser runs no script.
      // `allow-same-origin` only lets this page dress it as the host page and size it.
      const staticFrame = doc.createElement('iframe');
      staticFrame.className = 'preview-frame static-frame';
      staticFrame.setAttribute('sandbox', 'allow-same-origin');
      staticFrame.hidden = true;
      wrap.append(frame, staticFrame);
      return {
        key,
        tags: choiceTags(key),
        alt,
        section,
        column,
        caption: column.querySelector<HTMLElement>('.frame-lang')!,
        wrap,
        frame,
        staticFrame,
        missing: section.querySelector<HTMLElement>('.missing')!,
        hint: column.querySelector<HTMLElement>('.scroll-hint')!,
        hintText: column.querySelector<HTMLElement>('.scroll-hint-text')!,
        fitToggle: column.querySelector<HTMLButtonElement>('.fit-toggle')!,
      };
    });
  });

  /** The settings a preview shows: the second column of the side-by-side view has the other language. */
  const viewOf = (p: Preview): DemoState => (p.alt ? { ...state, lang: otherLang(state.lang) } : state);

  /** The content the snippet carries (and the preview shows): none while the box is empty or not JSON. */
  const snippetContent = (): SnippetContent | undefined =>
    content.value === undefined ? undefined : { value: content.value, mode: contentMode };

  /* ---------- rendering ---------- */

  function applyStrings(s: DemoStrings): void {
    doc.documentElement.lang = state.ui;
    doc.title = s.pageTitle;
    for (const node of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const text = lookup(s, node.dataset.i18n!);
      if (text !== undefined) node.textContent = text;
    }
    for (const option of $<HTMLSelectElement>('#hl').options) {
      option.textContent = `h${option.value}${Number(option.value) === DEFAULT_HEADING_LEVEL ? ` ${s.headingDefault}` : ''}`;
    }
    for (const option of $<HTMLSelectElement>('#max-width').options) {
      if (option.value === '') option.textContent = s.maxWidthDefault;
      if (option.value === 'none') option.textContent = s.maxWidthNone;
    }
    $<HTMLSelectElement>('#space-after').options[0].textContent = s.spaceAfterDefault;
    $('#faq-linked').setAttribute('label', s.faqViews.linked);
    const questions = faqContent[state.ui].items;
    for (const option of $('#faq-linked').querySelectorAll('option')) {
      const item = questions.find((q) => `#${q.id}` === option.value);
      option.textContent = item ? item.question : option.value;
    }
    editor.setStrings(s, state.ui);
    // A message in the old language would be read out of context.
    copyStatus.textContent = '';
    resetStatus.textContent = '';
  }

  function setRadio(name: string, value: string): void {
    for (const input of form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)) {
      input.checked = input.value === value;
    }
  }

  function syncControls(): void {
    setRadio('w', state.widget);
    setRadio('ui', state.ui);
    setRadio('lang', state.lang);
    setRadio('theme', state.theme);
    setRadio('orientation', state.orientation);
    setRadio('width', state.width);
    setRadio('bg', state.background);
    $<HTMLSelectElement>('#hl').value = String(state.headingLevel);
    $<HTMLSelectElement>('#font').value = state.font;
    $<HTMLSelectElement>('#max-width').value = state.maxWidth;
    $<HTMLSelectElement>('#space-after').value = state.spaceAfter;
    $<HTMLSelectElement>('#faq').value = state.faqView;
    $<HTMLInputElement>('#nojs').checked = state.noJs;
    $<HTMLInputElement>('#fit').checked = state.fit;
    $<HTMLInputElement>('#both').checked = state.both;
    $<HTMLInputElement>('#noframe').checked = state.noFrame;
    $<HTMLInputElement>('#noeyebrow').checked = state.noEyebrow;
    $('#line-field').hidden = !widgetKeys(state.widget).includes('timeline');
    $('#faq-field').hidden = !widgetKeys(state.widget).includes('faq');
    const colors = effectiveColors(state, prefersDark.matches);
    const shown: [string, string][] = COLOR_KEYS.map((key) => [key, colors[key]]);
    $('#dark-accent-field').hidden = state.theme !== 'auto';
    // Under `auto`, the dark accent's picker starts at a colour that passes on the dark surface.
    const dark = schemeColors(state, 'dark');
    shown.push(['dark-accent', state.darkAccent ?? passingColor(dark.accent, dark.surface)]);
    shown.push(['line', state.timelineLine ?? colors.border]);
    for (const [id, value] of shown) {
      const input = $<HTMLInputElement>(`#${id}`);
      if (input.value !== value) input.value = value;
      $(`#${id}-hex`).textContent = value;
    }
    for (const [key, value] of [
      ['radius', state.radius],
      ['space', state.space],
    ] as const) {
      const input = $<HTMLInputElement>(`#${key}`);
      input.value = String(value);
      input.setAttribute('aria-valuetext', `${value} rem`);
      $(`#${key}-value`).textContent = `${value}rem`;
    }
  }

  /** The ratios, per colour scheme a visitor can see; says when one fails, next to the colours and on the snippet. */
  function renderContrast(s: DemoStrings): boolean {
    const checks = contrastChecks(state);
    const schemes = schemesOf(state.theme);
    const groups = schemes.map((scheme) => {
      const group = doc.createElement('div');
      group.className = 'scheme';
      group.dataset.scheme = scheme;
      if (schemes.length > 1) add(group, 'p', { class: 'scheme-name' }, s.schemes[scheme]);
      for (const c of checks.filter((x) => x.scheme === scheme)) {
        const row = add(group, 'p', { class: c.ok ? 'ratio' : 'ratio fail', id: `ratio-${scheme}-${c.key}` });
        row.append(`${s.contrastPairs[c.key]}: `);
        add(row, 'strong', { class: 'value' }, formatRatio(c.ratio, state.ui));
        row.append(' ');
        add(row, 'span', { class: 'verdict' }, c.ok ? `✓ ${s.contrastOk}` : `✗ ${s.contrastFail}`);
      }
      return group;
    });
    $('#contrast-rows').replaceChildren(...groups);
    const failing = checks.some((c) => !c.ok);
    const text = failing ? s.contrastWarning : '';
    if (warning.textContent !== text) warning.textContent = text;
    $('#contrast').classList.toggle('has-warning', failing);
    snippetWarning.textContent = s.snippetWarning;
    snippetWarning.hidden = !failing;
    $('#snippet-panel').classList.toggle('failing', failing);
    return failing;
  }

  function sizeFrame(p: Preview): void {
    const [frame, host] = state.noJs ? [p.staticFrame, p.staticHost] : [p.frame, p.host];
    if (!host) return;
    const height = Math.ceil(host.page.getBoundingClientRect().height);
    frame.style.height = `${Math.max(height, 80)}px`;
    updateOverflow(p);
  }

  /**
   * A fixed-width preview wider than its column is scaled down to fit (its viewport keeps the
   * chosen width), or, with fitting off, its box scrolls sideways: say which, and make a
   * scrolling box reachable by keyboard.
   */
  function updateOverflow(p: Preview): void {
    const s = strings[state.ui];
    const frame = state.noJs ? p.staticFrame : p.frame;
    const width = state.width === 'full' ? 0 : Number(state.width);
    // The box's padding (1 px each side) is room for the frame's outline.
    const room = p.wrap.clientWidth - 2;
    const scale = state.fit && width > room && room > 0 ? room / width : 1;
    for (const f of [p.frame, p.staticFrame]) f.style.transform = f === frame && scale < 1 ? `scale(${scale})` : '';
    p.wrap.classList.toggle('fitted', scale < 1);
    // A box scrolled at 1:1 would clip the scaled preview's left part.
    if (scale < 1 && (p.wrap.scrollLeft || p.wrap.scrollTop)) p.wrap.scrollTo(0, 0);
    p.wrap.style.height = scale < 1 ? `${Math.ceil(frame.offsetHeight * scale) + 6}px` : '';
    const overflows = scale === 1 && !p.wrap.hidden && p.wrap.scrollWidth > p.wrap.clientWidth + 1;
    p.hint.hidden = !overflows && scale === 1;
    p.hintText.textContent = scale < 1 ? s.fitNote(Math.floor(scale * 100)) : s.scrollHint;
    // Where the preview is scaled or scrolls, the switch between the two is at hand.
    p.fitToggle.hidden = scale === 1 && state.fit;
    p.fitToggle.textContent = scale < 1 ? s.fitOff : s.fitOn;
    const heading = `heading-${p.key}`;
    if (overflows) {
      p.wrap.tabIndex = 0;
      p.wrap.setAttribute('role', 'group');
      p.wrap.setAttribute('aria-labelledby', state.both ? `${heading} ${p.caption.id}` : heading);
    } else {
      p.wrap.removeAttribute('tabindex');
      p.wrap.removeAttribute('role');
      p.wrap.removeAttribute('aria-labelledby');
    }
  }

  /** The FAQ's state as chosen: all closed, all open (its `openAll()`), or opened by the page's URL hash. */
  function applyFaqView(p: Preview): void {
    const fwin = p.frame.contentWindow;
    const faq = p.host?.widgets.find((w) => w.localName === 'ogi-faq') as
      (HTMLElement & { openAll?(): Promise<void>; closeAll?(): Promise<void> }) | undefined;
    if (!fwin || !faq?.openAll || !faq.closeAll || p.faqView === state.faqView) return;
    const view = state.faqView;
    p.faqView = view;
    if (fwin.location.hash) fwin.history.replaceState(null, '', fwin.location.pathname + fwin.location.search);
    if (view === 'open') void faq.openAll();
    else if (view === 'closed') void faq.closeAll();
    else {
      // A real deep link: the widget opens the question the URL names, as on a webmaster's page.
      const focused = doc.activeElement as HTMLElement | null;
      void faq.closeAll().then(() => {
        // The question takes focus inside the frame (the widget's listener runs first); keep the
        // designer's place in the settings.
        fwin.addEventListener('hashchange', () => focused?.focus({ preventScroll: true }), { once: true });
        fwin.location.hash = view;
      });
    }
  }

  function renderPreview(p: Preview): void {
    const view = viewOf(p);
    const s = strings[state.ui];
    const shown = p.key === state.widget && (!p.alt || state.both);
    if (!p.alt) p.section.hidden = p.key !== state.widget;
    p.column.hidden = !shown;
    p.caption.hidden = !state.both;
    p.caption.id = `caption-${p.key}-${p.alt ? 'alt' : 'main'}`;
    p.caption.textContent = s.langNames[view.lang];
    p.caption.lang = view.lang;
    // Side by side, each frame's name says its language.
    const inLang = state.both ? ` (${s.langNames[view.lang]})` : '';
    p.frame.title = s.frameTitle(tagList(p.tags)) + inLang;
    p.staticFrame.title = s.staticFrameTitle(tagList(p.tags)) + inLang;
    p.column.parentElement!.classList.toggle('both', state.both);
    if (shown && !p.loaded) loadFrame(p);
    for (const frame of [p.frame, p.staticFrame]) frame.style.width = state.width === 'full' ? '' : `${state.width}px`;
    p.wrap.classList.toggle('full', state.width === 'full');
    // An element not in this build is left out of the page, and said so.
    p.missing.hidden = !p.absent?.length;
    p.missing.textContent = (p.absent ?? []).map((tag) => s.missing(tag)).join(' ');
    if (p.loaded && !p.host && p.absent) {
      p.wrap.hidden = true;
      return;
    }
    p.frame.hidden = state.noJs;
    p.staticFrame.hidden = !state.noJs;
    if (state.noJs && shown) loadStatic(p);
    const words = strings[view.lang];
    if (p.host) updateHostPage(p.host, view, words, content.value);
    // The theme needs no new render: it is only the element's attribute, which the styles follow without script.
    if (p.staticHost) updateHostPage(p.staticHost, view, words);
    if (shown) applyFaqView(p);
    sizeFrame(p);
    if (shown) updateOverflow(p);
  }

  /**
   * The element of `tag` as the static page at `url` has it (its declarative shadow root
   * attached), from `fdoc` when that is the page, else parsed from the page fetched, as the
   * browser parses a page (`Document.parseHTMLUnsafe`, which attaches declarative shadow roots).
   */
  async function staticElement(fdoc: Document, tag: WidgetTag, url: string): Promise<HTMLElement | null> {
    const here = fdoc.querySelector<HTMLElement>(tag);
    if (here) return here;
    const res = await win.fetch(url);
    if (!res.ok) return null;
    const parsed = win.Document.parseHTMLUnsafe(await res.text());
    const el = parsed.querySelector<HTMLElement>(tag);
    return el && fdoc.adoptNode(el);
  }

  /**
   * Points the static frame at the fragments for the current language and heading level
   * (`static/<tag>.<lang>.h<level>.html`, rendered by the server renderer: the frame loads the
   * first tag's page, and the other tags' fragments join it), and once it has loaded, builds the
   * same host page around the elements the browser parsed, in the snippet's order.
   */
  function loadStatic(p: Preview): void {
    const view = viewOf(p);
    const urls = p.tags.map(
      (tag) => new URL(`./static/${tag}.${view.lang}.h${view.headingLevel}.html`, doc.baseURI).href,
    );
    const key = urls.join(' ');
    if (p.staticUrl === key) return;
    p.staticUrl = key;
    p.staticHost = undefined;
    delete p.staticFrame.dataset.ready;
    p.staticFrame.addEventListener(
      'load',
      async () => {
        await p.loaded;
        const fdoc = p.staticFrame.contentDocument;
        const fwin = p.staticFrame.contentWindow as (Window & typeof globalThis) | null;
        if (p.staticUrl !== key || !fdoc || !fwin) return;
        const found = await Promise.all(p.tags.map((tag, i) => staticElement(fdoc, tag, urls[i]).catch(() => null)));
        const widgets = found.filter((el): el is HTMLElement => el !== null);
        if (p.staticUrl !== key || !widgets.length) return;
        // The preview page's own stylesheets (the host page's look), as the live frame has them.
        for (const link of p.frame.contentDocument?.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]') ?? []) {
          const copy = fdoc.createElement('link');
          copy.rel = 'stylesheet';
          copy.href = link.href;
          fdoc.head.append(copy);
        }
        const s = strings[viewOf(p).lang];
        const host = buildHostPage(
          fdoc,
          widgets.map((w) => w.localName),
          s.cms.nav.length,
          s.cms.sidebarLinks.length,
        );
        host.widgets.forEach((placeholder, i) => placeholder.replaceWith(widgets[i]));
        host.widgets = widgets;
        p.staticHost = host;
        new fwin.ResizeObserver(() => sizeFrame(p)).observe(host.page);
        renderPreview(p);
        p.staticFrame.dataset.ready = 'true';
      },
      { once: true },
    );
    p.staticFrame.src = urls[0];
  }

  /** Loads the live preview page in the frame; the second language's frames load only once side by side is on. */
  function loadFrame(p: Preview): Promise<void> {
    p.loaded = new Promise<void>((resolve) => {
      p.frame.addEventListener(
        'load',
        () => {
          const fdoc = p.frame.contentDocument;
          const fwin = p.frame.contentWindow as (Window & typeof globalThis) | null;
          const defined = p.tags.filter((tag) => fwin?.customElements.get(tag));
          p.absent = p.tags.filter((tag) => !defined.includes(tag));
          if (fdoc && fwin) {
            if (defined.length) {
              const s = strings[viewOf(p).lang];
              p.host = buildHostPage(fdoc, defined, s.cms.nav.length, s.cms.sidebarLinks.length);
              new fwin.ResizeObserver(() => sizeFrame(p)).observe(p.host.page);
              new win.ResizeObserver(() => updateOverflow(p)).observe(p.wrap);
              // A scaled preview's box clips it; a deep-linked question's scrollIntoView must not scroll it.
              p.wrap.addEventListener('scroll', () => {
                if (p.wrap.classList.contains('fitted')) p.wrap.scrollTo(0, 0);
              });
            }
          }
          renderPreview(p);
          sizeFrame(p);
          p.frame.dataset.ready = 'true';
          resolve();
        },
        { once: true },
      );
    });
    p.frame.src = new URL('./preview.html', doc.baseURI).href;
    return p.loaded;
  }

  /**
   * What the panel says of the content (in its polite live region, changed only when what it says
   * changes), and the snippet's choice between inline JSON and a `content-src` file.
   */
  function renderContent(s: DemoStrings): void {
    const { syntax, errors, value } = content;
    const empty = !contentBox.value.trim() && value === undefined && !syntax;
    const lines: { kind: string; text?: string; items?: [string, string][] }[] = [];
    if (syntax) {
      const where = syntax.line ? ` (${s.contentAt(syntax.line, syntax.column ?? 1)})` : '';
      lines.push({ kind: 'error', text: `${s.contentInvalidJson}${where}: ${syntax.message}` });
    } else if (errors.length) {
      lines.push({ kind: 'error', text: s.contentProblems(errors.length) });
      lines.push({ kind: 'list', items: errors.map((e) => [e.path || s.contentWholeFile, e.message]) });
    } else if (value !== undefined) {
      lines.push({ kind: 'ok', text: s.contentOk });
    } else if (empty && cleared) {
      lines.push({ kind: 'note', text: s.contentCleared });
    }
    const key = JSON.stringify(lines);
    if (key !== shownStatus) {
      shownStatus = key;
      contentStatus.replaceChildren(
        ...lines.map((line) => {
          if (line.kind !== 'list')
            return Object.assign(doc.createElement('p'), { className: line.kind, textContent: line.text! });
          const list = doc.createElement('ul');
          for (const [path, message] of line.items!) {
            const item = add(list, 'li');
            add(item, 'code', {}, path);
            item.append(`: ${message}`);
          }
          return list;
        }),
      );
    }
    editor.showErrors(syntax ? [] : errors);
    const invalid = Boolean(syntax || errors.length);
    if (invalid) contentBox.setAttribute('aria-invalid', 'true');
    else contentBox.removeAttribute('aria-invalid');

    const carried = value !== undefined;
    $('#content-mode').hidden = !carried;
    setRadio('content-mode', contentMode);
    $('#content-src-note').hidden = !carried || contentMode !== 'src';
    const file = carried ? contentFile(value) : '';
    if (file !== downloadText) {
      if (download.href.startsWith('blob:')) win.URL.revokeObjectURL(download.href);
      downloadText = file;
      download.href = file ? win.URL.createObjectURL(new win.Blob([file], { type: 'application/json' })) : '#';
      $<HTMLAnchorElement>('#out-file-download').href = download.href;
    }
    // The content, ready to use: the file, WordPress's settings and shortcodes, the static HTML's commands.
    $('#content-outputs').hidden = !carried;
    const outputs: [string, string][] = [
      ['#out-file-code', file],
      ['#out-shortcodes', shortcodes(state, snippetContent())],
      ['#out-commands', renderCommands(state)],
    ];
    for (const [sel, text] of outputs) if ($(sel).textContent !== text) $(sel).textContent = text;
    if (carried && !invalid) renderFragments(value);
    else $('#out-static-fragment').hidden = true;
  }

  /** The request last sent for the static fragments, so that an unchanged one is not sent again. */
  let fragmentsAsked = '';
  /**
   * The static fragments with this content, written by the real renderer: `npm start` (and the
   * test server) render them on request (`POST static/render`); a page served without it (the
   * built demo on a static host) keeps to the commands.
   */
  let fragmentsTimer: ReturnType<typeof setTimeout> | undefined;
  function renderFragments(value: unknown): void {
    const body = JSON.stringify({ jobs: renderRequests(state, value) });
    if (body === fragmentsAsked) return;
    fragmentsAsked = body;
    // Once typing pauses, as the preview follows it.
    clearTimeout(fragmentsTimer);
    fragmentsTimer = setTimeout(() => sendFragments(body), CONTENT_DELAY_MS);
  }
  function sendFragments(body: string): void {
    win
      .fetch(new URL('./static/render', doc.baseURI), { method: 'POST', body })
      .then(async (res) => [res.ok, await res.text()] as const)
      .catch(() => [false, ''] as const)
      .then(([ok, html]) => {
        if (body !== fragmentsAsked) return;
        $('#out-static-fragment').hidden = !ok;
        if (ok) $('#out-static-html').textContent = html;
      });
  }

  /** The content packed into the URL's hash, once it is read (a file that is not JSON keeps the last one). */
  function pack(): void {
    if (content.syntax) return;
    const value = content.value;
    packing = packing
      .then(async () => {
        packed = value === undefined ? '' : await packContent(value);
      })
      .catch(() => undefined)
      .then(scheduleUrl);
  }

  /**
   * Reads the box now (after a file, the example or Clear), or, while typing, once it rests; the
   * form then shows what the box holds, unless the form wrote it.
   */
  function applyContent(now: boolean, fromForm = false): void {
    clearTimeout(contentTimer);
    const apply = () => {
      content = checkContent(contentBox.value);
      if (!fromForm && !content.syntax) editor.fill(content.value);
      render();
      pack();
    };
    if (now) apply();
    else contentTimer = setTimeout(apply, CONTENT_DELAY_MS);
  }

  function render(): void {
    const s = strings[state.ui];
    if (appliedUi !== state.ui) {
      applyStrings(s);
      appliedUi = state.ui;
    }
    syncControls();
    renderContrast(s);
    $('#snippet-intro').textContent = s.snippetIntro(
      scriptFile(state),
      VERSION,
      chunksOf(scriptFile(state)).length > 0,
    );
    const linkNote = $('#faq-link-note');
    const faqView = normalize(state).faqView;
    linkNote.hidden = !faqView.startsWith('#');
    linkNote.querySelector('code')!.textContent = faqView;
    renderContent(s);
    const text = snippet(state, undefined, snippetContent());
    if (text !== shownSnippet) {
      snippetCode.textContent = text;
      if (shownSnippet) copyStatus.textContent = '';
      shownSnippet = text;
    }
    for (const p of previews) renderPreview(p);
    scheduleUrl();
  }

  function scheduleUrl(): void {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const url = new URL(win.location.href);
      url.search = writeState(state).toString();
      // The content after `#`, which browsers never send to a server; another hash (a skip link's) gives way to it.
      if (packed) url.hash = `${HASH_KEY}=${packed}`;
      else if (packedIn(url.hash) !== undefined) url.hash = '';
      if (url.href === win.location.href) return;
      try {
        win.history.replaceState(win.history.state, '', url.href);
      } catch {
        // Too many history calls in a short time; the next change writes the URL again.
      }
    }, URL_DELAY_MS);
  }

  /**
   * On a wide screen the settings scroll on their own: they end at the window's bottom edge
   * (also while the page header is still in view), and say so while more lies below.
   */
  function updateMoreSettings(): void {
    if (win.getComputedStyle(form).position === 'sticky') {
      const gap = 16;
      const top = Math.max(form.getBoundingClientRect().top, gap);
      form.style.maxHeight = `${Math.floor(win.innerHeight - top - gap)}px`;
    } else {
      form.style.maxHeight = '';
    }
    const scrolls = win.getComputedStyle(form).overflowY === 'auto' && form.scrollHeight > form.clientHeight + 1;
    moreSettings.hidden = !scrolls || form.scrollTop + form.clientHeight >= form.scrollHeight - 8;
  }

  /* ---------- input ---------- */

  function onControl(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const name = control.name as ParamKey;
    if (!(PARAM_KEYS as readonly string[]).includes(name)) return;
    if (control instanceof win.HTMLInputElement && control.type === 'radio' && !control.checked) return;
    const value =
      control instanceof win.HTMLInputElement && control.type === 'checkbox'
        ? control.checked
          ? '1'
          : name === 'fit'
            ? '0'
            : ''
        : control.value;
    const next = withParam(state, name, value);
    if (JSON.stringify(next) === JSON.stringify(state)) return;
    state = next;
    render();
  }

  form.addEventListener('input', onControl);
  form.addEventListener('change', onControl);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('scroll', updateMoreSettings, { passive: true });
  win.addEventListener('scroll', updateMoreSettings, { passive: true });
  win.addEventListener('resize', updateMoreSettings);
  new win.ResizeObserver(updateMoreSettings).observe(form);

  for (const p of previews) {
    // The button beside a preview is the `#fit` switch, at hand where the preview is scaled or scrolls.
    p.fitToggle.addEventListener('click', () => $<HTMLInputElement>('#fit').click());
    // Side by side at 1:1, the two languages scroll sideways together: the same part of both is in view.
    const other = previews.find((q) => q.key === p.key && q.alt !== p.alt)!;
    p.wrap.addEventListener(
      'scroll',
      () => {
        if (!state.both || p.wrap.classList.contains('fitted') || other.wrap.classList.contains('fitted')) return;
        if (Math.abs(other.wrap.scrollLeft - p.wrap.scrollLeft) >= 1) other.wrap.scrollLeft = p.wrap.scrollLeft;
      },
      { passive: true },
    );
  }

  $('#to-preview').addEventListener('click', (e) => {
    e.preventDefault();
    const heading = $('#preview-heading');
    heading.scrollIntoView();
    heading.focus({ preventScroll: true });
  });

  $('#reset').addEventListener('click', () => {
    state = {
      ...state,
      colors: Object.fromEntries(COLOR_KEYS.map((k) => [k, null])) as DemoState['colors'],
      darkAccent: null,
      font: 'inherit',
      radius: RADIUS_RANGE.default,
      space: SPACE_RANGE.default,
      maxWidth: '',
      spaceAfter: '',
      noFrame: false,
      noEyebrow: false,
      timelineLine: null,
    };
    render();
    resetStatus.textContent = '';
    setTimeout(() => (resetStatus.textContent = strings[state.ui].tokensReset), 50);
  });

  /** Copies `text`; without a clipboard (insecure context, denied permission) selects `node` for Ctrl+C instead. */
  async function copyText(text: string, node: Node): Promise<boolean> {
    try {
      await win.navigator.clipboard.writeText(text);
      return true;
    } catch {
      win.getSelection()?.selectAllChildren(node);
      return false;
    }
  }

  /** Says `text` in a live region, emptied first so that the same message is announced again. */
  function announce(status: HTMLElement, text: () => string): void {
    status.textContent = '';
    setTimeout(() => (status.textContent = text()), 50);
  }

  copyButton.addEventListener('click', async () => {
    const ok = await copyText(snippet(state, undefined, snippetContent()), snippetCode);
    announce(copyStatus, () => {
      const s = strings[state.ui];
      // Copied colours that fail AA are no success to celebrate: the message says so, in the warning's look.
      const failing = contrastChecks(state).some((c) => !c.ok);
      copyStatus.classList.toggle('warn', ok && failing);
      copyStatus.classList.toggle('error', !ok);
      return ok ? (failing ? s.copiedFailingColours : s.copied) : s.copyFailed;
    });
  });

  // The outputs of "Your content": each button copies the text of the box it names.
  const outputsStatus = $('#outputs-status');
  for (const button of doc.querySelectorAll<HTMLButtonElement>('#content-outputs [data-copy]')) {
    button.addEventListener('click', async () => {
      const code = $(`#${button.dataset.copy!}`);
      const ok = await copyText(code.textContent ?? '', code);
      outputsStatus.classList.toggle('error', !ok);
      announce(outputsStatus, () => (ok ? strings[state.ui].editor.copiedThis : strings[state.ui].copyFailed));
    });
  }

  contentBox.addEventListener('input', () => {
    cleared = false;
    applyContent(false);
  });
  $('#content-example').addEventListener('click', async () => {
    try {
      exampleText ??= await (await win.fetch(EXAMPLE_URL)).text();
      contentBox.value = exampleText;
    } catch {
      contentStatus.textContent = strings[state.ui].contentExampleFailed;
      shownStatus = '';
      return;
    }
    cleared = false;
    applyContent(true);
  });
  $('#content-clear').addEventListener('click', () => {
    contentBox.value = '';
    cleared = true;
    applyContent(true);
  });
  $<HTMLInputElement>('#content-file').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      contentBox.value = await file.text();
    } catch {
      contentStatus.textContent = strings[state.ui].contentFileFailed(file.name);
      shownStatus = '';
      return;
    }
    cleared = false;
    applyContent(true);
  });
  $('#content-mode').addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value as ContentMode;
    if (!CONTENT_MODES.includes(value) || value === contentMode) return;
    contentMode = value;
    render();
  });

  prefersDark.addEventListener('change', render);
  // A skip link changes the hash: the content goes back after it.
  win.addEventListener('hashchange', () => {
    if (packed && packedIn(win.location.hash) === undefined) scheduleUrl();
  });

  /* ---------- frames ---------- */

  render();
  // A shared link's content: into the box and the form, as if pasted.
  const linked = packedIn(win.location.hash);
  const restored = linked
    ? unpackContent(linked).then(
        (value) => {
          contentBox.value = contentFile(value);
          applyContent(true);
        },
        () => {
          packed = '';
          contentStatus.textContent = strings[state.ui].editor.linkFailed;
          shownStatus = '';
        },
      )
    : undefined;
  // The chosen widgets' frame; another choice's loads once it is chosen.
  const frames = previews.filter((p) => !p.alt && p.key === state.widget).map((p) => p.loaded ?? loadFrame(p));
  const ready = Promise.all([...frames, restored]).then(() => {
    updateMoreSettings();
    doc.documentElement.dataset.demoReady = 'true';
  });

  return {
    ready,
    get state() {
      return state;
    },
  };
}
