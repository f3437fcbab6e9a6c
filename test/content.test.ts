/**
 * The content says only what is true. The four widgets are rendered in both languages and
 * their text is read through the shadow DOM, as a reader would see it; the demo's
 * descriptions of the widgets are read too. A title that stopped being true, a date the
 * source does not give, or a claim stronger than the source's fails here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { strings as demoStrings } from '../demo/strings.js';
import { TAGS } from './support/tags.js';

type Lang = 'id' | 'en';
const LANGS: Lang[] = ['id', 'en'];

/** Every text node under `node`, shadow roots included, joined; with the labels people hear. */
function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element) {
      for (const attr of ['aria-label', 'title', 'alt']) {
        const value = n.getAttribute(attr);
        if (value) parts.push(` ${value} `);
      }
      if (n.shadowRoot) walk(n.shadowRoot);
      if (n.localName === 'style' || n.localName === 'script') return;
    }
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return parts
    .join('')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}

async function render(tag: string, lang: Lang): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/** Every string in the demo's copy (nested objects included). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

// ---- the checks, each returning what it found wrong ----

/** A title of Joko Widodo that stopped being true (he was President 2014–2024). */
const OUTDATED_TITLE = [
  /(?<!ke-7 )Presiden Republik Indonesia/i,
  /(?<!7th )President of (the Republic of )?Indonesia/i,
  /(?<!7th )President of the Republic\b/i,
];
/** OGI "inspired and encouraged" the innovations (menginspirasi dan mendorong); no more. */
const OVERCLAIM = [/lahir dari(nya| OGI)/i, /\b(given|gave|give|giving) rise\b/i, /\bborn (of|from|out of)\b/i];

const found = (text: string, patterns: RegExp[]) =>
  patterns.flatMap((p) => {
    const m = p.exec(text);
    return m ? [m[0]] : [];
  });

/** The years and dates the source gives; nothing else may be shown as one. */
const SOURCE_YEARS = ['1998', '2008', '2009', '2011', '2016'];
const SOURCE_DATETIMES = ['1998', '2008', '2009', '2011', '2011-09-20', '2016-09'];
function unsourcedYears(text: string): string[] {
  return [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => m[1]).filter((y) => !SOURCE_YEARS.includes(y));
}
/** A day and month the source does not give (it gives only 20 September 2011). */
function unsourcedDays(text: string): string[] {
  const month =
    '(January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember)';
  const dayFirst = [...text.matchAll(new RegExp(`\\b(\\d{1,2}) ${month} (\\d{4})`, 'g'))].map((m) => m[0]);
  const monthFirst = [...text.matchAll(new RegExp(`\\b${month} (\\d{1,2}), (\\d{4})`, 'g'))].map((m) => m[0]);
  return [...dayFirst.filter((d) => d !== '20 September 2011'), ...monthFirst];
}
/** Months the source gives: September 2011 (the launch) and September 2016. */
function unsourcedMonths(text: string): string[] {
  const months =
    /\b(January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember) (\d{4})\b/g;
  return [...text.matchAll(months)].map((m) => m[0]).filter((m) => m !== 'September 2011' && m !== 'September 2016');
}

/** The countries-meet milestone, found by its title. */
const MEETING_TITLE: Record<Lang, string> = { id: 'Pertemuan antarnegara', en: 'Countries meet' };

