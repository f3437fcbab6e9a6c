/**
 * `<ogi-ogp-timeline>`: the milestones of the road to open government and their dates, the
 * orientation, motion, heading level and language. Cases marked (client-rendered) / (hydrated)
 * run on both kinds of widget (support/fixture.ts).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/components/ogp-timeline/ogi-ogp-timeline.js';
import type { OgiOgpTimeline } from '../src/components/ogp-timeline/ogi-ogp-timeline.js';
import { formatIsoDate, formatters } from '../src/components/ogp-timeline/format.js';
import { q, qa, sleep, text, until } from './support/dom.js';
import { fixtures } from './support/fixture.js';
import { place } from './support/place.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const style = (el: Element) => getComputedStyle(el);
const events = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLLIElement>('ol > li[part~="event"]')];
const times = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLTimeElement>('time[part~="date"]')];
const timeFor = (el: HTMLElement, datetime: string) => times(el).find((t) => t.getAttribute('datetime') === datetime)!;

/** What `Intl.DateTimeFormat` writes for an ISO `YYYY[-MM[-DD]]` value, at that value's precision. */
function expectedDate(tag: string, iso: string): string {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (iso.length >= 7) options.month = 'long';
  if (iso.length === 10) options.day = 'numeric';
  return new Intl.DateTimeFormat(tag, options).format(Date.UTC(y, m - 1, d));
}

/** Waits until the entrance animation (if any) has finished, so colours and boxes are final. */
async function settled(el: HTMLElement): Promise<void> {
  await Promise.all(
    shadow(el)
      .getAnimations()
      .map((a) => a.finished),
  );
}

const ISO = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Compares two ISO dates at the coarser of their precisions (`2011` equals `2011-09-20`). */
function notBefore(later: string, earlier: string): boolean {
  const n = Math.min(later.length, earlier.length);
  return later.slice(0, n) >= earlier.slice(0, n);
}

const FOUNDERS = {
  id: ['Indonesia', 'Brasil', 'Meksiko', 'Norwegia', 'Filipina', 'Afrika Selatan', 'Inggris', 'Amerika Serikat'],
  en: ['Indonesia', 'Brazil', 'Mexico', 'Norway', 'Philippines', 'South Africa', 'United Kingdom', 'United States'],
};

