/**
 * Hydration (src/shared/hydrate.ts, OgiElement.update()): a server-rendered widget never breaks,
 * whatever a cache, a CMS or a CSP did to it.
 * Fragments come from the built renderer (test server, see support/ssr-server.mjs); the script
 * is the built bundle, loaded into a fresh iframe after the fragment was parsed.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
type Live = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };
const render = async (tag: string, options: Record<string, unknown> | null = { lang: 'en' }) =>
  (await executeServerCommand<Run[], unknown>('ssr-render', { via: 'api', jobs: [{ tag, options }] }))[0];
const wpautop = (html: string) => executeServerCommand<Run, { html: string }>('wpautop', { html });

/** Parses `body` in a fresh frame, then loads the bundle; resolves when every widget has updated. */
async function upgrade(body: string, { lang = 'en', head = '', before = (_d: Document) => {} } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const warnings: string[] = [];
  const errors: string[] = [];
  const warn = win.console.warn;
  win.console.warn = (...a: unknown[]) => (warnings.push(a.join(' ')), warn(...a));
  win.addEventListener('error', (e) => errors.push(e.message));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const hosts = [...doc.querySelectorAll<Live>('ogi-about, ogi-faq, ogi-ogp-timeline, ogi-contact')];
  const bases = hosts.map((h) => h.shadowRoot?.querySelector('[part~="base"]'));
  before(doc);
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/ogi-widgets.js';
  // A bundle the page blocked (its CSP) fails here, instead of waiting for a definition until the test times out.
  const ran = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error('the page did not load /dist/ogi-widgets.js'));
  });
  doc.head.append(script);
  await ran;
  for (const h of hosts) await win.customElements.whenDefined(h.localName);
  for (const h of hosts) await h.updateComplete;
  return { win, doc, hosts, bases, warnings, errors };
}

/** One working widget: one frame, no inert template, still one after a re-render, its buttons live. */
async function oneWorking(win: Window, el: Live): Promise<void> {
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('[part~="base"]').length, `${el.localName}: one frame`).to.equal(1);
  expect(el.querySelector('template'), 'no inert template').to.equal(null);
  for (const b of root.querySelectorAll('button'))
    expect(win.getComputedStyle(b).visibility, `${el.localName} button`).to.equal('visible');
  if (el.localName === 'ogi-faq') {
    root.querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await new Promise((r) => setTimeout(r, 100));
    expect(
      [...root.querySelectorAll('details')].every((d) => d.open),
      'open all works',
    ).to.equal(true);
  }
  el.setAttribute('theme', 'dark');
  el.requestUpdate();
  await el.updateComplete;
  expect(root.querySelectorAll('[part~="base"]').length, `${el.localName}: one frame after a re-render`).to.equal(1);
}

const drawnAnew = (w: string[]) => w.filter((x) => x.includes('drawn anew'));

