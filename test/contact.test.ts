/**
 * `<ogi-contact>`: the secretariat's address, its links (mail, map, vCard) and the copy button
 * with its `ogi-contact-copy` event. Cases marked (client-rendered) / (hydrated) run on both
 * kinds of widget (support/fixture.ts).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/contact/ogi-contact.js';
import type { OgiContact } from '../src/components/contact/ogi-contact.js';
import { vCard } from '../src/components/contact/vcard.js';
import { nextFrame, q, sleep, text } from './support/dom.js';
import { fixtures } from './support/fixture.js';
import { place } from './support/place.js';

/** The clipboard of the window the widget runs in (a hydrated one lives in a frame). */
const clipboardOf = (el: Element) => el.ownerDocument.defaultView!.navigator.clipboard;

describe('<ogi-contact>', () => {
  // axe in both languages and themes: test/a11y.test.ts, for every element.
  describe('accessibility', () => {
    for (const { type, fixture: render } of fixtures) {
      it(`puts the postal address and the e-mail in an <address> (${type})`, async () => {
        const el = await render<OgiContact>('ogi-contact');
        const address = q(el, 'address');
        expect(address.textContent).to.contain('Gedung B, Kantor Staf Presiden');
        expect(address.querySelector('a[href^="mailto:"]')).to.exist;
      });

      it(`names the region by its title (${type})`, async () => {
        const el = await render<OgiContact>('ogi-contact', { lang: 'en' });
        const base = q(el, '[part~="base"]');
        expect(base.getAttribute('aria-labelledby')).to.equal('title');
        expect(q(el, '#title').textContent).to.equal('Address and contact');
      });
    }
  });

  describe('content', () => {
    for (const lang of ['id', 'en']) {
      it(`shows the secretariat's name, full address and e-mail in ${lang}`, async () => {
        const el = await fixture<OgiContact>(html`<ogi-contact lang=${lang}></ogi-contact>`);
        const t = text(el);
        for (const fact of [
          'Sekretariat Open Government Indonesia',
          'Gedung B, Kantor Staf Presiden',
          'Jalan Veteran III No. 2',
          'Jakarta 10110',
          'contact@opengovindonesia.org',
        ]) {
          expect(t).to.contain(fact);
        }
      });
    }

    it('gives the English name of Kantor Staf Presiden in English', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact lang="en"></ogi-contact>`);
      expect(text(el)).to.contain('Executive Office of the President');
    });
  });

  describe('links', () => {
    for (const { type, fixture: render } of fixtures) {
      it(`links the e-mail with mailto: (${type})`, async () => {
        const el = await render<OgiContact>('ogi-contact');
        expect(q<HTMLAnchorElement>(el, 'a.email').getAttribute('href')).to.equal(
          'mailto:contact@opengovindonesia.org',
        );
      });

      it(`offers a vCard download built on the client (${type})`, async () => {
        const el = await render<OgiContact>('ogi-contact');
        const link = q<HTMLAnchorElement>(el, 'a[download]');
        expect(link.getAttribute('download')).to.equal('seknas-ogi.vcf');
        expect(link.href.startsWith('data:text/vcard')).to.equal(true);
        const card = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
        expect(card).to.match(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
        expect(card).to.contain('EMAIL;TYPE=INTERNET,WORK:contact@opengovindonesia.org');
        expect(card).to.contain(
          'ADR;TYPE=WORK:;Gedung B\\, Kantor Staf Presiden;Jalan Veteran III No. 2;Jakarta;;10110;Indonesia',
        );
        expect(card.trimEnd().endsWith('END:VCARD')).to.equal(true);
      });
    }

    it('opens the address on OpenStreetMap in a new tab, safely, and says so', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact lang="en"></ogi-contact>`);
      const map = q<HTMLAnchorElement>(el, 'a[href^="https://www.openstreetmap.org/"]');
      expect(map.target).to.equal('_blank');
      expect(map.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(decodeURIComponent(map.href)).to.contain('Jalan Veteran III No. 2');
      expect(map.textContent).to.contain('(opens in a new tab)');
    });

    it('escapes vCard text values', () => {
      const card = vCard({
        name: 'A; B, C\\D',
        extendedAddress: '',
        street: 'x',
        city: 'y',
        postalCode: '1',
        country: 'z',
        email: 'a@b.c',
      });
      expect(card).to.contain('FN:A\\; B\\, C\\\\D');
    });
  });

  describe('events: ogi-contact-copy', () => {
    let original: typeof navigator.clipboard.writeText;
    beforeEach(() => {
      original = navigator.clipboard.writeText;
    });
    afterEach(() => {
      navigator.clipboard.writeText = original;
    });

    for (const { type, fixture: render } of fixtures) {
      it(`copies the e-mail, announces it politely and fires ogi-contact-copy (${type})`, async () => {
        const el = await render<OgiContact>('ogi-contact', { lang: 'en' });
        let copied = '';
        clipboardOf(el).writeText = async (value: string) => {
          copied = value;
        };
        const status = q(el, '[role="status"]');
        expect(status.getAttribute('aria-live')).to.equal('polite');
        expect(status.textContent!.trim()).to.equal('');
        const button = q<HTMLButtonElement>(el, 'button');
        setTimeout(() => button.click());
        const event = await oneEvent(el, 'ogi-contact-copy');
        expect(event.detail).to.deep.equal({ value: 'contact@opengovindonesia.org', ok: true });
        expect(event.bubbles && event.composed).to.equal(true);
        expect(copied).to.equal('contact@opengovindonesia.org');
        await el.updateComplete;
        expect(status.textContent!.trim()).to.equal('E-mail address copied.');
      });
    }

    it('says so and shows the address when the clipboard refuses', async () => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
      const el = await fixture<OgiContact>(html`<ogi-contact lang="id"></ogi-contact>`);
      setTimeout(() => q<HTMLButtonElement>(el, 'button').click());
      const event = await oneEvent(el, 'ogi-contact-copy');
      expect(event.detail.ok).to.equal(false);
      await el.updateComplete;
      const said = q(el, '[role="status"]').textContent!;
      expect(said).to.contain('tidak dapat disalin');
      expect(said).to.contain('contact@opengovindonesia.org');
    });

    it('a clipboard that never answers: the copy times out and says so', async () => {
      navigator.clipboard.writeText = () => new Promise<void>(() => {});
      const el = await fixture<OgiContact>(html`<ogi-contact lang="en"></ogi-contact>`);
      setTimeout(() => el.shadowRoot!.querySelector('button')!.click());
      const event = await oneEvent(el, 'ogi-contact-copy');
      expect(event.detail.ok).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('contact@opengovindonesia.org');
    });
  });

  describe('copy feedback', () => {
    let original: typeof navigator.clipboard.writeText;
    beforeEach(() => {
      original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async () => {};
    });
    afterEach(() => {
      navigator.clipboard.writeText = original;
    });

    for (const [lang, said] of [
      ['id', 'Tersalin'],
      ['en', 'Copied'],
    ]) {
      it(`the button itself says "${said}", keeps its size, and the live region still speaks (${lang})`, async () => {
        const el = await place('ogi-contact', { lang });
        const button = q<HTMLButtonElement>(el, 'button');
        const before = button.getBoundingClientRect();
        const card = q(el, '[part~="base"]').getBoundingClientRect();
        button.click();
        await sleep(50);
        await el.updateComplete;
        expect(button.innerText.trim()).to.equal(said);
        const after = button.getBoundingClientRect();
        expect([after.width, after.height, after.left, after.top]).to.deep.equal([
          before.width,
          before.height,
          before.left,
          before.top,
        ]);
        expect(q(el, '[part~="base"]').getBoundingClientRect().height, 'no layout jump').to.equal(card.height);
        expect(q(el, '[role="status"]').textContent!.trim().length).to.be.greaterThan(5);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('breaks the e-mail only after "@" or "." at 320px', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const lang of ['id', 'en']) {
        // Larger text (as with text zoom) so that the address must wrap in the narrow card.
        const el = await place('ogi-contact', { lang, style: 'font-size: 22px' });
        await nextFrame();
        const link = q(el, 'a.email');
        expect(link.textContent).to.equal('contact@opengovindonesia.org');
        const chars: { c: string; top: number }[] = [];
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (let i = 0; i < n.textContent!.length; i++) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + 1);
            chars.push({ c: n.textContent![i], top: r.getBoundingClientRect().top });
          }
        }
        const breaks = chars
          .filter((x, i) => i > 0 && x.top > chars[i - 1].top + 2)
          .map((x) => chars[chars.indexOf(x) - 1].c);
        expect(breaks.length, 'it does wrap at 320px').to.be.greaterThan(0);
        for (const b of breaks) expect(b).to.be.oneOf(['@', '.']);
      }
    });
  });
});
