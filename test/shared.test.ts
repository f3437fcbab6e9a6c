import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/components/contact/ogi-contact.js';
import type { OgiContact } from '../src/components/contact/ogi-contact.js';
import { inheritedLang } from '../src/shared/lang.js';
import { matchLocale } from '../src/shared/values.js';

/** The language the widget rendered in, read from its shadow DOM. */
function renderedLang(el: HTMLElement): string | null {
  return el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang');
}
function titleText(el: HTMLElement): string {
  return el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
}

describe('shared element behaviour', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  describe('language', () => {
    it('matches primary subtags and rejects the rest', () => {
      expect(matchLocale('en-GB')).to.equal('en');
      expect(matchLocale('ID-id')).to.equal('id');
      expect(matchLocale('en_US')).to.equal('en');
      expect(matchLocale('fr')).to.equal(undefined);
      expect(matchLocale('')).to.equal(undefined);
    });

    it('uses its own lang attribute first', async () => {
      const wrapper = await fixture(html`<div lang="id"><ogi-contact lang="en"></ogi-contact></div>`);
      const el = wrapper.querySelector('ogi-contact')!;
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('en');
      expect(titleText(el)).to.equal('Address and contact');
    });

    it('inherits from the nearest ancestor', async () => {
      const wrapper = await fixture(
        html`<div lang="id"><section lang="en-GB"><ogi-contact></ogi-contact></section></div>`,
      );
      const el = wrapper.querySelector('ogi-contact')!;
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('en');
    });

    it('inherits across shadow roots, as inside another component', async () => {
      const host = await fixture(html`<div lang="en"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<p><ogi-contact></ogi-contact></p>';
      const el = root.querySelector('ogi-contact')!;
      await el.updateComplete;
      expect(inheritedLang(el)).to.equal('en');
      expect(renderedLang(el)).to.equal('en');
    });

    it('falls back to <html lang>, then to id', async () => {
      document.documentElement.setAttribute('lang', 'en-US');
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      expect(renderedLang(el)).to.equal('en');
      document.documentElement.removeAttribute('lang');
      el.requestUpdate();
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('id');
    });

    it('re-renders when <html lang> changes at runtime', async () => {
      document.documentElement.setAttribute('lang', 'id');
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      expect(titleText(el)).to.equal('Alamat dan Kontak');
      document.documentElement.setAttribute('lang', 'en');
      await nextFrame();
      await el.updateComplete;
      expect(titleText(el)).to.equal('Address and contact');
    });

    it('re-renders when an ancestor lang changes', async () => {
      const wrapper = await fixture(html`<div lang="en"><ogi-contact></ogi-contact></div>`);
      const el = wrapper.querySelector('ogi-contact')!;
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('en');
      wrapper.setAttribute('lang', 'id');
      await nextFrame();
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('id');
    });

    it('re-renders at once when its own lang changes, through the attribute or the property', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact lang="id"></ogi-contact>`);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('en');
      el.lang = 'id';
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('id');
    });

    it('shows Indonesian with one warning for an unsupported language', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<OgiContact>(html`<ogi-contact lang="xx"></ogi-contact>`);
        el.requestUpdate();
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(renderedLang(el)).to.equal('id');
        expect(titleText(el)).to.equal('Alamat dan Kontak');
        expect(warnings.length).to.equal(1);
        expect(String(warnings[0][0])).to.contain('"xx"');
      } finally {
        console.warn = original;
      }
    });
  });

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

  describe('styling', () => {
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

    it('exposes parts for restyling', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      for (const part of ['base', 'title', 'address', 'item', 'link', 'button', 'status']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });
  });
});
