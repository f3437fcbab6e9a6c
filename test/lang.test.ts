/**
 * Language resolution (src/shared/lang.ts, through OgiElement): the element's own `lang`, then
 * its ancestors' (across shadow roots and into frames), then `<html lang>`, then Indonesian; live
 * changes at every level; and the one warning for a language the widgets do not speak.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/components/about/ogi-about.js';
import '../src/components/contact/ogi-contact.js';
import '../src/components/faq/ogi-faq.js';
import '../src/components/ogp-timeline/ogi-ogp-timeline.js';
import type { OgiContact } from '../src/components/contact/ogi-contact.js';
import type { OgiFaq } from '../src/components/faq/ogi-faq.js';
import { inheritedLang } from '../src/shared/lang.js';
import { matchLocale } from '../src/shared/values.js';
import { warningsDuring } from './support/dom.js';

/** The language the widget rendered in, read from its shadow DOM. */
function renderedLang(el: Element): string | null {
  return el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang');
}
function titleText(el: HTMLElement): string {
  return el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
}

describe('language (lang)', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  describe('matching', () => {
    it('matches primary subtags and rejects the rest', () => {
      expect(matchLocale('en-GB')).to.equal('en');
      expect(matchLocale('ID-id')).to.equal('id');
      expect(matchLocale('en_US')).to.equal('en');
      expect(matchLocale('fr')).to.equal(undefined);
      expect(matchLocale('')).to.equal(undefined);
    });

    it('lang="in", the legacy code for Indonesian, means Indonesian without a warning', async () => {
      const warnings = await warningsDuring(async () => {
        const el = await fixture<OgiContact>(html`<ogi-contact lang="in"></ogi-contact>`);
        expect(renderedLang(el)).to.equal('id');
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('where it comes from', () => {
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

    it("follows an ancestor's lang inside an iframe", async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      expect(renderedLang(el)).to.equal('id');
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="other document"></iframe>`);
      const doc = frame.contentDocument!;
      doc.body.innerHTML = '<div lang="en"></div>';
      doc.querySelector('div')!.append(el);
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('en');
    });
  });

  describe('live changes', () => {
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

    it('re-renders when lang changes on an ancestor inside an open shadow root', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<div id="wrap" lang="en"><ogi-faq></ogi-faq></div>';
      const el = root.querySelector('ogi-faq') as OgiFaq;
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('en');
      root.getElementById('wrap')!.setAttribute('lang', 'id');
      await nextFrame();
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('id');
    });

    it('sees lang changes two shadow roots out, and stops watching once removed', async () => {
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      const outerRoot = outer.attachShadow({ mode: 'open' });
      outerRoot.innerHTML = '<section id="a" lang="id"><div id="inner"></div></section>';
      const innerRoot = outerRoot.getElementById('inner')!.attachShadow({ mode: 'open' });
      innerRoot.innerHTML = '<p><ogi-contact></ogi-contact></p>';
      const el = innerRoot.querySelector('ogi-contact') as OgiContact;
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('id');
      outerRoot.getElementById('a')!.setAttribute('lang', 'en');
      await nextFrame();
      await el.updateComplete;
      expect(renderedLang(el)).to.equal('en');

      el.remove();
      let updates = 0;
      const original = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<typeof original>) => {
        updates++;
        original(...args);
      };
      outerRoot.getElementById('a')!.setAttribute('lang', 'id');
      await nextFrame();
      expect(updates, 'updates after removal').to.equal(0);
    });
  });

  describe('a language the widgets do not speak', () => {
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

    it('four widgets under an unsupported <html lang> give one warning in all', async () => {
      const root = document.documentElement;
      const before = root.getAttribute('lang');
      root.setAttribute('lang', 'fr-CA');
      try {
        const warnings = await warningsDuring(async () => {
          const wrap = await fixture<HTMLElement>(
            html`<div><ogi-about></ogi-about><ogi-faq></ogi-faq><ogi-ogp-timeline></ogi-ogp-timeline><ogi-contact></ogi-contact></div>`,
          );
          for (const el of Array.from(wrap.children) as OgiContact[]) await el.updateComplete;
        });
        expect(warnings.filter((w) => w.includes('fr-CA'))).to.have.length(1);
      } finally {
        if (before === null) root.removeAttribute('lang');
        else root.setAttribute('lang', before);
      }
    });
  });
});
