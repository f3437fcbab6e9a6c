/**
 * The shared styles (src/shared/styles.ts) and what every element draws with them, measured:
 * colour tokens that follow each other, one measure for running text, the frame on small
 * screens and a frame and eyebrow a host can drop, icons in em, a host's own colours, and one
 * presentation of the President's words. Each element's own layout: its test file.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { q, qa } from './support/dom.js';
import { place } from './support/place.js';
import { TAGS } from './support/tags.js';

/** Any CSS colour as [r, g, b] in 0–255, read back from a canvas (computed colours may be oklab). */
function rgb(color: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

const style = (el: Element) => getComputedStyle(el);

/** How many "0"s of the element's own font fit in its width (CSS's `ch`). */
function chars(el: Element): number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  const s = style(el);
  ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  return el.getBoundingClientRect().width / ctx.measureText('0').width;
}

/** The width of `1ch` in the element's font as the engine lays it out (WebKit rounds it to whole pixels). */
function ch(el: Element): number {
  const probe = document.createElement('span');
  probe.style.cssText = 'display: inline-block; width: 1ch';
  el.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

describe('shared styles', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  describe('motion', () => {
    it('declares motion (animations, transitions) only under prefers-reduced-motion: no-preference, in every widget', async () => {
      const moving: string[] = [];
      const walk = (rules: CSSRuleList, media: string) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule || rule instanceof CSSContainerRule)
            walk(rule.cssRules, `${media} ${rule.conditionText}`);
          else if (
            rule instanceof CSSStyleRule &&
            // (`all: initial` on the frame declares `animation-name: initial`, which is none.)
            (!['', 'none', 'initial'].includes(rule.style.animationName) ||
              parseFloat(rule.style.transitionDuration) > 0)
          )
            moving.push(media);
        }
      };
      for (const tag of TAGS)
        for (const sheet of (await place(tag)).shadowRoot!.adoptedStyleSheets) walk(sheet.cssRules, '');
      // The FAQ's chevron turns.
      expect(moving.length).to.be.greaterThan(0);
      for (const media of moving) expect(media).to.contain('prefers-reduced-motion: no-preference');
    });
  });

  describe('a host page that sets no font', () => {
    /** The frame's font in a wrapper styled `css`. */
    const fontIn = async (css: string, attrs: Record<string, string> = {}) => {
      const wrap = document.createElement('div');
      wrap.style.cssText = css;
      document.body.append(wrap);
      const el = document.createElement('ogi-faq') as HTMLElement & { updateComplete: Promise<unknown> };
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      wrap.append(el);
      await el.updateComplete;
      const font = style(q(el as never, '[part~="base"]')).fontFamily;
      wrap.remove();
      return font;
    };

    it("takes the system's sans-serif instead of the browser's default serif", async () => {
      // The test page sets no font: its text is in the browser's default, a serif by another name in each engine.
      expect(getComputedStyle(document.body).fontFamily).to.match(/^("Times New Roman"|serif|-webkit-standard)$/);
      expect(await fontIn('')).to.contain('sans-serif');
    });

    it('keeps the font a host page sets, and --ogi-font-family over both', async () => {
      expect(await fontIn('font-family: Georgia, serif')).to.equal('Georgia, serif');
      // (Chromium quotes a family name with a space, Firefox and WebKit do not.)
      expect((await fontIn('', { style: '--ogi-font-family: Courier New, monospace' })).replace(/"/g, '')).to.equal(
        'Courier New, monospace',
      );
      expect(await fontIn('font-family: Georgia, serif', { style: '--ogi-font-family: monospace' })).to.equal(
        'monospace',
      );
    });

    it('starts its type scale at --ogi-font-size', async () => {
      const el = await place('ogi-faq', { style: '--ogi-font-size: 20px' });
      expect(style(q(el, '[part~="base"]')).fontSize).to.equal('20px');
      expect(style(q(el, '[part~="title"]')).fontSize).to.equal('30px');
    });
  });

  describe('its own width, not the screen', () => {
    it('lays out in a 300 px sidebar of a 1280 px page as on a phone', async () => {
      await setViewport({ width: 1280, height: 800 });
      const inColumn = async (tag: string, width: number) => {
        const el = await place(tag, { lang: 'en', style: `width: ${width}px` });
        return el;
      };
      for (const tag of TAGS) {
        const narrow = await inColumn(tag, 300);
        const wide = await inColumn(tag, 900);
        const padding = (el: Element) => parseFloat(style(q(el as never, '[part~="base"]')).paddingLeft);
        // 0.75 of --ogi-space (16 px) beside the text in the sidebar; up to twice it when wide.
        expect(padding(narrow), `${tag} at 300 px`).to.equal(12);
        expect(padding(wide), `${tag} at 900 px`).to.be.greaterThan(20);
      }
      const contact = await inColumn('ogi-contact', 300);
      const buttons = qa(contact, '.actions a, .actions button').map((b) => b.getBoundingClientRect());
      // One under the other, of one width: the column's.
      expect(buttons[1].top).to.be.greaterThan(buttons[0].bottom - 1);
      expect(Math.abs(buttons[0].width - buttons[1].width)).to.be.below(1);
      const about = await inColumn('ogi-about', 300);
      const cards = qa(about, '.card').map((c) => c.getBoundingClientRect().left);
      expect(new Set(cards.map(Math.round)).size, 'the innovations, one column').to.equal(1);
    });

    it('puts the three innovations in one row and the team in two columns when wide, never one left over', async () => {
      await setViewport({ width: 1280, height: 800 });
      for (const width of [640, 736, 1200]) {
        const about = await place('ogi-about', { lang: 'en', style: `width: ${width}px; --ogi-max-width: none` });
        const tops = (sel: string) => qa(about, sel).map((c) => Math.round(c.getBoundingClientRect().top));
        expect(new Set(tops('.card')).size, `cards at ${width}`).to.equal(1);
        expect(new Set(tops('.member')).size, `team rows at ${width}`).to.equal(2);
        // The cards' texts start level, a name with a subtitle or without.
        expect(new Set(tops('.card .focus')).size, `texts at ${width}`).to.equal(1);
      }
    });
  });

  describe('one type scale', () => {
    it('uses at most four font sizes in each widget, in both languages, every answer open', async () => {
      for (const tag of TAGS) {
        for (const lang of ['id', 'en']) {
          const el = await place(tag, { lang });
          await (el as unknown as { openAll?(): Promise<void> }).openAll?.();
          await el.updateComplete;
          const sizes = new Set<string>();
          const walk = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const parent = n.parentElement!;
            if (!n.textContent!.trim() || parent.closest('.visually-hidden, [hidden]')) continue;
            sizes.add(`${Math.round(parseFloat(style(parent).fontSize) * 10) / 10}px`);
          }
          expect([...sizes].length, `${tag} ${lang}: ${[...sizes].join(', ')}`).to.be.at.most(4);
        }
      }
    });
  });

  describe('stacked widgets', () => {
    it('keep 2rem apart by default, and --ogi-space-after changes it', async () => {
      const wrap = document.createElement('div');
      document.body.append(wrap);
      const gap = async (css: string) => {
        wrap.innerHTML = `<ogi-about style="${css}"></ogi-about><ogi-contact></ogi-contact>`;
        const [a, b] = wrap.children as unknown as (HTMLElement & { updateComplete: Promise<unknown> })[];
        await a.updateComplete;
        await b.updateComplete;
        return b.getBoundingClientRect().top - a.getBoundingClientRect().bottom;
      };
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(await gap('')).to.be.closeTo(2 * rem, 0.5);
      expect(await gap('--ogi-space-after: 0')).to.be.closeTo(0, 0.5);
      expect(await gap('--ogi-space-after: 3rem')).to.be.closeTo(3 * rem, 0.5);
      wrap.remove();
    });
  });

  describe('one measure for running text', () => {
    it('keeps long paragraphs to about 65 characters a line, one right edge, in a 1400px frame', async () => {
      const wide = { lang: 'en', style: 'width: 1400px; --ogi-max-width: none' };
      const about = await place('ogi-about', wide);
      const timeline = await place('ogi-ogp-timeline', wide);
      const faq = await place('ogi-faq', wide);
      await (faq as unknown as { openAll(): Promise<void> }).openAll();
      const paragraphs = [
        ...qa(about, '[part="lead"], .text'),
        ...qa(timeline, '[part="intro"], [part~="event-text"]'),
        ...qa(faq, '[part="answer"] > p'),
      ].filter((p) => (p.textContent ?? '').length > 160);
      expect(paragraphs.length).to.be.greaterThan(10);
      for (const p of paragraphs) {
        expect(chars(p), p.textContent!.slice(0, 40)).to.be.within(55, 66);
      }
      // One right edge, within two characters of the larger font (the lead's): its 56ch at 19/16 of
      // the size are 66.5 of the body's 65ch, but an engine that rounds ch to whole pixels (WebKit:
      // 12 px for the lead, 10 px for the body in its default serif) ends them 56 × 12 − 65 × 10 =
      // 22 px apart, nearly two of the lead's characters. A paragraph a few characters off still fails.
      const measured = qa(about, '[part="lead"], .why .text');
      const edges = measured.map((p) => p.getBoundingClientRect().right);
      const tolerance = 2 * Math.max(...measured.map(ch));
      expect(Math.max(...edges) - Math.min(...edges), `one right edge (2ch = ${tolerance} px)`).to.be.below(tolerance);
    });
  });

  describe('colour tokens follow each other', () => {
    it('derives the soft accent from a custom accent: the launch milestone and the icons turn blue, not pink', async () => {
      const el = await place('ogi-ogp-timeline', { style: '--ogi-color-accent: #0b5394' });
      const [r, , b] = rgb(style(q(el, '[part~="highlight"] .body')).backgroundColor);
      expect(b, 'blue tint').to.be.greaterThan(r);
      expect(b).to.be.lessThan(255);
      expect(rgb(style(q(el, '[part~="highlight"] .body')).backgroundColor)).not.to.deep.equal([251, 238, 238]);
      const about = await place('ogi-about', { style: '--ogi-color-accent: #0b5394' });
      const [br, , bb] = rgb(style(q(about, '.badge')).backgroundColor);
      expect(bb).to.be.greaterThan(br);
    });

    it('derives muted, subtle and border from a custom text colour, between text and surface', async () => {
      const el = await place('ogi-about', { style: '--ogi-color-text: #3d0a2b' });
      const [r, g, b] = rgb(style(q(el, '.role')).color);
      expect(r, 'purple-ish, not the old grey').to.be.greaterThan(g);
      expect(b).to.be.greaterThan(g);
      const muted = style(q(el, '.role')).color;
      expect(contrast(muted, '#fff')).to.be.lessThan(contrast('#3d0a2b', '#fff'));
      expect(contrast(muted, '#fff')).to.be.at.least(4.5);
      expect(contrast(muted, style(q(el, '[part="note"]')).backgroundColor)).to.be.at.least(4.5);
    });

    it('keeps secondary text lighter than headings with a light text colour on a dark surface', async () => {
      const el = await place('ogi-about', {
        style: '--ogi-color-text: #f4f0e0; --ogi-color-surface: #1b2a1b; --ogi-color-accent: #9fd49f',
      });
      const surface = style(q(el, '[part~="base"]')).backgroundColor;
      const title = style(q(el, '[part~="subtitle"]')).color;
      const text = style(q(el, '.role')).color;
      expect(contrast(text, surface)).to.be.lessThan(contrast(title, surface));
      expect(contrast(text, surface)).to.be.at.least(4.5);
      expect(luminance(text)).to.be.greaterThan(luminance(surface));
    });

    it('still takes a colour a site sets itself', async () => {
      const el = await place('ogi-ogp-timeline', { style: '--ogi-color-accent-soft: rgb(1, 2, 3)' });
      expect(style(q(el, '[part~="highlight"] .body')).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    for (const theme of ['light', 'dark']) {
      it(`passes AA with its own and with custom colours (${theme})`, async () => {
        for (const custom of ['', '--ogi-color-accent: #0b5394; --ogi-color-text: #2b1d0e']) {
          const dark = theme === 'dark' && custom ? '--ogi-color-accent: #9cc8f5; --ogi-color-text: #f1e9dc' : custom;
          const el = await place('ogi-ogp-timeline', { theme, style: dark });
          const soft = style(q(el, '[part~="highlight"] .body')).backgroundColor;
          expect(
            contrast(style(q(el, '[part~="highlight"] [part~="date"]')).color, soft),
            'accent on soft',
          ).to.be.at.least(4.5);
          expect(contrast(style(q(el, '[part~="event-text"]')).color, soft), 'muted on soft').to.be.at.least(4.5);
          await expect(el).to.be.accessible();
          const about = await place('ogi-about', { theme, style: dark });
          const muted = style(q(about, '.role')).color;
          expect(contrast(muted, style(q(about, '[part="figure"]')).backgroundColor), 'muted on subtle').to.be.at.least(
            4.5,
          );
          await expect(about).to.be.accessible();
        }
      });
    }
  });
  describe('the frame', () => {
    it('draws a lighter frame on a narrow page: less than --ogi-space beside the text', async () => {
      // A page of that width (an iframe) rather than a resized window: WebKitGTK keeps the media
      // queries of a style sheet already in use at the width it had before the window was resized.
      const padding = async (width: number) => {
        const frame = document.createElement('iframe');
        frame.style.cssText = `width:${width}px;height:400px;border:0`;
        frame.srcdoc = `<!doctype html><html lang="id"><body><ogi-ogp-timeline></ogi-ogp-timeline><script type="module" src="${location.origin}/dist/ogi-widgets.js"></script></body></html>`;
        const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
        document.body.append(frame);
        await loaded;
        const win = frame.contentWindow as Window & typeof globalThis;
        await win.customElements.whenDefined('ogi-ogp-timeline');
        const el = frame.contentDocument!.querySelector('ogi-ogp-timeline') as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        await el.updateComplete;
        const value = parseFloat(win.getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).paddingLeft);
        frame.remove();
        return value;
      };
      // 4 % of the widget's width, at least 0.75 × --ogi-space: about 12 px on a 320 px page, and
      // anyway below the 16 px of --ogi-space itself.
      expect(await padding(320), 'at 320 px').to.be.below(16);
      expect(await padding(1280), 'at 1280 px').to.be.greaterThan(20);
    });

    it('drops border and padding of the frame with --ogi-frame: 0', async () => {
      const el = await place('ogi-about', { style: '--ogi-frame: 0' });
      const base = style(q(el, '[part~="base"]'));
      expect(base.borderTopWidth).to.equal('0px');
      expect(base.paddingLeft).to.equal('0px');
      expect(base.paddingTop).to.equal('0px');
      const framed = style(q(await place('ogi-about'), '[part~="base"]'));
      expect(framed.borderTopWidth).to.equal('1px');
    });
  });

  describe('icons in em', () => {
    it('grow with the text at 200 % root font size', async () => {
      document.documentElement.style.fontSize = '200%';
      for (const [tag, sel] of [
        ['ogi-contact', '.label .icon'],
        ['ogi-contact', 'button .icon'],
        ['ogi-faq', '.chevron'],
        ['ogi-about', '.badge .icon'],
        ['ogi-about', 'a.external .icon'],
      ]) {
        const el = await place(tag, { style: 'font-size: 2rem' });
        const icon = q(el, sel);
        const text = parseFloat(style(icon.parentElement!).fontSize);
        expect(text, `${tag} ${sel}: text is large`).to.be.at.least(28);
        expect(icon.getBoundingClientRect().width, `${tag} ${sel}`).to.be.at.least(text * 0.9);
      }
    });
  });

  describe('native on the host', () => {
    it('hides the eyebrow with --ogi-eyebrow: none', async () => {
      const el = await place('ogi-faq', { style: '--ogi-eyebrow: none' });
      expect(style(q(el, '.eyebrow')).display).to.equal('none');
      expect(style(q(await place('ogi-faq'), '.eyebrow')).display).to.equal('block');
    });

    for (const theme of ['light', 'dark']) {
      it(`follows the host with --ogi-color-accent: currentColor or LinkText (${theme})`, async () => {
        const text = await place('ogi-about', { theme, style: '--ogi-color-accent: currentColor' });
        const link = q(text, 'a.external');
        expect(rgb(style(link).color)).to.deep.equal(rgb(style(q(text, '[part~="base"]')).color));
        expect(rgb(style(q(text, '.badge')).backgroundColor)).not.to.deep.equal(
          rgb(style(q(text, '[part~="base"]')).color),
        );
        await expect(text).to.be.accessible();
        const linkText = await place('ogi-about', { theme, style: '--ogi-color-accent: LinkText' });
        const probe = document.createElement('span');
        probe.style.color = 'LinkText';
        probe.style.colorScheme = theme;
        linkText.after(probe);
        expect(rgb(style(q(linkText, 'a.external')).color)).to.deep.equal(rgb(style(probe).color));
        probe.remove();
        await expect(linkText).to.be.accessible();
      });
    }
  });

  describe('one presentation', () => {
    it("shows the President's words the same way in about and the FAQ", async () => {
      const about = await place('ogi-about', { lang: 'en' });
      const faq = await place('ogi-faq', { lang: 'en' });
      await (faq as unknown as { openAll(): Promise<void> }).openAll();
      const look = (el: Element) => {
        const fig = style(q(el, 'figure'));
        const quote = style(q(el, 'blockquote'));
        const p = getComputedStyle(q(el, 'blockquote p'), '::before');
        return [
          fig.backgroundColor,
          fig.borderInlineStartWidth,
          quote.fontSize,
          quote.fontStyle,
          quote.fontWeight,
          p.content,
        ];
      };
      expect(look(faq)).to.deep.equal(look(about));
      expect(q(about, 'svg.quote-mark'), 'no SVG quotation mark').to.equal(null);
      expect(q(faq, 'figure .original [lang="id"]')).to.exist;
    });
  });
});
