/**
 * The demo page: controls → state → preview frames, snippet, contrast check
 * and URL. `initDemo` drives the page's markup (demo/index.html); main.ts
 * calls it.
 */
import { AA_NORMAL_TEXT, contrastRatio, formatRatio } from './contrast.js';
import { buildHostPage, updateHostPage, type HostPage } from './host-page.js';
import { snippet } from './snippet.js';
import {
  COLOR_KEYS,
  DEFAULT_HEADING_LEVEL,
  PARAM_KEYS,
  RADIUS_RANGE,
  SPACE_RANGE,
  WIDGETS,
  effectiveColors,
  readState,
  widgetKeys,
  withParam,
  writeState,
  type DemoState,
  type ParamKey,
  type WidgetKey,
  type WidgetTag,
} from './state.js';
import { strings, type DemoStrings } from './strings.js';

interface Preview {
  key: WidgetKey;
  tag: WidgetTag;
  section: HTMLElement;
  wrap: HTMLElement;
  missing: HTMLElement;
  hint: HTMLElement;
  frame: HTMLIFrameElement;
  host?: HostPage;
  /** Resolves when the live frame has loaded (the static frame borrows its stylesheets). */
  loaded?: Promise<void>;
  /** The "without JavaScript" preview: the static fragment in a frame sandboxed without scripts. */
  staticFrame: HTMLIFrameElement;
  staticHost?: HostPage;
  /** The static page the static frame shows or is loading. */
  staticUrl?: string;
  /** Whether the frame's registry has the element (it is in this build). */
  available?: boolean;
}

export interface Demo {
  /** Resolves once every preview frame has loaded and shows the current settings. */
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

/** Adds an element's markup: `<tag attr=value …>` with `children`. */
function add(
  parent: Element,
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const el = parent.ownerDocument.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  parent.append(el);
  return el;
}

/**
 * Adds, per widget of src/elements.ts, its radio to the widget choice and its preview section
 * (after the preview heading), so that index.html names none of them. Texts come from
 * `data-i18n` (see `applyStrings`).
 */
function buildWidgetMarkup(doc: Document): void {
  const choices = doc.querySelector('#widget-choices')!;
  const previews = doc.querySelector('.preview-heading')!.parentElement!;
  for (const { key, tag } of WIDGETS) {
    const label = add(choices, 'label');
    add(label, 'input', { type: 'radio', name: 'w', value: key });
    label.append(' ');
    add(label, 'span', { 'data-i18n': `widgetNames.${key}` });

    const section = add(previews, 'section', {
      class: 'widget-section',
      'data-widget': key,
      'aria-labelledby': `heading-${key}`,
    });
    const h3 = add(section, 'h3', { id: `heading-${key}` });
    add(h3, 'span', { 'data-i18n': `widgetNames.${key}` });
    h3.append(' ');
    add(h3, 'code', {}, `<${tag}>`);
    add(section, 'p', { class: 'description', 'data-i18n': `widgetDescriptions.${key}` });
    add(section, 'p', { class: 'missing', hidden: '' });
    add(section, 'p', { class: 'scroll-hint', hidden: '', 'data-i18n': 'scrollHint' });
    add(section, 'div', { class: 'frame-wrap' });
  }
}

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
  const prefersDark = win.matchMedia('(prefers-color-scheme: dark)');
  buildWidgetMarkup(doc);

  let state = readState(new URLSearchParams(win.location.search));
  let appliedLang = '';
  let shownSnippet = '';
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  const previews: Preview[] = WIDGETS.map(({ key, tag }) => {
    const section = $(`.widget-section[data-widget="${key}"]`);
    const frame = doc.createElement('iframe');
    frame.className = 'preview-frame';
    const wrap = section.querySelector<HTMLElement>('.frame-wrap')!;
    // No `allow-scripts`: nothing can run in it, like a visitor whose browser runs no script.
    // `allow-same-origin` only lets this page dress it as the host page and size it.
    const staticFrame = doc.createElement('iframe');
    staticFrame.className = 'preview-frame static-frame';
    staticFrame.setAttribute('sandbox', 'allow-same-origin');
    staticFrame.hidden = true;
    wrap.append(frame, staticFrame);
    return {
      key,
      tag,
      section,
      wrap,
      frame,
      staticFrame,
      missing: section.querySelector<HTMLElement>('.missing')!,
      hint: section.querySelector<HTMLElement>('.scroll-hint')!,
    };
  });

  /* ---------- rendering ---------- */

