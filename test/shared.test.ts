/**
 * What every element inherits from OgiElement (src/shared/ogi-element.ts), tried on one of them:
 * `heading-level`, `theme`, what an unset or odd value means (and when it is worth a warning),
 * the styles it keeps when moved to another document, and the parts it exposes. Language
 * resolution: test/lang.test.ts; the shared styles' tokens and frame: test/styles.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/contact/ogi-contact.js';
import '../src/components/ogp-timeline/ogi-ogp-timeline.js';
import type { OgiContact } from '../src/components/contact/ogi-contact.js';
import type { OgiOgpTimeline } from '../src/components/ogp-timeline/ogi-ogp-timeline.js';
import { warningsDuring } from './support/dom.js';

describe('shared element behaviour (OgiElement)', () => {
  describe('heading-level', () => {
    const levelOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="title"]')!.localName;

    it('defaults to h2', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      expect(levelOf(el)).to.equal('h2');
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`renders h${level} for heading-level="${level}"`, async () => {
        const el = await fixture<OgiContact>(html`<ogi-contact heading-level=${level}></ogi-contact>`);
        expect(levelOf(el)).to.equal(`h${level}`);
      });
    }

    for (const bad of ['abc', '0', '7', '-1', '2.5', '']) {
      it(`falls back to h2 for heading-level="${bad}"`, async () => {
        const el = await fixture<OgiContact>(html`<ogi-contact heading-level=${bad}></ogi-contact>`);
        expect(levelOf(el)).to.equal('h2');
      });
    }

    it('falls back to h2 for an invalid property value', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      el.headingLevel = 42;
      await el.updateComplete;
      expect(levelOf(el)).to.equal('h2');
    });

    it("headingLevel = '3' renders h3 without a warning; '0x3' and '1e0' warn and mean 2", async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      const ok = await warningsDuring(async () => {
        (el as { headingLevel: unknown }).headingLevel = '3';
        await el.updateComplete;
      });
      expect(levelOf(el)).to.equal('h3');
      expect(ok).to.deep.equal([]);
      for (const bad of ['0x3', '1e0']) {
        const warned = await warningsDuring(async () => {
          el.setAttribute('heading-level', bad);
          await el.updateComplete;
        });
        expect(levelOf(el), bad).to.equal('h2');
        expect(warned, bad).to.have.length(1);
        expect(warned[0]).to.contain(`"${bad}"`);
      }
    });
  });

  describe('theme', () => {
    const surface = (el: HTMLElement) =>
      getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;

    it('is light by default and dark with theme="dark"', async () => {
      const light = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      const dark = await fixture<OgiContact>(html`<ogi-contact theme="dark"></ogi-contact>`);
      expect(surface(light)).to.equal('rgb(255, 255, 255)');
      expect(surface(dark)).to.equal('rgb(22, 27, 34)');
    });

    it('treats an unknown theme as light and throws nothing', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact theme="neon"></ogi-contact>`);
      expect(el.resolvedTheme).to.equal('light');
      expect(surface(el)).to.equal('rgb(255, 255, 255)');
    });

    it('takes colours from the --ogi- tokens', async () => {
      const el = await fixture<OgiContact>(
        html`<ogi-contact style="--ogi-color-surface: rgb(1, 2, 3); --ogi-radius: 3px"></ogi-contact>`,
      );
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(base).borderTopLeftRadius).to.equal('3px');
    });
  });

  describe('unset values', () => {
    it('removing theme or orientation, or setting theme to undefined, means the default without a warning', async () => {
      const warnings = await warningsDuring(async () => {
        const contact = await fixture<OgiContact>(html`<ogi-contact theme="dark"></ogi-contact>`);
        contact.removeAttribute('theme');
        await contact.updateComplete;
        expect(contact.resolvedTheme).to.equal('light');
        contact.theme = 'dark';
        await contact.updateComplete;
        (contact as { theme: unknown }).theme = undefined;
        await contact.updateComplete;
        expect(contact.resolvedTheme).to.equal('light');
        const timeline = await fixture<OgiOgpTimeline>(
          html`<ogi-ogp-timeline orientation="horizontal"></ogi-ogp-timeline>`,
        );
        timeline.removeAttribute('orientation');
        await timeline.updateComplete;
        expect(timeline.resolvedOrientation).to.equal('vertical');
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('moving to another document', () => {
    const borderStyle = (el: Element) => {
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      return base.ownerDocument.defaultView!.getComputedStyle(base).borderTopStyle;
    };

    it('keeps its styles in an iframe and after coming back', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      const home = el.parentElement!;
      expect(borderStyle(el)).to.equal('solid');
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="other document"></iframe>`);
      const doc = frame.contentDocument!;
      doc.body.innerHTML = '<div lang="en"></div>';
      doc.body.append(el);
      await el.updateComplete;
      expect(borderStyle(el), 'in the iframe').to.equal('solid');
      home.append(el);
      await el.updateComplete;
      expect(borderStyle(el), 'back home').to.equal('solid');
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
    });
  });

  describe('styling', () => {
    it('exposes parts for restyling', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      for (const part of ['base', 'title', 'address', 'item', 'link', 'button', 'status']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });
  });
});
