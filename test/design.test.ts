/**
 * The design's measurable promises: colour tokens that follow each other, one measure for
 * running text, small screens, the horizontal timeline, copy feedback, icons in em, a frame and
 * eyebrow a host can drop, and one presentation of the President's words.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { nextFrame, q, qa } from './support/dom.js';
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

describe('design', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
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
      const edges = qa(about, '[part="lead"], .why .text').map((p) => p.getBoundingClientRect().right);
      expect(Math.max(...edges) - Math.min(...edges), 'one right edge').to.be.below(16);
    });

    it('gives the timeline a short introduction: one paragraph of the source', async () => {
      const el = await place('ogi-ogp-timeline', { lang: 'id' });
      expect(qa(el, '[part="intro"]')).to.have.length(1);
      expect(q(el, '[part="intro"]').textContent!.length).to.be.below(360);
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
      const [r, g, b] = rgb(style(q(el, '[part="lead"]')).color);
      expect(r, 'purple-ish, not the old grey').to.be.greaterThan(g);
      expect(b).to.be.greaterThan(g);
      const muted = style(q(el, '[part="lead"]')).color;
      expect(contrast(muted, '#fff')).to.be.lessThan(contrast('#3d0a2b', '#fff'));
      expect(contrast(muted, '#fff')).to.be.at.least(4.5);
      expect(contrast(muted, style(q(el, '[part="note"]')).backgroundColor)).to.be.at.least(4.5);
    });

    it('keeps secondary text lighter than headings with a light text colour on a dark surface', async () => {
      const el = await place('ogi-ogp-timeline', {
        style: '--ogi-color-text: #f4f0e0; --ogi-color-surface: #1b2a1b; --ogi-color-accent: #9fd49f',
      });
      const surface = style(q(el, '[part~="base"]')).backgroundColor;
      const title = style(q(el, '[part~="event-title"]')).color;
      const text = style(q(el, '[part~="event-text"]')).color;
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
});

export { nextFrame, qa, TAGS };