describe('<ogi-ogp-timeline>', () => {
  // The default (vertical) in both languages and themes: test/a11y.test.ts, for every element.
  describe('accessibility', () => {
    for (const lang of ['id', 'en']) {
      for (const theme of ['light', 'dark']) {
        it(`passes axe in ${lang}, ${theme}, horizontal`, async () => {
          const wrapper = await fixture(
            html`<div style="width: 1200px"
              ><ogi-ogp-timeline lang=${lang} theme=${theme} orientation="horizontal"></ogi-ogp-timeline
            ></div>`,
          );
          const el = wrapper.firstElementChild as OgiOgpTimeline;
          await el.updateComplete;
          await settled(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    for (const { type, fixture: render } of fixtures) {
      it(`names the region by its title (${type})`, async () => {
        const el = await render<OgiOgpTimeline>('ogi-ogp-timeline', { lang: 'en' });
        const base = shadow(el).querySelector('[part~="base"]')!;
        expect(base.getAttribute('aria-labelledby')).to.equal('title');
        expect(shadow(el).querySelector('#title')!.textContent).to.equal('The road to open government');
      });
    }
  });

  describe('milestones', () => {
    for (const { type, fixture: render } of fixtures)
      it(`are the items of one ordered list, in chronological order (${type})`, async () => {
        const el = await render<OgiOgpTimeline>('ogi-ogp-timeline');
        const lists = shadow(el).querySelectorAll('ol');
        expect(lists.length).to.equal(1);
        const items = events(el);
        expect(items.length).to.equal(8);
        expect(items.every((li) => li.parentElement === lists[0])).to.equal(true);
        const values = items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? null);
        // The meeting of countries has no date: the source gives none.
        // The two of 2011: OGI next to the meeting it followed up, then the launch of OGP the same year.
        expect(values).to.deep.equal(['1998', '1998', '2008', '2009', null, '2011', '2011-09-20', '2016-09']);
        const dated = values.filter((v): v is string => v !== null);
        for (let i = 1; i < dated.length; i++) {
          expect(notBefore(dated[i], dated[i - 1]), `${dated[i]} after ${dated[i - 1]}`).to.equal(true);
        }
      });

    it('show a milestone the source gives no date for without a date, not an empty <time>', async () => {
      const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang="en"></ogi-ogp-timeline>`);
      const meeting = events(el)[4];
      expect(meeting.querySelector('[part~="event-title"]')!.textContent).to.equal('Countries meet');
      expect(meeting.querySelector('time, [part~="date"]')?.outerHTML ?? null).to.equal(null);
      // Its first line is its title, level with its dot.
      const title = meeting.querySelector('[part~="event-title"]')!.getBoundingClientRect();
      const body = meeting.querySelector('.body')!.getBoundingClientRect();
      expect(title.top - body.top).to.be.below(
        parseFloat(getComputedStyle(meeting.querySelector('.body')!).paddingTop) + 8,
      );
    });

    it('each dated one has a <time> with a valid datetime, and each a heading', async () => {
      const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline></ogi-ogp-timeline>`);
      for (const li of events(el)) {
        expect(li.querySelector('h3[part~="event-title"]')!.textContent!.trim()).not.to.equal('');
        const time = li.querySelector('time[part~="date"]');
        if (!time) continue;
        const value = time.getAttribute('datetime')!;
        expect(value).to.match(ISO);
        const [y, m = 1, d = 1] = value.split('-').map(Number);
        expect(new Date(Date.UTC(y, m - 1, d)).getUTCDate()).to.equal(d);
        expect(li.querySelector('h3[part~="event-title"]')!.textContent!.trim()).not.to.equal('');
        expect(li.querySelector('[part~="event-text"]')!.textContent!.trim()).not.to.equal('');
      }
    });

    for (const [lang, tag] of [
      ['id', 'id-ID'],
      ['en', 'en-GB'],
      ['en-GB', 'en-GB'],
      // One date style per language, whatever the region: the FAQ's text writes "20 September 2011" too.
      ['en-US', 'en-GB'],
      ['id-ID', 'id-ID'],
    ]) {
      it(`shows dates as Intl.DateTimeFormat writes them in ${lang}`, async () => {
        const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang=${lang}></ogi-ogp-timeline>`);
        for (const time of times(el)) {
          expect(time.textContent).to.contain(expectedDate(tag, time.getAttribute('datetime')!));
        }
        expect(timeFor(el, '2011-09-20').textContent!.trim()).to.equal(expectedDate(tag, '2011-09-20'));
      });
    }

    it('writes the full date day month year in Indonesian and in English', async () => {
      const id = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang="id"></ogi-ogp-timeline>`);
      const en = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang="en"></ogi-ogp-timeline>`);
      const idLaunch = timeFor(id, '2011-09-20').textContent!.trim();
      const enLaunch = timeFor(en, '2011-09-20').textContent!.trim();
      expect(idLaunch).to.equal('20 September 2011');
      // English dates read day month year, as the English copy writes them.
      expect(enLaunch).to.equal('20 September 2011');
    });

    it('puts the words around a date from the language data', async () => {
      const id = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang="id"></ogi-ogp-timeline>`);
      const en = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang="en"></ogi-ogp-timeline>`);
      const labels = (el: HTMLElement) => times(el).map((t) => t.textContent!.trim());
      expect(labels(id)).to.include.members(['Sebelum 1998', 'Setelah 1998', 'Akhir September 2016', '2008', '2009']);
      expect(labels(en)).to.include.members(['Before 1998', 'After 1998', 'End of September 2016', '2008', '2009']);
    });

    it('sets the OGP launch apart, and only it', async () => {
      const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline></ogi-ogp-timeline>`);
      const highlighted = shadow(el).querySelectorAll('[part~="highlight"]');
      expect(highlighted.length).to.equal(1);
      expect(highlighted[0].querySelector('time')!.getAttribute('datetime')).to.equal('2011-09-20');
      const launch = highlighted[0].querySelector('.body')!;
      const other = events(el)[0].querySelector('.body')!;
      expect(getComputedStyle(launch).backgroundColor).not.to.equal(getComputedStyle(other).backgroundColor);
    });

    it('creates each date formatter once, not once per milestone or render', async () => {
      const Original = Intl.DateTimeFormat;
      let made = 0;
      Intl.DateTimeFormat = new Proxy(Original, {
        construct(target, args) {
          made++;
          return Reflect.construct(target, args);
        },
      });
      try {
        // Nothing cached yet.
        formatters.clear();
        const a = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang="en-AU"></ogi-ogp-timeline>`);
        expect(made).to.equal(3); // year, month and day
        a.requestUpdate();
        await a.updateComplete;
        await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang="en-AU"></ogi-ogp-timeline>`);
        expect(made).to.equal(3);
      } finally {
        Intl.DateTimeFormat = Original;
      }
    });

    it('writes a value that is no date, or any date in a malformed language tag, as it is', () => {
      expect(formatIsoDate('2011-09-20', 'day', 'en-GB')).to.equal('20 September 2011');
      expect(formatIsoDate('2011-09', 'month', 'id')).to.equal('September 2011');
      for (const iso of ['2011-02-30', '2011-13', '2011-00', '2011-9', 'soon'])
        expect(formatIsoDate(iso, 'day', 'en-GB'), iso).to.equal(iso);
      expect(formatIsoDate('2011-09-20', 'day', 'en-GB-x-!!')).to.equal('2011-09-20');
    });

    it('Unicode calendar and numbering extensions do not change the dates', async () => {
      const dates = async (lang: string) => {
        const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang=${lang}></ogi-ogp-timeline>`);
        return Array.from(el.shadowRoot!.querySelectorAll('time'), (t) => t.textContent!.trim());
      };
      const plain = await dates('en-US');
      expect(plain.join(' ')).to.contain('2011');
      expect(await dates('en-US-u-ca-buddhist'), 'calendar').to.deep.equal(plain);
      expect(await dates('en-US-u-nu-arab'), 'digits').to.deep.equal(plain);
    });
  });

  describe('content', () => {
    for (const { type, fixture: render } of fixtures)
      for (const lang of ['id', 'en'] as const) {
        it(`names the eight founding countries in ${lang} (${type})`, async () => {
          const el = await render<OgiOgpTimeline>('ogi-ogp-timeline', { lang });
          const launch = shadow(el).querySelector('[part~="highlight"]')!;
          const countries = [...launch.querySelectorAll('[part~="countries"] > li')].map((li) =>
            li.textContent!.trim(),
          );
          expect(countries).to.deep.equal(FOUNDERS[lang]);
        });
      }

    it('lists the founding countries inline, not as chips', async () => {
      const el = await place('ogi-ogp-timeline', { lang: 'en' });
      const items = qa(el, '[part~="countries"] > li');
      expect(items).to.have.length(8);
      expect(style(items[0]).display).to.equal('inline');
      expect(style(items[0]).borderTopStyle).to.equal('none');
      expect(getComputedStyle(items[0], '::after').content).to.contain(',');
      expect(getComputedStyle(items[7], '::after').content).to.be.oneOf(['none', 'normal']);
    });

    it('gives the timeline a short introduction: one paragraph of the source', async () => {
      const el = await place('ogi-ogp-timeline', { lang: 'id' });
      expect(qa(el, '[part="intro"]')).to.have.length(1);
      expect(q(el, '[part="intro"]').textContent!.length).to.be.below(360);
    });

    // The road itself; why OGP was needed and its technology push are told in full by the FAQ
    // (and checked there): the timeline's introduction keeps to one short paragraph.
    const facts = {
      id: [
        'gerakan global',
        'terbuka, akuntabel, dan responsif terhadap kebutuhan warga',
        'transparansi, efisiensi kinerja pemerintah, pemberantasan korupsi, serta perbaikan birokrasi',
        'Reformasi 1998',
        'UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
        'UU Nomor 25 Tahun 2009 tentang Pelayanan Publik',
        'Indonesia merupakan salah satu inisiatornya',
        'delapan negara',
        'Deklarasi Keterbukaan Pemerintah',
        'pelaksanaan Open Government Indonesia (OGI) pada tahun 2011',
        '70 negara',
        'September 2016',
        'transparan, akuntabel, dan inovatif',
        'masyarakat sipil serta masyarakat luas',
      ],
      en: [
        'global movement',
        'open, accountable and responsive to citizens’ needs',
        'transparency, more efficient government, an end to corruption and a better bureaucracy',
        '1998 Reformasi',
        'Law No. 14 of 2008 on Public Information Disclosure',
        'Law No. 25 of 2009 on Public Services',
        'Indonesia was one of its initiators',
        'eight countries',
        'Open Government Declaration',
        'implementation of Open Government Indonesia (OGI) in 2011',
        '70 countries',
        'September 2016',
        'transparent, accountable and innovative',
        'civil society and the wider public',
      ],
    };
    for (const lang of ['id', 'en'] as const) {
      it(`tells every fact of the source in ${lang}`, async () => {
        const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang=${lang}></ogi-ogp-timeline>`);
        const t = text(el);
        for (const fact of facts[lang]) expect(t).to.contain(fact);
      });
    }
  });

  describe('properties', () => {
    describe('orientation', () => {
      before(() => setViewport({ width: 1280, height: 800 }));
      after(() => setViewport({ width: 800, height: 600 }));

      async function inBox(width: number, orientation: string | null) {
        const wrapper = await fixture(
          html`<div style="width: ${width}px"><ogi-ogp-timeline lang="en"></ogi-ogp-timeline></div>`,
        );
        const el = wrapper.firstElementChild as OgiOgpTimeline;
        if (orientation !== null) el.setAttribute('orientation', orientation);
        await el.updateComplete;
        await nextFrame();
        await settled(el);
        return el;
      }
      const boxes = (el: HTMLElement) => events(el).map((li) => li.getBoundingClientRect());
      const sideBySide = (a: DOMRect, b: DOMRect) => Math.abs(a.top - b.top) < 1 && b.left >= a.right;
      const stacked = (a: DOMRect, b: DOMRect) => b.top >= a.bottom - 1 && Math.abs(a.left - b.left) < 1;

      it('is vertical by default, and reflects it', async () => {
        const el = await inBox(1200, null);
        expect(el.orientation).to.equal('vertical');
        expect(el.getAttribute('orientation')).to.equal('vertical');
        const [a, b] = boxes(el);
        expect(stacked(a, b)).to.equal(true);
      });

      it('lays milestones side by side when horizontal in a wide container', async () => {
        const el = await inBox(1200, 'horizontal');
        expect(el.orientation).to.equal('horizontal');
        const r = boxes(el);
        expect(sideBySide(r[0], r[1]), 'first two side by side').to.equal(true);
        expect(sideBySide(r[1], r[2])).to.equal(true);
        // in one row (one timeline), which scrolls sideways rather than wrapping into rows
        expect(Math.abs(r[r.length - 1].top - r[0].top)).to.be.below(1);
        const list = shadow(el).querySelector<HTMLElement>('[part~="timeline"]')!;
        expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      });

      it('reflects the property for styling', async () => {
        const el = await inBox(1200, null);
        el.orientation = 'horizontal';
        await el.updateComplete;
        await nextFrame();
        await settled(el);
        expect(el.getAttribute('orientation')).to.equal('horizontal');
        const r = boxes(el);
        expect(sideBySide(r[0], r[1])).to.equal(true);
      });

      it('falls back to vertical in a narrow container', async () => {
        const el = await inBox(320, 'horizontal');
        const [a, b] = boxes(el);
        expect(stacked(a, b)).to.equal(true);
      });

      it('treats an invalid value as vertical, and says so once', async () => {
        const warn = console.warn;
        const said: string[] = [];
        console.warn = (...args: unknown[]) => said.push(args.join(' '));
        try {
          const el = await inBox(1200, 'diagonal');
          expect(el.resolvedOrientation).to.equal('vertical');
          const [a, b] = boxes(el);
          expect(stacked(a, b)).to.equal(true);
          el.requestUpdate();
          await el.updateComplete;
          expect(said.filter((m) => m.includes('orientation')).length).to.equal(1);
        } finally {
          console.warn = warn;
        }
      });

      for (const orientation of ['vertical', 'horizontal']) {
        for (const lang of ['id', 'en']) {
          it(`never scrolls sideways at 320px (${orientation}, ${lang})`, async () => {
            await setViewport({ width: 320, height: 640 });
            try {
              const el = await fixture<OgiOgpTimeline>(
                html`<ogi-ogp-timeline lang=${lang} orientation=${orientation}></ogi-ogp-timeline>`,
              );
              await nextFrame();
              expect(el.getBoundingClientRect().width).to.be.at.most(320);
              expect(el.scrollWidth).to.be.at.most(el.clientWidth);
              const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
              expect(base.scrollWidth).to.be.at.most(base.clientWidth);
              const root = document.documentElement;
              expect(root.scrollWidth).to.be.at.most(root.clientWidth);
            } finally {
              await setViewport({ width: 1280, height: 800 });
            }
          });
        }
      }

      describe('horizontal: one scrolling row', () => {
        it('is one row along one line that scrolls sideways, snapping, by keyboard too, and axe-clean', async () => {
          await setViewport({ width: 1280, height: 800 });
          const el = await place('ogi-ogp-timeline', { lang: 'en', orientation: 'horizontal', style: 'width: 1000px' });
          await nextFrame();
          const list = q(el, '[part~="timeline"]');
          const tops = qa(el, '[part~="event"]').map((li) => Math.round(li.getBoundingClientRect().top));
          expect(new Set(tops).size, 'one row').to.equal(1);
          expect(list.scrollWidth, 'more than fits: it scrolls').to.be.greaterThan(list.clientWidth);
          expect(style(list).scrollSnapType).to.contain('x');
          // The milestone at the edge is cut: a visible cue that there is more.
          const edge = list.getBoundingClientRect().right;
          expect(
            qa(el, '[part~="event"]').some(
              (li) => li.getBoundingClientRect().left < edge && li.getBoundingClientRect().right > edge + 8,
            ),
          ).to.equal(true);
          expect(list.tabIndex).to.equal(0);
          list.focus();
          list.scrollBy({ left: 300, behavior: 'instant' });
          await sleep(50);
          expect(list.scrollLeft).to.be.greaterThan(0);
          await expect(el).to.be.accessible();
          // The line joins: each segment reaches the next milestone's dot.
          const lines = qa(el, '[part~="event"]').map((li) => li.getBoundingClientRect());
          const seg = (li: Element) => parseFloat(getComputedStyle(li, '::before').width);
          const first = qa(el, '[part~="event"]')[0];
          expect(seg(first)).to.be.at.least(lines[1].left - lines[0].left - 2);
        });

        it('gives the launch two columns, keeps an empty date line where a milestone has no date, and fades out at its end', async () => {
          await setViewport({ width: 1280, height: 800 });
          const el = await place('ogi-ogp-timeline', { lang: 'en', orientation: 'horizontal', style: 'width: 1000px' });
          await nextFrame();
          const items = qa(el, '[part~="event"]');
          const launch = q(el, '[part~="highlight"]');
          const width = (li: Element) => li.getBoundingClientRect().width;
          expect(width(launch) / width(items[0]), 'two columns and the gap').to.be.within(2, 2.2);
          // The undated meeting: its title starts level with its dated neighbours'.
          const titleTops = qa(el, '[part~="event-title"]').map((h) => Math.round(h.getBoundingClientRect().top));
          expect(new Set(titleTops.slice(0, 5)).size).to.equal(1);
          expect(style(q(el, '[part~="timeline"]')).maskImage).to.contain('gradient');
        });

        /** A page of its own (an iframe) loading `script`, with `body`; its resources' paths once `ready` holds. */
        async function page(script: string, body: string, ready: (win: Window) => boolean) {
          const frame = document.createElement('iframe');
          frame.style.cssText = 'width: 1200px; height: 600px; border: 0';
          frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${script}</head><body>${body}</body></html>`;
          const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
          document.body.append(frame);
          await loaded;
          const win = frame.contentWindow!;
          await until(() => ready(win), 'the page');
          return {
            frame,
            win,
            paths: () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
          };
        }
        const drawn = (win: Window) =>
          !!win.document.querySelector('ogi-ogp-timeline')?.shadowRoot?.querySelector('li');
        const row = '/dist/ogi-ogp-timeline-row.js';
        /** How far apart in height the first two milestones start: 0 when side by side. */
        const firstTwoApart = (el: Element) => {
          const [a, b] = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].map((li) =>
            li.getBoundingClientRect(),
          );
          return Math.abs(a.top - b.top);
        };

        it('loads its styles (dist/ogi-ogp-timeline-row.js) only for a horizontal timeline, which is drawn once they are there', async () => {
          const p = await page(
            '<script type="module" src="/dist/ogi-widgets.js"></script>',
            '<ogi-ogp-timeline></ogi-ogp-timeline>',
            drawn,
          );
          try {
            await sleep(100);
            expect(p.paths(), 'vertical only').not.to.include(row);
            const el = p.win.document.createElement('ogi-ogp-timeline') as OgiOgpTimeline;
            el.setAttribute('orientation', 'horizontal');
            p.win.document.body.append(el);
            await el.updateComplete;
            expect(p.paths()).to.include(row);
            expect(firstTwoApart(el), 'side by side as soon as it is drawn').to.be.below(1);
          } finally {
            p.frame.remove();
          }
        });

        it('is drawn by the classic script too, which loads the row from beside itself', async () => {
          const p = await page(
            '<script src="/dist/ogi-widgets.iife.js"></script>',
            '<ogi-ogp-timeline orientation="horizontal"></ogi-ogp-timeline>',
            drawn,
          );
          try {
            expect(p.paths()).to.include(row);
            const el = p.win.document.querySelector('ogi-ogp-timeline')!;
            expect(firstTwoApart(el)).to.be.below(1);
          } finally {
            p.frame.remove();
          }
        });

        it('is vertical where a row does not fit, and takes no focus', async () => {
          const el = await place('ogi-ogp-timeline', { orientation: 'horizontal', style: 'width: 600px' });
          const [a, b] = qa(el, '[part~="event"]').map((li) => li.getBoundingClientRect());
          expect(b.top).to.be.at.least(a.bottom - 1);
          const vertical = await place('ogi-ogp-timeline');
          expect(q(vertical, '[part~="timeline"]').hasAttribute('tabindex')).to.equal(false);
        });
      });
    });

    describe('heading level', () => {
      for (const { type, fixture: render } of fixtures)
        it(`headingLevel 3 gives an H3 title and H4 milestone titles (${type})`, async () => {
          const el = await render<OgiOgpTimeline>('ogi-ogp-timeline', { headingLevel: 3 });
          expect(el.getAttribute('heading-level')).to.equal('3');
          expect(shadow(el).querySelector('[part~="title"]')!.tagName).to.equal('H3');
          const subs = [...shadow(el).querySelectorAll('[part~="event-title"]')];
          expect(subs.length).to.equal(8);
          expect(subs.every((h) => h.tagName === 'H4')).to.equal(true);
        });

      for (const [attr, title, sub] of [
        [null, 'H2', 'H3'],
        ['3', 'H3', 'H4'],
        ['6', 'H6', 'H6'],
        ['nine', 'H2', 'H3'],
      ] as const) {
        it(`heading-level=${attr} gives a ${title} title and ${sub} milestone titles`, async () => {
          const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline></ogi-ogp-timeline>`);
          if (attr !== null) el.setAttribute('heading-level', attr);
          await el.updateComplete;
          expect(shadow(el).querySelector('[part~="title"]')!.tagName).to.equal(title);
          const subs = [...shadow(el).querySelectorAll('[part~="event-title"]')];
          expect(subs.length).to.equal(8);
          expect(subs.every((h) => h.tagName === sub)).to.equal(true);
        });
      }
    });

    describe('language', () => {
      const htmlLang = document.documentElement.getAttribute('lang');
      afterEach(() => {
        if (htmlLang === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', htmlLang);
      });

      it('renders English with lang="en" and switches live, dates included', async () => {
        const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline lang="id"></ogi-ogp-timeline>`);
        expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('id');
        expect(timeFor(el, '2011-09-20').textContent!.trim()).to.equal(expectedDate('id-ID', '2011-09-20'));
        expect(timeFor(el, '1998').textContent!.trim()).to.equal('Sebelum 1998');
        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
        expect(shadow(el).querySelector('#title')!.textContent).to.equal('The road to open government');
        expect(timeFor(el, '2011-09-20').textContent!.trim()).to.equal('20 September 2011');
        expect(timeFor(el, '1998').textContent!.trim()).to.equal('Before 1998');
        expect(timeFor(el, '2016-09').textContent!.trim()).to.equal('End of September 2016');
      });

      it('follows a runtime change of <html lang>', async () => {
        document.documentElement.setAttribute('lang', 'id');
        const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline></ogi-ogp-timeline>`);
        expect(timeFor(el, '2016-09').textContent!.trim()).to.equal(`Akhir ${expectedDate('id-ID', '2016-09')}`);
        document.documentElement.setAttribute('lang', 'en-US');
        await nextFrame();
        await el.updateComplete;
        expect(timeFor(el, '2011-09-20').textContent!.trim()).to.equal('20 September 2011');
        expect(shadow(el).querySelector('#title')!.textContent).to.equal('The road to open government');
      });
    });
  });

  describe('motion', () => {
    /**
     * Only Chromium emulates media features (DevTools protocol): Firefox (WebDriver BiDi) and
     * WebKit (WebDriver) cannot; there, test/media/reduced-motion.test.ts covers reduced motion
     * in a browser launched with it.
     */
    const canEmulate = navigator.userAgent.includes('Chrome/');
    /** Emulates `prefers-reduced-motion`, or skips the test where the browser cannot and is not so already. */
    async function reducedMotion(ctx: Mocha.Context, value: 'reduce' | 'no-preference'): Promise<void> {
      if (canEmulate) await emulateMedia({ reducedMotion: value });
      else if (!matchMedia(`(prefers-reduced-motion: ${value})`).matches) ctx.skip();
    }
    afterEach(async () => {
      if (canEmulate) await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('does not animate when reduced motion is asked for', async function () {
      await reducedMotion(this, 'reduce');
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline></ogi-ogp-timeline>`);
      await nextFrame();
      expect(shadow(el).getAnimations()).to.have.length(0);
    });

    it('does not animate otherwise either: the launch stands out by its colour and frame, not by motion', async function () {
      await reducedMotion(this, 'no-preference');
      const el = await fixture<OgiOgpTimeline>(html`<ogi-ogp-timeline></ogi-ogp-timeline>`);
      await nextFrame();
      expect(shadow(el).getAnimations()).to.have.length(0);
    });
  });
});
