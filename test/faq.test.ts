/**
 * `<ogi-faq>`: its questions, properties (`lang`, `heading-level`, `items`), the
 * `ogi-faq-toggle` event, keys, `show()`/`openAll()`/`closeAll()`, the URL hash (deep links
 * included) and print. The search (`searchable`): test/faq-search.test.ts. Cases marked
 * (client-rendered) / (hydrated) run on both kinds of widget (support/fixture.ts).
 */
import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/faq/ogi-faq.js';
import type { OgiFaq, OgiFaqToggleDetail } from '../src/components/faq/ogi-faq.js';
import { faqContent, type FaqItem } from '../src/content/faq.js';
import { q, text, warningsDuring } from './support/dom.js';
import { fixtures } from './support/fixture.js';
import { place } from './support/place.js';

const style = (el: Element) => getComputedStyle(el);

const all = (el: HTMLElement) => Array.from(el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details'));
const openIds = (el: HTMLElement) =>
  all(el)
    .filter((d) => d.open)
    .map((d) => d.id);
/** What has focus inside the widget, described as a string (DOM nodes make poor assertion values). */
const focused = (el: HTMLElement) => {
  const a = el.shadowRoot!.activeElement;
  return a ? `${a.localName}:${a.parentElement?.id ?? ''}` : 'nothing';
};
const buttons = (el: HTMLElement) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'));

/** Collects every ogi-faq-toggle the element fires. */
function record(el: HTMLElement): OgiFaqToggleDetail[] {
  const seen: OgiFaqToggleDetail[] = [];
  el.addEventListener('ogi-faq-toggle', (e) => seen.push(e.detail));
  return seen;
}

/** Waits until the queued `toggle` tasks (and so our events) have run. */
const settle = async () => {
  await aTimeout(0);
  await nextFrame();
};

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

const bundledIds = faqContent.id.items.map((i) => i.id);

/** Two questions of a site's own, one with links of every kind. */
const custom: FaqItem[] = [
  { id: 'jam-layanan', question: 'Kapan kantor buka?', answer: ['Senin–Jumat, 08.00–16.00.'] },
  {
    id: 'tautan',
    question: 'Di mana informasinya?',
    answer: [
      [
        'Lihat ',
        { text: 'situs kami', href: 'https://example.go.id/' },
        ' atau ',
        { text: 'ini', href: 'javascript:alert(1)' },
        '.',
      ],
      { list: ['satu', ['dua ', { text: 'surel', href: 'mailto:a@example.go.id' }]] },
    ],
  },
];

describe('<ogi-faq>', () => {
  afterEach(clearHash);

  // axe in both languages and themes: test/a11y.test.ts, for every element.
  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe with every answer open (${theme})`, async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq lang="en" theme=${theme}></ogi-faq>`);
        await el.openAll();
        await expect(el).to.be.accessible();
      });
    }

    for (const { type, fixture: render } of fixtures)
      it(`names the region by its title (${type})`, async () => {
        const el = await render<OgiFaq>('ogi-faq', { lang: 'en' });
        expect(q(el, '[part~="base"]').getAttribute('aria-labelledby')).to.equal('title');
        expect(text(q(el, '#title'))).to.equal('Frequently asked questions');
      });

    for (const { type, fixture: render } of fixtures)
      it(`uses native details/summary with the documented parts (${type})`, async () => {
        const el = await render<OgiFaq>('ogi-faq');
        for (const details of all(el)) {
          expect(details.getAttribute('part')).to.equal('item');
          const summary = details.firstElementChild!;
          expect(summary.localName).to.equal('summary');
          expect(summary.getAttribute('part')).to.equal('question');
          expect(details.querySelector(':scope > [part="answer"]')).to.exist;
          expect(summary.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        }
        expect(buttons(el).map((b) => b.getAttribute('part'))).to.deep.equal(['button']);
      });

    it('hides the native marker', async () => {
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      expect(getComputedStyle(q(el, 'summary')).listStyleType).to.equal('none');
    });
  });

  describe('content', () => {
    it('has at least 8 questions, all closed at first', async () => {
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      const items = all(el);
      expect(items.length).to.be.at.least(8);
      expect(items.every((d) => !d.open)).to.equal(true);
    });

    it('gives each question a unique id, the same in both languages', async () => {
      const idIds = faqContent.id.items.map((i) => i.id);
      const enIds = faqContent.en.items.map((i) => i.id);
      expect(new Set(idIds).size).to.equal(idIds.length);
      expect(enIds).to.deep.equal(idIds);
      for (const id of idIds) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const el = await fixture<OgiFaq>(html`<ogi-faq lang="en"></ogi-faq>`);
      expect(all(el).map((d) => d.id)).to.deep.equal(idIds);
    });

    for (const lang of ['id', 'en'] as const) {
      it(`has a non-empty question and answer for every item in ${lang}`, async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq lang=${lang}></ogi-faq>`);
        for (const details of all(el)) {
          expect(text(details.querySelector('summary')!)).to.not.equal('');
          expect(text(details.querySelector('[part="answer"]')!).length, details.id).to.be.greaterThan(20);
        }
      });
    }

    const facts: Record<'id' | 'en', string[]> = {
      id: [
        'masa depan tata kelola pemerintahan',
        'lebih terbuka, lebih partisipatif, dan lebih inovatif',
        'Kami akan membuat pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis dan terpercaya.',
        'Joko Widodo',
        'Nawa Cita',
        'visi dan misi',
        'reformasi sektor publik',
        'target dan prioritas nasional',
        'seluruh lapisan masyarakat',
        'LAPOR!',
        'Portal Satu Data',
        'Satu Peta',
        'katalis',
        'lamban, tidak responsif, tidak sensitif, dan tidak transparan',
        'gerakan global',
        'terbuka, akuntabel, dan responsif',
        'inovasi teknologi terkini',
        '20 September 2011',
        'Deklarasi Keterbukaan Pemerintah',
        'akhir September 2016, sudah terdapat 70 negara',
        'Reformasi 1998',
        'UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
        'UU Nomor 25 Tahun 2009 tentang Pelayanan Publik',
        'salah satu inisiatornya',
        'pada tahun 2011',
        'staf profesional',
        'Kantor Staf Presiden',
        'Kementerian PPN/Bappenas',
        'Kementerian Luar Negeri',
        'perwakilan masyarakat sipil',
        'Renaksi',
        'nasional maupun daerah',
        'Gedung B, Kantor Staf Presiden, Jalan Veteran III No. 2, Jakarta 10110',
        'contact@opengovindonesia.org',
      ],
      en: [
        'future of governance in Indonesia',
        'more open, more participatory and more innovative',
        '7th President of Indonesia',
        'Unofficial translation. Original in Indonesian',
        'Kami akan membuat pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis dan terpercaya.',
        'Nawa Cita',
        'vision and mission',
        'public sector in Indonesia as a whole',
        'national targets and priorities',
        'LAPOR!',
        'Portal Satu Data',
        'Satu Peta',
        'catalysts',
        'slow, unresponsive, insensitive and not transparent',
        'global movement',
        'open, accountable and responsive',
        '20 September 2011',
        'Open Government Declaration',
        'end of September 2016, 70 countries',
        'before the 1998 Reformasi',
        'Law No. 14 of 2008 on Public Information Disclosure',
        'Law No. 25 of 2009 on Public Services',
        'Indonesia was one of its initiators',
        'in 2011',
        'staffed by a number of professionals',
        'Kantor Staf Presiden (Executive Office of the President)',
        'Kementerian PPN/Bappenas (Ministry of National Development Planning/Bappenas)',
        'Kementerian Luar Negeri (Ministry of Foreign Affairs)',
        'civil society',
        'Renaksi',
        'national and regional level',
        'Gedung B, Kantor Staf Presiden, Jalan Veteran III No. 2, Jakarta 10110',
        'contact@opengovindonesia.org',
      ],
    };
    const countries = {
      id: ['Indonesia', 'Brasil', 'Meksiko', 'Norwegia', 'Filipina', 'Afrika Selatan', 'Inggris', 'Amerika Serikat'],
      en: ['Indonesia', 'Brazil', 'Mexico', 'Norway', 'Philippines', 'South Africa', 'United Kingdom', 'United States'],
    };

    for (const lang of ['id', 'en'] as const) {
      it(`covers every fact of the source in ${lang}`, async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq lang=${lang}></ogi-faq>`);
        const t = text(q(el, '.list'));
        for (const fact of facts[lang]) expect(t, fact).to.contain(fact);
        const launch = q(el, '#peluncuran-ogp');
        const listed = Array.from(launch.querySelectorAll('li')).map((li) => text(li));
        expect(listed).to.deep.equal(countries[lang]);
      });
    }

    it('keeps the President’s words as one attributed quotation, the original marked as Indonesian', async () => {
      const id = await fixture<OgiFaq>(html`<ogi-faq lang="id"></ogi-faq>`);
      const quotes = id.shadowRoot!.querySelectorAll('blockquote');
      expect(quotes.length).to.equal(1);
      expect(text(quotes[0])).to.contain('bersih, efektif, demokratis dan terpercaya');
      expect(text(quotes[0].closest('figure')!.querySelector('figcaption')!)).to.contain('Joko Widodo');
      const en = await fixture<OgiFaq>(html`<ogi-faq lang="en"></ogi-faq>`);
      const original = en.shadowRoot!.querySelector('figure .original [lang="id"]')!;
      expect(text(original)).to.contain('Kami akan membuat pemerintah selalu hadir');
    });

    it('links the e-mail with mailto: and OGP in a new tab, safely', async () => {
      const el = await fixture<OgiFaq>(html`<ogi-faq lang="en"></ogi-faq>`);
      const mail = q<HTMLAnchorElement>(el, '#kontak-seknas-ogi a[href^="mailto:"]');
      expect(mail.getAttribute('href')).to.equal('mailto:contact@opengovindonesia.org');
      const ogp = q<HTMLAnchorElement>(el, '#apa-itu-ogp a[href^="https:"]');
      expect(ogp.target).to.equal('_blank');
      expect(ogp.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(ogp.textContent).to.contain('(opens in a new tab)');
    });

    it('sets an open FAQ answer off with a rule and indent, and aligns the question with the heading', async () => {
      const el = await place('ogi-faq', { lang: 'en' });
      const details = q<HTMLDetailsElement>(el, 'details');
      details.open = true;
      await nextFrame();
      const answer = q(el, '[part="answer"]');
      expect(parseFloat(style(answer).borderInlineStartWidth)).to.be.at.least(2);
      expect(parseFloat(style(answer).paddingInlineStart)).to.be.at.least(8);
      const title = q(el, '[part~="title"]').getBoundingClientRect().left;
      expect(q(el, '.question-text').getBoundingClientRect().left).to.be.closeTo(title, 0.5);
    });
  });

  describe('properties', () => {
    describe('language', () => {
      it('renders English for lang="en" and Indonesian by default', async () => {
        const en = await fixture<OgiFaq>(html`<ogi-faq lang="en"></ogi-faq>`);
        expect(text(q(en, '#apa-itu-ogi summary'))).to.equal('What is Open Government Indonesia (OGI)?');
        expect(buttons(en).map((b) => text(b))).to.deep.equal(['Open all']);
        const id = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
        expect(text(q(id, '#apa-itu-ogi summary'))).to.equal('Apa itu Open Government Indonesia (OGI)?');
        expect(buttons(id).map((b) => text(b))).to.deep.equal(['Buka semua']);
      });

      it('switches live and keeps the open questions open', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq lang="id"></ogi-faq>`);
        await el.show('sejarah-ogi');
        const before = q<HTMLDetailsElement>(el, '#sejarah-ogi');
        el.setAttribute('lang', 'en');
        await el.updateComplete;
        const after = q<HTMLDetailsElement>(el, '#sejarah-ogi');
        expect(after === before, 'the same element').to.equal(true);
        expect(openIds(el)).to.deep.equal(['sejarah-ogi']);
        expect(text(after.querySelector('summary')!)).to.equal('How did OGI come about?');
        expect(q(el, '[part~="base"]').getAttribute('lang')).to.equal('en');
      });
    });

    describe('heading-level', () => {
      const headings = (el: HTMLElement) =>
        Array.from(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.localName);

      for (const { type, fixture: render } of fixtures)
        it(`defaults to one h2 title; questions are summaries, not headings (${type})`, async () => {
          const el = await render<OgiFaq>('ogi-faq');
          expect(headings(el)).to.deep.equal(['h2']);
        });

      for (const level of [1, 3, 6]) {
        it(`renders the title as h${level} for heading-level="${level}"`, async () => {
          const el = await fixture<OgiFaq>(html`<ogi-faq heading-level=${level}></ogi-faq>`);
          expect(headings(el)).to.deep.equal([`h${level}`]);
          expect(q(el, `h${level}`).id).to.equal('title');
        });
      }

      it('falls back to h2 for an invalid level', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq heading-level="9"></ogi-faq>`);
        expect(headings(el)).to.deep.equal(['h2']);
      });
    });

    describe('items', () => {
      it('replaces the bundled questions, and restores them when unset', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq .items=${custom}></ogi-faq>`);
        expect(all(el).map((d) => d.id)).to.deep.equal(['jam-layanan', 'tautan']);
        expect(text(q(el, '#jam-layanan summary'))).to.equal('Kapan kantor buka?');
        expect(el.hasAttribute('items')).to.equal(false);
        el.items = undefined;
        await el.updateComplete;
        expect(all(el).map((d) => d.id)).to.deep.equal(bundledIds);
      });

      it('renders links as data: web links in a new tab, mailto plainly, javascript: never', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq .items=${custom}></ogi-faq>`);
        const links = Array.from(q(el, '#tautan').querySelectorAll('a')).map((a) => a.getAttribute('href'));
        expect(links).to.deep.equal(['https://example.go.id/', 'mailto:a@example.go.id']);
        expect(text(q(el, '#tautan [part="answer"]'))).to.contain('atau ini.');
        expect(q(el, '#tautan li:nth-child(2)').textContent).to.contain('surel');
      });

      it("renders 1000 questions; a reordered list never hands one question's state to another", async () => {
        const many: FaqItem[] = Array.from({ length: 1000 }, (_, i) => ({
          id: `q-${i}`,
          question: `Pertanyaan ${i}?`,
          answer: [`Jawaban ${i}.`],
        }));
        const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
        el.items = many;
        await el.updateComplete;
        expect(all(el).length).to.equal(1000);
        expect(text(q(el, '#q-999 [part="answer"]'))).to.equal('Jawaban 999.');
        (q(el, '#q-0') as HTMLDetailsElement).open = true;
        // Keyed by id: a question that moves is drawn afresh, so the open state stays with q-0's slot only.
        el.items = [...many].reverse();
        await el.updateComplete;
        const after = all(el) as HTMLDetailsElement[];
        expect(after[0].id).to.equal('q-999');
        expect(after[999].id).to.equal('q-0');
        expect(after[0].open, 'q-999 takes over no open state').to.equal(false);
        expect(text(q(el, '#q-999 [part="answer"]'))).to.equal('Jawaban 999.');
      });

      it('lets off-screen questions skip rendering in long lists only', async () => {
        const skips = (el: OgiFaq) => getComputedStyle(q(el, '[part~="item"]')).contentVisibility;
        const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
        expect(skips(el), 'the bundled dozen').not.to.equal('auto');
        el.items = Array.from({ length: 101 }, (_, i) => ({ id: `q-${i}`, question: `Q ${i}?`, answer: ['A.'] }));
        await el.updateComplete;
        expect(skips(el), '101 questions').to.equal('auto');
      });

      it('skips unusable entries and falls back to the bundled ones when none is left', async () => {
        const warn = console.warn;
        const warnings: unknown[] = [];
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
          const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
          el.items = [
            { id: 'a', question: 'A?', answer: ['a'] },
            { id: 'a', question: 'Again?', answer: ['dup'] },
            { id: 'title', question: 'Reserved?', answer: ['x'] },
            { question: 'No id?' },
            null,
            { id: 'b', question: 'B?', answer: 'one string' },
          ] as unknown as FaqItem[];
          await el.updateComplete;
          expect(all(el).map((d) => d.id)).to.deep.equal(['a', 'b']);
          expect(text(q(el, '#b [part="answer"]'))).to.equal('one string');
          el.items = 'nonsense' as unknown as FaqItem[];
          await el.updateComplete;
          expect(all(el).map((d) => d.id)).to.deep.equal(bundledIds);
          expect(warnings.length).to.be.at.least(2);
        } finally {
          console.warn = warn;
        }
      });

      it('links are judged by the parsed URL: another site opens in a new tab, safely', async () => {
        const items = [
          {
            id: 'links',
            question: 'Links?',
            answer: [
              [
                { text: 'scheme-relative', href: '//evil.example/x' },
                { text: 'leading space', href: ' https://evil.example/y' },
                { text: 'local', href: '/here' },
              ],
            ],
          },
        ];
        const el = await fixture<OgiFaq>(html`<ogi-faq .items=${items}></ogi-faq>`);
        const links = Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.answer a'));
        expect(links.map((a) => a.textContent!.trim().split(' ')[0])).to.deep.equal([
          'scheme-relative',
          'leading',
          'local',
        ]);
        for (const a of links.slice(0, 2)) {
          expect(a.target, a.href).to.equal('_blank');
          expect(a.rel, a.href).to.contain('noopener');
        }
        expect(links[2].target).to.equal('');
      });

      it('a throwing getter or Proxy in items, or theme = Symbol(), never rejects the update', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
        const throwing = [
          { id: 'fine', question: 'Fine?', answer: 'Yes.' },
          {
            get id(): string {
              throw new Error('getter');
            },
          },
        ];
        const proxy = new Proxy([], {
          get() {
            throw new Error('proxy');
          },
        });
        await warningsDuring(async () => {
          el.items = throwing as never;
          expect(await el.updateComplete, 'throwing getter').to.equal(true);
          expect(el.shadowRoot!.getElementById('fine')).to.exist;
          el.items = proxy;
          expect(await el.updateComplete, 'proxy').to.equal(true);
          (el as { theme: unknown }).theme = Symbol('dark');
          expect(await el.updateComplete, 'symbol').to.equal(true);
          expect(el.resolvedTheme).to.equal('light');
        });
      });

      it('items = new Array(1e7) is not walked hole by hole', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
        const holes = new Array(1e7);
        // Reading a hole reads the prototype: a getter there counts the holes visited.
        let reads = 0;
        Object.defineProperty(Array.prototype, '7', { configurable: true, get: () => void reads++ });
        try {
          await warningsDuring(async () => {
            el.items = holes;
            expect(await el.updateComplete).to.equal(true);
          });
        } finally {
          delete (Array.prototype as unknown as Record<string, unknown>)[7];
        }
        expect(reads, 'holes read').to.equal(0);
        expect(el.shadowRoot!.querySelectorAll('details.item').length, 'the bundled questions').to.be.above(0);
      });
    });
  });

  describe('events', () => {
    describe('ogi-faq-toggle', () => {
      for (const { type, fixture: render } of fixtures)
        it(`fires on click, with { id, open }, bubbling and composed (${type})`, async () => {
          const el = await render<OgiFaq>('ogi-faq');
          const summary = q(el, '#tujuan-ogi summary');
          setTimeout(() => summary.click());
          const opened = await oneEvent(el, 'ogi-faq-toggle');
          expect(opened.detail).to.deep.equal({ id: 'tujuan-ogi', open: true });
          expect(opened.bubbles && opened.composed).to.equal(true);
          setTimeout(() => summary.click());
          const closed = await oneEvent(el, 'ogi-faq-toggle');
          expect(closed.detail).to.deep.equal({ id: 'tujuan-ogi', open: false });
        });

      it('is typed on HTMLElementEventMap', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
        let id = '';
        el.addEventListener('ogi-faq-toggle', (e) => {
          id = e.detail.id; // type-checks only through the HTMLElementEventMap entry
        });
        q(el, 'summary').click();
        await settle();
        expect(id).to.equal(bundledIds[0]);
      });

      it('fires on programmatic opening and closing', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
        const seen = record(el);
        expect(await el.show('apa-itu-ogp')).to.equal(true);
        await settle();
        q<HTMLDetailsElement>(el, '#apa-itu-ogp').open = false;
        await settle();
        expect(seen).to.deep.equal([
          { id: 'apa-itu-ogp', open: true },
          { id: 'apa-itu-ogp', open: false },
        ]);
      });

      it('stays silent when a question opens and closes again within one task', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
        const seen = record(el);
        const details = all(el)[0];
        details.open = true;
        details.open = false;
        await settle();
        expect(seen).to.deep.equal([]);
      });
    });
  });

  describe('keyboard', () => {
    for (const { type, fixture: render } of fixtures)
      it(`reaches the first question by Tab and toggles it with Enter and Space (${type})`, async () => {
        const el = await render<OgiFaq>('ogi-faq', { lang: 'en' });
        const seen = record(el);
        const first = all(el)[0];
        const summary = first.querySelector('summary')!;
        // Start before the widget, then Tab through "Open all" to the first question.
        const start = el.ownerDocument.createElement('button');
        start.textContent = 'before';
        el.before(start);
        start.focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        expect(focused(el), 'focus').to.equal(`summary:${first.id}`);
        // A visible focus ring.
        expect(summary.matches(':focus-visible')).to.equal(true);
        const win = el.ownerDocument.defaultView!;
        expect(win.getComputedStyle(summary).outlineStyle).to.equal('solid');
        expect(parseFloat(win.getComputedStyle(summary).outlineWidth)).to.be.at.least(2);
        await sendKeys({ press: 'Enter' });
        await settle();
        expect(first.open).to.equal(true);
        await sendKeys({ press: ' ' }); // Space
        await settle();
        expect(first.open).to.equal(false);
        expect(seen).to.deep.equal([
          { id: first.id, open: true },
          { id: first.id, open: false },
        ]);
        start.remove();
      });
  });

  describe('methods', () => {
    describe('show()', () => {
      for (const { type, fixture: render } of fixtures)
        it(`opens, scrolls to and focuses the question; false for an unknown id (${type})`, async () => {
          const el = await render<OgiFaq>('ogi-faq');
          expect(await el.show('fungsi-seknas-ogi')).to.equal(true);
          const details = q<HTMLDetailsElement>(el, '#fungsi-seknas-ogi');
          expect(details.open).to.equal(true);
          expect(focused(el), 'focus').to.equal('summary:fungsi-seknas-ogi');
          expect(await el.show('no-such-question')).to.equal(false);
          expect(openIds(el)).to.deep.equal(['fungsi-seknas-ogi']);
        });

      it('scrolls without animation when reduced motion is preferred', async () => {
        const calls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
        const originalScroll = Element.prototype.scrollIntoView;
        const originalMatch = window.matchMedia;
        let reduce = true;
        Element.prototype.scrollIntoView = function (arg?: ScrollIntoViewOptions | boolean) {
          calls.push(arg);
        };
        window.matchMedia = (query: string) =>
          ({ matches: query.includes('prefers-reduced-motion: reduce') && reduce, media: query }) as MediaQueryList;
        try {
          const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
          await el.show('apa-itu-ogi');
          reduce = false;
          await el.show('tujuan-ogi');
          expect(calls.map((c) => (c as ScrollIntoViewOptions).behavior)).to.deep.equal(['instant', 'smooth']);
        } finally {
          Element.prototype.scrollIntoView = originalScroll;
          window.matchMedia = originalMatch;
        }
      });
    });

    describe('open all / close all', () => {
      for (const { type, fixture: render } of fixtures)
        it(`opens and closes every question from one button that says what it will do, and says so politely (${type})`, async () => {
          const el = await render<OgiFaq>('ogi-faq', { lang: 'en' });
          expect(buttons(el).length, 'one button').to.equal(1);
          const [toggle] = buttons(el);
          const status = q(el, '[role="status"]');
          expect(text(toggle)).to.equal('Open all');
          await el.show('tujuan-ogi');
          toggle.click();
          await aTimeout(0);
          await el.updateComplete;
          expect(all(el).every((d) => d.open)).to.equal(true);
          expect(text(status)).to.equal('All answers are shown.');
          expect(text(toggle), 'now it closes').to.equal('Close all');
          toggle.click();
          await aTimeout(0);
          await el.updateComplete;
          expect(all(el).every((d) => !d.open)).to.equal(true);
          expect(text(status)).to.equal('All answers are hidden.');
          expect(text(toggle)).to.equal('Open all');
          // The state stays coherent: one click opens one question again.
          q(el, '#sejarah-ogi summary').click();
          expect(openIds(el)).to.deep.equal(['sejarah-ogi']);
        });

      it('the button follows the questions: opening the last closed one by hand turns it into "Tutup semua"', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq lang="id"></ogi-faq>`);
        const [toggle] = buttons(el);
        await el.openAll();
        all(el)[3].open = false;
        await settle();
        await el.updateComplete;
        expect(text(toggle)).to.equal('Buka semua');
        all(el)[3].querySelector('summary')!.click();
        await settle();
        await el.updateComplete;
        expect(text(toggle)).to.equal('Tutup semua');
        // New questions arrive closed: the button opens again.
        el.items = [...faqContent.id.items, { id: 'baru', question: 'Baru?', answer: ['Ya.'] }];
        await el.updateComplete;
        await el.updateComplete;
        expect(text(toggle)).to.equal('Buka semua');
      });

      it('offers openAll() and closeAll(), firing one event per change', async () => {
        const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
        await el.show('apa-itu-ogi');
        await settle();
        const seen = record(el);
        await el.openAll();
        await settle();
        expect(openIds(el)).to.deep.equal(bundledIds);
        expect(seen.map((d) => d.id)).to.deep.equal(bundledIds.slice(1));
        seen.length = 0;
        await el.closeAll();
        await settle();
        expect(openIds(el)).to.deep.equal([]);
        expect(seen.every((d) => !d.open) && seen.length === bundledIds.length).to.equal(true);
      });
    });
  });

  describe('URL hash', () => {
    it('opens and focuses the question named by the hash when it first renders', async () => {
      location.hash = '#peluncuran-ogp';
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      expect(openIds(el)).to.deep.equal(['peluncuran-ogp']);
      expect(focused(el), 'focus').to.equal('summary:peluncuran-ogp');
    });

    it('opens the question on a later hashchange, and ignores ids it does not have', async () => {
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      expect(openIds(el)).to.deep.equal([]);
      const seen = record(el);
      location.hash = '#apa-itu-seknas-ogi';
      await oneEvent(window, 'hashchange');
      await settle();
      expect(openIds(el)).to.deep.equal(['apa-itu-seknas-ogi']);
      expect(seen).to.deep.equal([{ id: 'apa-itu-seknas-ogi', open: true }]);
      location.hash = '#somewhere-else';
      await oneEvent(window, 'hashchange');
      expect(openIds(el)).to.deep.equal(['apa-itu-seknas-ogi']);
    });

    it('does not reopen on re-render a question the reader closed', async () => {
      location.hash = '#apa-itu-ogi';
      const el = await fixture<OgiFaq>(html`<ogi-faq lang="id"></ogi-faq>`);
      q<HTMLDetailsElement>(el, '#apa-itu-ogi').open = false;
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal([]);
    });

    it('stops listening once removed', async () => {
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      el.remove();
      location.hash = '#tujuan-ogi';
      await oneEvent(window, 'hashchange');
      window.dispatchEvent(new Event('beforeprint'));
      expect(openIds(el)).to.deep.equal([]);
    });

    it('opens a custom question named by the hash once it arrives', async () => {
      location.hash = '#jam-layanan';
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      expect(openIds(el)).to.deep.equal([]);
      el.items = custom;
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['jam-layanan']);
    });

    it('an item id "%41" is reached by #%41 (the hash as written comes first)', async () => {
      const items = [
        { id: 'A', question: 'A?', answer: 'a' },
        { id: '%41', question: 'Percent?', answer: 'p' },
      ];
      const el = await fixture<OgiFaq>(html`<ogi-faq .items=${items}></ogi-faq>`);
      location.hash = '#%41';
      await oneEvent(window, 'hashchange');
      expect(openIds(el)).to.deep.equal(['%41']);
    });

    it('a FAQ added after the hash was acted on neither scrolls the page nor takes focus', async () => {
      // As a page loaded with the hash: its navigation is over before the widgets come.
      location.hash = '#mengapa-ogp';
      await oneEvent(window, 'hashchange');
      const wrap = await fixture<HTMLElement>(
        html`<div><input aria-label="field" /><div style="height: 3000px"></div><ogi-faq></ogi-faq></div>`,
      );
      const first = wrap.querySelector('ogi-faq')!;
      await first.updateComplete;
      expect(openIds(first), 'acted on at load').to.deep.equal(['mengapa-ogp']);
      window.scrollTo({ top: 0, behavior: 'instant' });
      const input = wrap.querySelector('input')!;
      input.focus();
      const second = document.createElement('ogi-faq') as OgiFaq;
      wrap.append(second);
      await second.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(openIds(second)).to.deep.equal([]);
      expect(document.activeElement).to.equal(input);
      expect(window.scrollY).to.equal(0);
    });

    it('with two FAQs holding the same question, only the first opens it', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><ogi-faq></ogi-faq><ogi-faq></ogi-faq></div>`);
      const [a, b] = Array.from(wrap.querySelectorAll<OgiFaq>('ogi-faq'));
      await Promise.all([a.updateComplete, b.updateComplete]);
      location.hash = '#peran-masyarakat';
      await oneEvent(window, 'hashchange');
      expect(openIds(a)).to.deep.equal(['peran-masyarakat']);
      expect(openIds(b)).to.deep.equal([]);
      expect(document.activeElement).to.equal(a);
    });

    it("an element of the host page with the same id is the hash's target, not the FAQ's question", async () => {
      const wrap = await fixture<HTMLElement>(html`<div><p id="inovasi-ogi">host</p><ogi-faq></ogi-faq></div>`);
      const faq = wrap.querySelector('ogi-faq')!;
      await faq.updateComplete;
      location.hash = '#inovasi-ogi';
      await oneEvent(window, 'hashchange');
      expect(openIds(faq)).to.deep.equal([]);
      expect(document.activeElement).not.to.equal(faq);
    });

    describe('deep links in long lists', () => {
      const many = Array.from({ length: 400 }, (_, i) => ({
        id: `q${i}`,
        question: `Question ${i}: how long does a long question take to answer when it wraps onto a second line?`,
        answer: [`Answer ${i}. `.repeat(40), `A second paragraph for ${i}. `.repeat(20)],
      }));

      /**
       * Resolves once the page has not scrolled for 10 frames and 300 ms (a smooth scroll, or the
       * corrections after a jump, done), at most 5 s.
       */
      async function scrollSettled(): Promise<void> {
        const start = performance.now();
        let last = NaN;
        let still = start;
        let frames = 0;
        while (performance.now() - start < 5000) {
          await nextFrame();
          if (window.scrollY !== last) {
            last = window.scrollY;
            still = performance.now();
            frames = 0;
          } else if (++frames >= 10 && performance.now() - still > 300) return;
        }
      }

      /**
       * Where `block: 'start'` puts a question: its top at the top of the viewport, give or take the
       * page's scroll-padding and its own scroll-margin (none here; read anyway).
       */
      function expectLanded(el: OgiFaq, id: string): void {
        const question = el.shadowRoot!.getElementById(id)!;
        const offset = (value: string) => parseFloat(value) || 0;
        const target =
          offset(getComputedStyle(document.documentElement).scrollPaddingTop) +
          offset(getComputedStyle(question).scrollMarginTop);
        expect(question.getBoundingClientRect().top - target, `${id} top`).to.be.within(-2, 2);
      }

      before(() => setViewport({ width: 1000, height: 800 }));
      afterEach(() => history.replaceState(null, '', location.pathname + location.search));

      // The questions skipped above the target (content-visibility: auto) are 3.5rem until they are
      // laid out; the jump lands by those estimates and the page moves once they get their real height,
      // the more so with a larger page font (the second run). The question must still end at the top.
      for (const font of ['', '20px/1.8 serif']) {
        const page = font ? ` in a page set in ${font}` : '';
        /** A FAQ in a page set in `font`, with `items` (the bundled questions when undefined). */
        const render = async (items?: typeof many) => {
          const wrap = await fixture<HTMLElement>(
            html`<div style=${font && `font: ${font}`}><ogi-faq .items=${items}></ogi-faq></div>`,
          );
          const el = wrap.querySelector('ogi-faq')!;
          await el.updateComplete;
          return el;
        };

        it(`#q320 in a 400-question list lands with the question at the top${page}`, async () => {
          const el = await render(many);
          window.scrollTo({ top: 0, behavior: 'instant' });
          location.hash = '#q320';
          await oneEvent(window, 'hashchange');
          await scrollSettled();
          expect(openIds(el)).to.deep.equal(['q320']);
          expectLanded(el, 'q320');
        });

        it(`show() right after the first render lands the same way${page}`, async () => {
          window.scrollTo({ top: 0, behavior: 'instant' });
          const el = await render(many);
          expect(await el.show('q300')).to.equal(true);
          await scrollSettled();
          expectLanded(el, 'q300');
        });

        it(`a hash whose question arrives with items lands the same way${page}`, async () => {
          window.scrollTo({ top: 0, behavior: 'instant' });
          const el = await render();
          // A navigation to #q320 before the questions are there (the event lets the FAQ forget earlier hashes).
          history.replaceState(null, '', '#q320');
          window.dispatchEvent(new HashChangeEvent('hashchange'));
          el.items = many;
          await el.updateComplete;
          await scrollSettled();
          expect(openIds(el)).to.deep.equal(['q320']);
          expectLanded(el, 'q320');
        });
      }

      it('stops correcting once the reader scrolls away', async () => {
        window.scrollTo({ top: 0, behavior: 'instant' });
        const wrap = await fixture<HTMLElement>(
          html`<div style="font: 20px/1.8 serif"><ogi-faq .items=${many}></ogi-faq></div>`,
        );
        const el = wrap.querySelector('ogi-faq')!;
        await el.updateComplete;
        expect(await el.show('q300')).to.equal(true);
        window.dispatchEvent(new WheelEvent('wheel', { deltaY: -100 }));
        window.scrollTo({ top: 0, behavior: 'instant' });
        await scrollSettled();
        expect(window.scrollY).to.equal(0);
      });
    });
  });

  describe('print', () => {
    it('opens every answer before printing and restores the reader’s choice after, quietly', async () => {
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      await el.show('sejarah-ogi');
      await settle();
      const seen = record(el);
      window.dispatchEvent(new Event('beforeprint'));
      expect(all(el).every((d) => d.open)).to.equal(true);
      await settle();
      window.dispatchEvent(new Event('afterprint'));
      expect(openIds(el)).to.deep.equal(['sejarah-ogi']);
      await settle();
      expect(seen).to.deep.equal([]);
      // Later changes are reported again.
      q(el, '#apa-itu-ogi summary').click();
      await settle();
      expect(seen).to.deep.equal([{ id: 'apa-itu-ogi', open: true }]);
    });

    it('restores even when printing ends within the same task', async () => {
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      const seen = record(el);
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
      await settle();
      expect(openIds(el)).to.deep.equal([]);
      expect(seen).to.deep.equal([]);
      q(el, '#apa-itu-ogi summary').click();
      await settle();
      q(el, '#apa-itu-ogi summary').click();
      await settle();
      expect(seen).to.deep.equal([
        { id: 'apa-itu-ogi', open: true },
        { id: 'apa-itu-ogi', open: false },
      ]);
    });

    /**
     * Only Chromium emulates print media (DevTools protocol): Firefox (WebDriver BiDi) and
     * WebKit (WebDriver) cannot, and test print through `beforeprint`/`afterprint` below.
     */
    const canEmulate = navigator.userAgent.includes('Chrome/');

    it('hides the buttons and lays out closed answers in print media', async function () {
      if (!canEmulate) this.skip();
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      const answer = q(el, '#apa-itu-ogi [part="answer"]');
      expect(answer.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(q(el, '.toolbar')).display).to.equal('none');
        expect(q<HTMLDetailsElement>(el, '#apa-itu-ogi').open).to.equal(false);
        expect(answer.checkVisibility()).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('declares print rules for closed answers', async () => {
      const el = await fixture<OgiFaq>(html`<ogi-faq></ogi-faq>`);
      const printed: string[] = [];
      for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
        for (const rule of Array.from(sheet.cssRules)) {
          if (rule instanceof CSSMediaRule && rule.conditionText === 'print') {
            for (const inner of Array.from(rule.cssRules)) printed.push(inner.cssText);
          }
        }
      }
      expect(printed.some((r) => r.startsWith('details > .answer') && r.includes('display: block'))).to.equal(true);
      if (CSS.supports('selector(details::details-content)')) {
        expect(
          printed.some((r) => r.startsWith('details::details-content') && r.includes('content-visibility: visible')),
        ).to.equal(true);
      }
    });
  });
});