describe('content: only what is true', () => {
  const texts: Record<Lang, Record<string, string>> = { id: {}, en: {} };
  before(async () => {
    for (const lang of LANGS) for (const tag of TAGS) texts[lang][tag] = deepText(await render(tag, lang));
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      it('renders every widget with text to check', () => {
        for (const tag of TAGS) expect(texts[lang][tag].length, tag).to.be.greaterThan(200);
      });

      it('gives Joko Widodo no title that stopped being true', () => {
        for (const tag of TAGS) expect(found(texts[lang][tag], OUTDATED_TITLE), tag).to.deep.equal([]);
      });

      it('gives him one title everywhere it gives one', () => {
        const role = lang === 'id' ? 'Presiden ke-7 Republik Indonesia' : '7th President of Indonesia';
        for (const tag of ['ogi-about', 'ogi-faq']) expect(texts[lang][tag], tag).to.contain(role);
      });

      it('says OGI inspired and encouraged the innovations, never that they were born of it', () => {
        for (const tag of TAGS) expect(found(texts[lang][tag], OVERCLAIM), tag).to.deep.equal([]);
        const said = lang === 'id' ? 'menginspirasi dan mendorong' : 'inspired and encouraged';
        expect(texts[lang]['ogi-about']).to.contain(said);
        expect(texts[lang]['ogi-faq']).to.contain(said);
      });

      it('shows no year or date the source does not give', () => {
        for (const tag of TAGS) {
          const text = texts[lang][tag];
          expect(unsourcedYears(text), `${tag}: years`).to.deep.equal([]);
          expect(unsourcedDays(text), `${tag}: dates`).to.deep.equal([]);
          expect(unsourcedMonths(text), `${tag}: months`).to.deep.equal([]);
        }
      });

      it('dates the timeline only as the source does, and the meeting of countries not at all', async () => {
        const el = await render('ogi-ogp-timeline', lang);
        const events = [...el.shadowRoot!.querySelectorAll('[part~="event"]')];
        for (const time of el.shadowRoot!.querySelectorAll('time')) {
          expect(SOURCE_DATETIMES, time.outerHTML).to.include(time.getAttribute('datetime'));
          expect(time.textContent!.trim(), 'an empty <time>').not.to.equal('');
        }
        const meeting = events.filter(
          (e) => e.querySelector('[part~="event-title"]')?.textContent?.trim() === MEETING_TITLE[lang],
        );
        expect(meeting, 'the meeting milestone').to.have.length(1);
        // (outerHTML, not the element: a failing assertion then reports text, not a DOM node)
        expect(meeting[0].querySelector('time, [datetime]')?.outerHTML ?? null, 'a date on the meeting').to.equal(null);
        const said = deepText(meeting[0]);
        expect(said.match(/\b\d{4}\b/g), 'a year on the meeting').to.equal(null);
        // It keeps its place: after the 2009 law, before the launch of OGP.
        const i = events.indexOf(meeting[0]);
        expect(events[i - 1].querySelector('time')!.getAttribute('datetime')).to.equal('2009');
        expect(events[i + 1].querySelector('time')!.getAttribute('datetime')).to.equal('2011-09-20');
      });

      it('writes the launch date day month year', () => {
        for (const tag of ['ogi-faq', 'ogi-ogp-timeline'])
          expect(texts[lang][tag], tag).to.contain('20 September 2011');
      });

      it('names the eight founding countries in the same words in the FAQ and the timeline', async () => {
        const faq = await render('ogi-faq', lang);
        const timeline = await render('ogi-ogp-timeline', lang);
        const listed = (root: ParentNode) => [...root.querySelectorAll('li')].map((li) => deepText(li).trim());
        const inFaq = listed(faq.shadowRoot!.querySelector('#peluncuran-ogp [part="answer"] ul')!);
        const inTimeline = listed(timeline.shadowRoot!.querySelector('[part~="countries"]')!);
        expect(inFaq).to.have.length(8);
        expect(inTimeline).to.deep.equal(inFaq);
      });

      it('says the same sentence of the source in the same words in every widget', async () => {
        const sentences = (text: string) =>
          text
            .split(/(?<=[.?])\s+(?=[A-Z])/)
            .map((s) => s.trim())
            .filter((s) => s.length > 30);
        const about = await render('ogi-about', lang);
        const timeline = await render('ogi-ogp-timeline', lang);
        const faq = texts[lang]['ogi-faq'];
        const shared = [
          ...[...about.shadowRoot!.querySelectorAll('[part="lead"], .why .text, .vision .text, .innovations > .text')],
          ...[...timeline.shadowRoot!.querySelectorAll('[part="intro"]')],
        ].flatMap((p) => sentences(deepText(p)));
        expect(shared.length).to.be.greaterThan(10);
        for (const sentence of shared) expect(faq, sentence).to.contain(sentence);
      });
    });
  }

  it('marks the English quotation as an unofficial translation, in one wording', () => {
    for (const tag of ['ogi-about', 'ogi-faq']) {
      expect(texts.en[tag].toLowerCase(), tag).to.contain('unofficial translation');
      expect(texts.en[tag], tag).not.to.match(/our translation|translated from/i);
    }
  });

  it("keeps the demo's descriptions of the widgets to what the source says", () => {
    for (const lang of LANGS) {
      const all = stringsOf(demoStrings[lang]).join(' \n ');
      expect(found(all, OVERCLAIM), lang).to.deep.equal([]);
      expect(found(all, OUTDATED_TITLE), lang).to.deep.equal([]);
    }
  });

  it('the checks can fail: each bad string is caught', () => {
    expect(found('Joko Widodo, Presiden Republik Indonesia', OUTDATED_TITLE)).to.have.length(1);
    expect(found('Joko Widodo, President of the Republic of Indonesia', OUTDATED_TITLE)).to.have.length.above(0);
    expect(found('Joko Widodo, President of Indonesia', OUTDATED_TITLE)).to.have.length(1);
    expect(
      found('Joko Widodo, Presiden ke-7 Republik Indonesia; 7th President of Indonesia', OUTDATED_TITLE),
    ).to.deep.equal([]);
    expect(found('Inovasi yang lahir dari OGI', OVERCLAIM)).to.have.length(1);
    expect(found('Which innovations has OGI given rise to?', OVERCLAIM)).to.have.length(1);
    expect(found('innovations born of OGI', OVERCLAIM)).to.have.length(1);
    expect(unsourcedYears('Pertemuan antarnegara 2010')).to.deep.equal(['2010']);
    expect(unsourcedDays('September 20, 2011 and 12 July 2011')).to.deep.equal(['12 July 2011', 'September 20, 2011']);
    expect(unsourcedMonths('Juli 2011')).to.deep.equal(['Juli 2011']);
  });
});
