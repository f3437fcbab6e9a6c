/**
 * Issue 13 (hardening): each case here failed before its fix.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/components/contact/ogi-contact.js';
import '../src/components/faq/ogi-faq.js';
import type { OgiContact } from '../src/components/contact/ogi-contact.js';
import type { OgiFaq } from '../src/components/faq/ogi-faq.js';

function renderedLang(el: Element): string | null {
  return el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang');
}

describe('hardening (issue 13)', () => {
  describe('lang inside other components (2)', () => {
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
});