describe('hydration: server-rendered widgets taken over, whatever happened to them', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a fragment of this release is taken over as it is (same nodes, no warning)', async () => {
    const { stdout } = await render('ogi-faq');
    expect(stdout).to.match(/^<ogi-faq lang="en" theme="light" data-ogi-ssr="0\.1\.0\|en\|2\|[0-9a-z]+">/);
    const { win, hosts, bases, warnings, errors } = await upgrade(stdout);
    expect(hosts[0].shadowRoot!.querySelector('[part~="base"]'), 'the same frame').to.equal(bases[0]);
    expect(drawnAnew(warnings)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    await oneWorking(win, hosts[0]);
  });

  const mutations: [string, (html: string) => string, { lang?: string; before?: (d: Document) => void }?][] = [
    [
      'another release (its stamp, and one more part attribute)',
      (h) => h.replace('0.1.0|', '0.0.9|').replace('class="lead"', 'class="lead" part="lead"'),
    ],
    ['heading-level added to the host', (h) => h.replace('<ogi-faq ', '<ogi-faq heading-level="4" ')],
    ['its lang changed', (h) => h.replace('<ogi-faq lang="en"', '<ogi-faq lang="id"')],
    ['its lang dropped (the page says id)', (h) => h.replace('<ogi-faq lang="en"', '<ogi-faq'), { lang: 'id' }],
    [
      'lang set by a site script before the upgrade',
      (h) => h,
      { before: (d) => d.querySelector('ogi-faq')!.setAttribute('lang', 'id') },
    ],
    ['one question less in the HTML', (h) => h.replace(/<details[\s\S]*?<\/details>/, '')],
    [
      'one question more (regional content added to the fragment)',
      (h) =>
        h.replace(
          '</template>',
          '</template><script type="application/json">{"faq":{"items":[{"id":"extra","question":"Extra?","answer":["Yes."]}]}}</script>',
        ),
    ],
    ['its comments stripped by a minifier', (h) => h.replace(/<!--[\s\S]*?-->/g, '')],
  ];
  for (const [what, change, options] of mutations) {
    it(`${what}: drawn anew once, with one warning, and working`, async () => {
      const { stdout } = await render('ogi-faq');
      const { win, hosts, warnings, errors } = await upgrade(change(stdout), options);
      expect(errors).to.deep.equal([]);
      // A question cut out of the HTML with its stamp left as it was cannot be told from the stamp
      // (Lit takes it over when its markers still fit): one working widget, with or without a warning.
      expect(drawnAnew(warnings).length).to.equal(
        what.startsWith('one question less') ? drawnAnew(warnings).length : 1,
      );
      await oneWorking(win, hosts[0]);
    });
  }

  it('the heading level and language of the redrawn widget are the page’s', async () => {
    const { stdout } = await render('ogi-faq');
    const { hosts } = await upgrade(stdout.replace('<ogi-faq lang="en"', '<ogi-faq lang="id" heading-level="4"'));
    const root = hosts[0].shadowRoot!;
    expect(root.querySelector('[part~="title"]')!.localName).to.equal('h4');
    expect(root.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('id');
  });

  it('two releases on one page: both widgets work', async () => {
    const [faq, contact] = [await render('ogi-faq'), await render('ogi-contact')];
    const { win, hosts, warnings } = await upgrade(`${faq.stdout}\n${contact.stdout.replace('0.1.0|', '0.2.0|')}`);
    expect(drawnAnew(warnings).length).to.equal(1);
    for (const h of hosts) await oneWorking(win, h);
  });

  it("run through WordPress's wpautop(): every widget works, once", async function () {
    this.timeout(60000);
    for (const tag of ['ogi-about', 'ogi-faq', 'ogi-ogp-timeline', 'ogi-contact']) {
      const out = await wpautop((await render(tag)).stdout);
      expect(out.code, out.stderr).to.equal(0);
      expect(out.stdout).to.contain('<p>');
      const { win, hosts, errors } = await upgrade(out.stdout);
      expect(errors, tag).to.deep.equal([]);
      await oneWorking(win, hosts[0]);
      document.querySelectorAll('iframe').forEach((f) => f.remove());
    }
  });

  it('a cached contact fragment whose regional e-mail was since changed shows the new one (mailto and vCard)', async () => {
    const { stdout } = await render('ogi-contact', { lang: 'en', content: { contact: { email: 'old@contoh.go.id' } } });
    expect(stdout).to.contain('mailto:old@contoh.go.id');
    // The CMS edits the fragment's content, the shadow root (and its stamp) stay as cached.
    const { hosts, warnings } = await upgrade(stdout.replace('"old@contoh.go.id"', '"new@contoh.go.id"'));
    const root = hosts[0].shadowRoot!;
    expect(drawnAnew(warnings).length).to.equal(1);
    const hrefs = [...root.querySelectorAll('a')].map((a) => decodeURIComponent(a.href)).join(' ');
    expect(hrefs).to.contain('mailto:new@contoh.go.id');
    expect(hrefs).not.to.contain('old@contoh.go.id');
    expect(decodeURIComponent(root.querySelector<HTMLAnchorElement>('a[download]')!.href)).to.contain(
      'new@contoh.go.id',
    );
  });

  it("under style-src 'self', inline-style fragments are styled once the script runs (adopted sheets)", async () => {
    const { stdout } = await render('ogi-faq');
    // The script's origin written out: in a srcdoc document's <meta> policy Firefox matches 'self'
    // to nothing (w3c/webappsec-csp#405), so `script-src 'self'` would block the bundle there.
    // style-src 'self' blocks the fragment's inline <style> in every browser, which is the point.
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${location.origin}; style-src 'self'">`;
    const { win, hosts } = await upgrade(stdout, { head: csp });
    const base = hosts[0].shadowRoot!.querySelector('[part~="base"]')!;
    expect(win.getComputedStyle(base).borderTopStyle).to.equal('solid');
  });

  it('--stylesheet URLs with $ patterns are written as given', async () => {
    for (const url of ['/css/$&.css', "/css/$'.css", '/css/$`.css', '/css/$1.css']) {
      const { stdout, code } = await render('ogi-about', { lang: 'en', stylesheet: url });
      expect(code).to.equal(0);
      expect(stdout, url).to.contain(`<link rel="stylesheet" href="${url.replace('&', '&amp;')}">`);
      expect(stdout, url).not.to.contain('<style');
      expect(stdout, url).to.contain('part="base"');
    }
  });

  it('renderToString(tag, null) rejects with a RenderError', async () => {
    const out = await render('ogi-faq', null);
    expect(out.stderr).to.match(/^RenderError: /);
  });
});