  function applyStrings(s: DemoStrings): void {
    doc.documentElement.lang = state.lang;
    doc.title = s.pageTitle;
    for (const node of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const text = lookup(s, node.dataset.i18n!);
      if (text !== undefined) node.textContent = text;
    }
    for (const option of $<HTMLSelectElement>('#hl').options) {
      option.textContent = `h${option.value}${Number(option.value) === DEFAULT_HEADING_LEVEL ? ` ${s.headingDefault}` : ''}`;
    }
    for (const p of previews) {
      p.frame.title = s.frameTitle(`<${p.tag}>`);
      p.staticFrame.title = s.staticFrameTitle(`<${p.tag}>`);
      p.missing.textContent = s.missing(p.tag);
    }
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
    setRadio('lang', state.lang);
    setRadio('theme', state.theme);
    setRadio('width', state.width);
    setRadio('bg', state.background);
    $<HTMLSelectElement>('#hl').value = String(state.headingLevel);
    $<HTMLSelectElement>('#font').value = state.font;
    $<HTMLInputElement>('#nojs').checked = state.noJs;
    const colors = effectiveColors(state, prefersDark.matches);
    for (const key of COLOR_KEYS) {
      const input = $<HTMLInputElement>(`#${key}`);
      if (input.value !== colors[key]) input.value = colors[key];
      $(`#${key}-hex`).textContent = colors[key];
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

  function renderContrast(s: DemoStrings): void {
    const colors = effectiveColors(state, prefersDark.matches);
    let failing = false;
    for (const [id, fg] of [
      ['#ratio-text', colors.text],
      ['#ratio-accent', colors.accent],
    ] as const) {
      const ratio = contrastRatio(fg, colors.surface);
      const ok = ratio >= AA_NORMAL_TEXT;
      failing ||= !ok;
      const row = $(id);
      row.classList.toggle('fail', !ok);
      row.querySelector('.value')!.textContent = formatRatio(ratio, state.lang);
      row.querySelector('.verdict')!.textContent = ok ? `✓ ${s.contrastOk}` : `✗ ${s.contrastFail}`;
    }
    const text = failing ? s.contrastWarning : '';
    if (warning.textContent !== text) warning.textContent = text;
    $('#contrast').classList.toggle('has-warning', failing);
  }

  function sizeFrame(p: Preview): void {
    const [frame, host] = state.noJs ? [p.staticFrame, p.staticHost] : [p.frame, p.host];
    if (!host) return;
    const height = Math.ceil(host.page.getBoundingClientRect().height);
    frame.style.height = `${Math.max(height, 80)}px`;
    updateOverflow(p);
  }

  /** When a fixed-width preview is wider than the column, its box scrolls sideways; say so and make it reachable. */
  function updateOverflow(p: Preview): void {
    const overflows = !p.wrap.hidden && p.wrap.scrollWidth > p.wrap.clientWidth + 1;
    p.hint.hidden = !overflows;
    if (overflows) {
      p.wrap.tabIndex = 0;
      p.wrap.setAttribute('role', 'group');
      p.wrap.setAttribute('aria-labelledby', `heading-${p.key}`);
    } else {
      p.wrap.removeAttribute('tabindex');
      p.wrap.removeAttribute('role');
      p.wrap.removeAttribute('aria-labelledby');
    }
  }

  function renderPreview(p: Preview, s: DemoStrings): void {
    const shown = widgetKeys(state.widget).includes(p.key);
    p.section.hidden = !shown;
    for (const frame of [p.frame, p.staticFrame]) frame.style.width = state.width === 'full' ? '' : `${state.width}px`;
    p.wrap.classList.toggle('full', state.width === 'full');
    if (p.available === false) {
      p.missing.hidden = false;
      p.wrap.hidden = true;
      return;
    }
    p.frame.hidden = state.noJs;
    p.staticFrame.hidden = !state.noJs;
    if (state.noJs && shown) loadStatic(p);
    if (p.host) updateHostPage(p.host, state, s);
    // The theme needs no new render: it is only the element's attribute, which the styles follow without script.
    if (p.staticHost) updateHostPage(p.staticHost, state, s);
    sizeFrame(p);
    if (shown) updateOverflow(p);
  }

  /**
   * Points the static frame at the fragment for the current language and heading level
   * (`static/<tag>.<lang>.h<level>.html`, rendered by the server renderer), and once it has
   * loaded, builds the same host page around the element the browser parsed there.
   */
  function loadStatic(p: Preview): void {
    const url = new URL(`./static/${p.tag}.${state.lang}.h${state.headingLevel}.html`, doc.baseURI).href;
    if (p.staticUrl === url) return;
    p.staticUrl = url;
    p.staticHost = undefined;
    delete p.staticFrame.dataset.ready;
    p.staticFrame.addEventListener(
      'load',
      async () => {
        await p.loaded;
        const fdoc = p.staticFrame.contentDocument;
        const fwin = p.staticFrame.contentWindow as (Window & typeof globalThis) | null;
        const widget = fdoc?.querySelector<HTMLElement>(p.tag);
        if (p.staticUrl !== url || !fdoc || !fwin || !widget) return;
        // The preview page's own stylesheets (the host page's look), as the live frame has them.
        for (const link of p.frame.contentDocument?.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]') ?? []) {
          const copy = fdoc.createElement('link');
          copy.rel = 'stylesheet';
          copy.href = link.href;
          fdoc.head.append(copy);
        }
        const s = strings[state.lang];
        const host = buildHostPage(fdoc, p.tag, s.cms.nav.length, s.cms.sidebarLinks.length);
        host.widget.replaceWith(widget);
        host.widget = widget;
        p.staticHost = host;
        new fwin.ResizeObserver(() => sizeFrame(p)).observe(host.page);
        renderPreview(p, strings[state.lang]);
        p.staticFrame.dataset.ready = 'true';
      },
      { once: true },
    );
    p.staticFrame.src = url;
  }

  function render(): void {
    const s = strings[state.lang];
    if (appliedLang !== state.lang) {
      applyStrings(s);
      appliedLang = state.lang;
    }
    syncControls();
    renderContrast(s);
    const text = snippet(state);
    if (text !== shownSnippet) {
      snippetCode.textContent = text;
      if (shownSnippet) copyStatus.textContent = '';
      shownSnippet = text;
    }
    for (const p of previews) renderPreview(p, s);
    scheduleUrl();
  }

  function scheduleUrl(): void {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const url = new URL(win.location.href);
      url.search = writeState(state).toString();
      if (url.href === win.location.href) return;
      try {
        win.history.replaceState(win.history.state, '', url.href);
      } catch {
        // Too many history calls in a short time; the next change writes the URL again.
      }
    }, URL_DELAY_MS);
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

