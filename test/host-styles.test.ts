/**
 * The host page's stylesheets: global styles that try to leak in (hostile ones, and inherited
 * text styles), and real site stylesheets from npm (Bootstrap, Tailwind's preflight, GOV.UK
 * Frontend). The widgets keep their own layout and legibility; the host page's layout is
 * untouched by the widgets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { Widget } from './support/dom.js';
import { TAGS } from './support/tags.js';

const HOSTILE = `
  html, body { font-size: 11px; }
  * { text-transform: uppercase; letter-spacing: 6px; text-align: right; line-height: 0.6;
      color: #ff00ff; word-spacing: 20px; font-style: italic; white-space: nowrap; text-indent: 40px; }
  div, p, section, ul, ol, li, h1, h2, h3, h4, address, details, summary, button, a, span,
  figure, blockquote, time, svg { display: none !important; }
  a { color: #00ff00 !important; }
`;

const SHEETS: Record<string, string> = {
  hostile: '',
  bootstrap: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  'tailwind preflight': '/node_modules/tailwindcss/preflight.css',
  'GOV.UK Frontend': '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css',
};

async function addSheet(name: string): Promise<HTMLElement> {
  if (name === 'hostile') {
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    return style;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = SHEETS[name];
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${link.href}`));
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** What a reader sees of a widget: its size and the text styles of its content. */
function measure(el: Widget) {
  const base = el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
  const title = el.shadowRoot!.querySelector('[part~="title"]') as HTMLElement;
  // Body text (not the eyebrow, which is uppercase by design).
  const p = (el.shadowRoot!.querySelector('p:not(.eyebrow), dd, li, summary') ?? title) as HTMLElement;
  const ps = getComputedStyle(p);
  return {
    width: Math.round(base.getBoundingClientRect().width),
    height: Math.round(base.getBoundingClientRect().height),
    titleVisible: title.getBoundingClientRect().height > 0,
    textTransform: ps.textTransform,
    letterSpacing: ps.letterSpacing,
    textAlign: ps.textAlign,
    whiteSpace: ps.whiteSpace,
    fontStyle: ps.fontStyle,
    lineHeightRatio: parseFloat(ps.lineHeight) / parseFloat(ps.fontSize),
    color: ps.color,
  };
}

describe('host page stylesheets', () => {
  for (const tag of TAGS) {
    for (const name of Object.keys(SHEETS)) {
      it(`<${tag}> keeps its layout and legibility under ${name}`, async () => {
        // Not inside fixture()'s <div>: the hostile sheet hides every div of the host page.
        const wrap = document.createElement('main');
        wrap.style.width = '640px';
        document.body.append(wrap);
        const el = document.createElement(tag) as Widget;
        el.setAttribute('lang', 'en');
        wrap.append(el);
        await el.updateComplete;
        const before = measure(el);
        const sheet = await addSheet(name);
        try {
          await new Promise(requestAnimationFrame);
          const after = measure(el);
          expect(after.titleVisible, 'title visible').to.equal(true);
          expect(after.textTransform).to.equal('none');
          expect(after.letterSpacing).to.be.oneOf(['normal', '0px']);
          expect(after.textAlign).to.be.oneOf(['start', 'left']);
          expect(after.whiteSpace).to.equal('normal');
          expect(after.fontStyle).to.equal('normal');
          expect(after.lineHeightRatio).to.be.greaterThan(1.2);
          expect(after.color).to.equal(before.color);
          expect(after.width).to.equal(before.width);
          // Only the host's root font size may change the height; the layout itself holds.
          if (name !== 'hostile') expect(after.height / before.height).to.be.within(0.8, 1.25);
        } finally {
          sheet.remove();
          wrap.remove();
        }
      });
    }
  }

  it('resets inherited text styles from a hostile host but keeps the host font', async () => {
    const wrapper = await fixture(html`<div
      style="text-transform: uppercase; letter-spacing: 9px; text-align: right; line-height: 2px; color: rgb(0, 255, 0); font-family: monospace"
    ><ogi-contact></ogi-contact></div>`);
    const el = wrapper.querySelector('ogi-contact')!;
    await el.updateComplete;
    const p = getComputedStyle(el.shadowRoot!.querySelector('.lead')!);
    expect(p.textTransform).to.equal('none');
    expect(p.letterSpacing).to.be.oneOf(['normal', '0px']);
    expect(p.textAlign).to.be.oneOf(['start', 'left']);
    expect(parseFloat(p.lineHeight)).to.be.greaterThan(10);
    expect(p.color).not.to.equal('rgb(0, 255, 0)');
    expect(p.fontFamily).to.equal('monospace');
  });

  it('leaves the host page layout and styles untouched', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 700px">
      <h2 id="before">Berita</h2>
      <p id="para" style="width: 500px">Paragraf situs induk dengan teks yang cukup panjang untuk membungkus.</p>
      <aside id="slot"></aside>
      <button id="btn">Tombol</button>
    </div>`);
    const probe = () =>
      ['#before', '#para', '#btn'].map((s) => {
        const node = page.querySelector(s)!;
        const cs = getComputedStyle(node);
        return [node.getBoundingClientRect().width, cs.color, cs.fontSize, cs.lineHeight, cs.fontFamily].join('|');
      });
    const sheetsBefore = document.styleSheets.length;
    const adoptedBefore = document.adoptedStyleSheets.length;
    const stylesBefore = probe();
    const slot = page.querySelector('#slot')!;
    for (const tag of TAGS) slot.append(document.createElement(tag));
    await Promise.all([...slot.children].map((c) => (c as Widget).updateComplete));
    expect(probe()).to.deep.equal(stylesBefore);
    expect(document.styleSheets.length).to.equal(sheetsBefore);
    expect(document.adoptedStyleSheets.length).to.equal(adoptedBefore);
  });
});
