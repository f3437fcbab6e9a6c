import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/contact/ogi-contact.js';
import type { OgiContact } from '../src/components/contact/ogi-contact.js';
import { vCard } from '../src/components/contact/vcard.js';
import { q, text } from './support/dom.js';

describe('<ogi-contact>', () => {
  // axe in both languages and themes: test/a11y.test.ts, for every element.
  describe('accessibility', () => {
    it('puts the postal address and the e-mail in an <address>', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      const address = q(el, 'address');
      expect(address.textContent).to.contain('Gedung B, Kantor Staf Presiden');
      expect(address.querySelector('a[href^="mailto:"]')).to.exist;
    });

    it('names the region by its title', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact lang="en"></ogi-contact>`);
      const base = q(el, '[part~="base"]');
      expect(base.getAttribute('aria-labelledby')).to.equal('title');
      expect(q(el, '#title').textContent).to.equal('Address and contact');
    });
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
    it('links the e-mail with mailto:', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
      expect(q<HTMLAnchorElement>(el, 'a.email').getAttribute('href')).to.equal('mailto:contact@opengovindonesia.org');
    });

    it('opens the address on OpenStreetMap in a new tab, safely, and says so', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact lang="en"></ogi-contact>`);
      const map = q<HTMLAnchorElement>(el, 'a[href^="https://www.openstreetmap.org/"]');
      expect(map.target).to.equal('_blank');
      expect(map.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(decodeURIComponent(map.href)).to.contain('Jalan Veteran III No. 2');
      expect(map.textContent).to.contain('(opens in a new tab)');
    });

    it('offers a vCard download built on the client', async () => {
      const el = await fixture<OgiContact>(html`<ogi-contact></ogi-contact>`);
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

  describe('copy', () => {
    let original: typeof navigator.clipboard.writeText;
    beforeEach(() => {
      original = navigator.clipboard.writeText;
    });
    afterEach(() => {
      navigator.clipboard.writeText = original;
    });

    it('copies the e-mail, announces it politely and fires ogi-contact-copy', async () => {
      let copied = '';
      navigator.clipboard.writeText = async (value: string) => {
        copied = value;
      };
      const el = await fixture<OgiContact>(html`<ogi-contact lang="en"></ogi-contact>`);
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
  });
});