  $('#reset').addEventListener('click', () => {
    state = {
      ...state,
      colors: { accent: null, text: null, surface: null },
      font: 'inherit',
      radius: RADIUS_RANGE.default,
      space: SPACE_RANGE.default,
    };
    render();
    resetStatus.textContent = '';
    setTimeout(() => (resetStatus.textContent = strings[state.lang].tokensReset), 50);
  });

  copyButton.addEventListener('click', async () => {
    const text = snippet(state);
    let ok = false;
    try {
      await win.navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // No clipboard (insecure context, denied permission): select the text for Ctrl+C instead.
      win.getSelection()?.selectAllChildren(snippetCode);
    }
    // Empty the live region first, so that the same message is announced again.
    copyStatus.textContent = '';
    setTimeout(() => {
      const s = strings[state.lang];
      copyStatus.textContent = ok ? s.copied : s.copyFailed;
    }, 50);
  });

  prefersDark.addEventListener('change', render);

  /* ---------- frames ---------- */

  const ready = Promise.all(
    previews.map(
      (p) =>
        (p.loaded = new Promise<void>((resolve) => {
          p.frame.addEventListener(
            'load',
            () => {
              const fdoc = p.frame.contentDocument;
              const fwin = p.frame.contentWindow as (Window & typeof globalThis) | null;
              if (fdoc && fwin) {
                p.available = Boolean(fwin.customElements.get(p.tag));
                if (p.available) {
                  const s = strings[state.lang];
                  p.host = buildHostPage(fdoc, p.tag, s.cms.nav.length, s.cms.sidebarLinks.length);
                  new fwin.ResizeObserver(() => sizeFrame(p)).observe(p.host.page);
                  new win.ResizeObserver(() => updateOverflow(p)).observe(p.wrap);
                }
              } else {
                p.available = false;
              }
              renderPreview(p, strings[state.lang]);
              sizeFrame(p);
              resolve();
            },
            { once: true },
          );
          p.frame.src = new URL('./preview.html', doc.baseURI).href;
        })),
    ),
  ).then(() => {
    doc.documentElement.dataset.demoReady = 'true';
  });

  render();

  return {
    ready,
    get state() {
      return state;
    },
  };
}
