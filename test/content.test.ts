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

/**
 * Said while Joko Widodo was President ("kini menjadi dasar", "is now the basis"): no longer true.
 * Nawa Cita stays true as the basis of his government's vision and mission.
 */
const NO_LONGER_TRUE = [/\bkini\b/i, /\bnow the basis\b/i, /\bis now\b/i, /\bsekarang menjadi\b/i];
/** The source says the push grew after the 2008 and 2009 laws, never that they underlie OGI or OGP. */
const LAWS_BEHIND = [/\blaws? behind\b/i, /\bmendasari(nya)?\b/i, /\bunderl(ie|ying)\b/i, /\blandasan hukum\b/i];
/** The source writes "setelah" (after): a verb that makes a milestone the cause of the next. */
const CAUSAL = [
  /\bmemperbesar\b/i,
  /\bmemperkuat\b/i,
  /\bmenyebabkan\b/i,
  /\bmembuat\b/i,
  /\bstrengthen(s|ed)?\b/i,
  /\bmade\b[^.]*\bstronger\b/i,
  /\b(caus|spurr|boost|fuell?)(e|ed|es|s)?\b/i,
  /\bled to\b/i,
];
/** The two laws by their numbers, and the push that grew after both. */
const LAW_2008: Record<Lang, string> = { id: 'UU Nomor 14 Tahun 2008', en: 'Law No. 14 of 2008' };
const LAW_2009: Record<Lang, string> = { id: 'UU Nomor 25 Tahun 2009', en: 'Law No. 25 of 2009' };
const PUSH: Record<Lang, RegExp> = { id: /\bdorongan\b/i, en: /\bpush\b/i };
/** Words that put the two milestones of 2011 in an order the source does not give. */
const ORDER_WORDS =
  /\b(setelah|sesudah|sebelum|kemudian|lalu|menyusul|after|before|then|later|following|followed|next)\b/i;
const SAME_YEAR: Record<Lang, RegExp> = { id: /\bJuga pada tahun 2011\b/, en: /\bAlso in 2011\b/ };

/**
 * One full and one short name for the secretariat per language (the Indonesian as the source
 * writes them); the address keeps the addressee as the source writes it.
 */
const SECRETARIAT_NAMES: Record<Lang, string[]> = {
  id: ['Sekretariat Nasional (Seknas) OGI', 'Sekretariat Open Government Indonesia', 'Seknas OGI'],
  en: ['OGI National Secretariat (Seknas OGI)', 'Sekretariat Open Government Indonesia', 'Seknas OGI'],
};
/** Every mention of the secretariat in `text` that is not one of `names`. */
function otherSecretariatNames(text: string, names: string[]): string[] {
  let rest = text.replace(/\s+/g, ' ');
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' · ');
  return [...rest.matchAll(/.{0,30}\b(sekretariat|secretariat|seknas)\b.{0,30}/gi)].map((m) => m[0].trim());
}

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
        // It keeps its place: after the 2009 law, before OGI, which followed it up.
        const i = events.indexOf(meeting[0]);
        expect(events[i - 1].querySelector('time')!.getAttribute('datetime')).to.equal('2009');
        expect(events[i + 1].querySelector('time')!.getAttribute('datetime')).to.equal('2011');
      });

      it('says nothing that stopped being true: no "kini" / "now the basis"', () => {
        for (const tag of TAGS) expect(found(texts[lang][tag], NO_LONGER_TRUE), tag).to.deep.equal([]);
        const basis = lang === 'id' ? 'dasar visi dan misi pemerintahannya' : 'the basis of his government';
        for (const tag of ['ogi-about', 'ogi-faq']) expect(texts[lang][tag], tag).to.contain(basis);
      });

      it('says no law underlies OGI or OGP', () => {
        for (const tag of TAGS) expect(found(texts[lang][tag], LAWS_BEHIND), tag).to.deep.equal([]);
      });

      it('tells the road to 2009 as a sequence, the push growing after both laws together', async () => {
        const el = await render('ogi-ogp-timeline', lang);
        const cards = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].filter((e) =>
          ['1998', '2008', '2009'].includes(e.querySelector('time')?.getAttribute('datetime') ?? ''),
        );
        expect(cards, 'the cards of 1998, 2008 and 2009').to.have.length(4);
        for (const card of cards) expect(found(deepText(card), CAUSAL), deepText(card)).to.deep.equal([]);
        const pushing = cards.filter((c) => PUSH[lang].test(deepText(c)));
        expect(pushing, 'the card saying the push grew').to.have.length(1);
        const said = deepText(pushing[0]);
        expect(said, 'both laws, together').to.contain(LAW_2008[lang]).and.to.contain(LAW_2009[lang]);
        expect(said, 'after them').to.match(lang === 'id' ? /Setelah adanya UU/ : /After Law/);
        // The FAQ tells it the same way, once: the demands listed once, the meeting said once.
        const faq = await render('ogi-faq', lang);
        const answer = faq.shadowRoot!.querySelector('#sejarah-ogi [part~="answer"]')!;
        const history = deepText(answer);
        expect(found(history, CAUSAL), 'the FAQ').to.deep.equal([]);
        const paragraphs = [...answer.querySelectorAll('p')].map(deepText).filter((s) => PUSH[lang].test(s));
        expect(paragraphs).to.have.length(1);
        expect(paragraphs[0]).to.contain(LAW_2008[lang]).and.to.contain(LAW_2009[lang]);
        const once = (re: RegExp) => history.match(re)?.length ?? 0;
        expect(once(lang === 'id' ? /pemberantasan korupsi/g : /an end to corruption/g), 'the demands').to.equal(1);
        expect(once(lang === 'id' ? /pertemuan antarnegara/gi : /meeting between countries/gi), 'the meeting').to.equal(
          1,
        );
      });

      it('shows the two milestones of 2011 side by side in no order the source does not give', async () => {
        const el = await render('ogi-ogp-timeline', lang);
        const events = [...el.shadowRoot!.querySelectorAll('[part~="event"]')];
        const at = (datetime: string) =>
          events.findIndex((e) => e.querySelector('time')?.getAttribute('datetime') === datetime);
        const meeting = events.findIndex(
          (e) => e.querySelector('[part~="event-title"]')?.textContent?.trim() === MEETING_TITLE[lang],
        );
        const ogi = at('2011');
        const launch = at('2011-09-20');
        // OGI next to the meeting it followed up ("kemudian ditindaklanjuti"), not after the launch.
        expect(ogi, 'OGI right after the meeting').to.equal(meeting + 1);
        expect(launch, 'the launch next to OGI').to.equal(ogi + 1);
        const ogiText = deepText(events[ogi]);
        const launchText = deepText(events[launch]);
        // The launch says it is another milestone of the same year, not that it came later.
        expect(launchText).to.match(SAME_YEAR[lang]);
        expect(found(launchText, [ORDER_WORDS]), 'order words on the launch').to.deep.equal([]);
        expect(launchText, 'the launch names OGI').not.to.match(/\bOGI\b|Open Government Indonesia/);
        expect(ogiText, 'OGI names the launch').not.to.match(/\bOGP\b|Partnership|diluncurkan|launch/i);
      });

      it('names the secretariat by one full and one short name only', () => {
        for (const tag of TAGS)
          expect(otherSecretariatNames(texts[lang][tag], SECRETARIAT_NAMES[lang]), tag).to.deep.equal([]);
        const demo = stringsOf(demoStrings[lang]).join(' \n ');
        expect(otherSecretariatNames(demo, SECRETARIAT_NAMES[lang]), 'demo').to.deep.equal([]);
        expect(texts[lang]['ogi-about']).to.contain(SECRETARIAT_NAMES[lang][0]);
        expect(texts[lang]['ogi-contact']).to.contain(SECRETARIAT_NAMES[lang][0]);
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

  it('says in Indonesian that 70 countries had joined, as the source does ("sudah terdapat")', () => {
    expect(texts.id['ogi-faq']).to.contain('sudah terdapat 70 negara yang tergabung dalam OGP');
    expect(texts.id['ogi-faq']).not.to.match(/sudah 70 negara/);
  });

  it('the README names the secretariat as the widgets do, and no law as underlying OGI', async () => {
    const readme = await (await fetch('/README.md')).text();
    // The regional examples name a made-up regency's own secretariat (Kabupaten Contoh), not Seknas OGI.
    const national = readme
      .split('\n')
      .filter((line) => !/contoh/i.test(line))
      .join('\n');
    expect(otherSecretariatNames(national, SECRETARIAT_NAMES.en)).to.deep.equal([]);
    expect(found(readme, LAWS_BEHIND)).to.deep.equal([]);
  });

  it('marks the English quotation as an unofficial translation, in one wording', () => {
    for (const tag of ['ogi-about', 'ogi-faq']) {
      expect(texts.en[tag], tag).to.contain('Unofficial translation. Original in Indonesian');
      expect(texts.en[tag], tag).not.to.match(/our translation|translated from/i);
    }
  });

  it("keeps the demo's descriptions of the widgets to what the source says", () => {
    for (const lang of LANGS) {
      const all = stringsOf(demoStrings[lang]).join(' \n ');
      expect(found(all, OVERCLAIM), lang).to.deep.equal([]);
      expect(found(all, OUTDATED_TITLE), lang).to.deep.equal([]);
      expect(found(all, NO_LONGER_TRUE), lang).to.deep.equal([]);
      expect(found(all, LAWS_BEHIND), lang).to.deep.equal([]);
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
    expect(found('program Nawa Cita, yang kini menjadi dasar', NO_LONGER_TRUE)).to.have.length(1);
    expect(found('which is now the basis of', NO_LONGER_TRUE)).to.have.length.above(0);
    expect(found('the laws behind them', LAWS_BEHIND)).to.have.length(1);
    expect(found('undang-undang yang mendasarinya', LAWS_BEHIND)).to.have.length(1);
    expect(found('Reformasi memperbesar tuntutan', CAUSAL)).to.have.length(1);
    expect(found('Reformasi strengthens the demands', CAUSAL)).to.have.length(1);
    expect(found('Law No. 25 of 2009 made the push stronger still.', CAUSAL)).to.have.length(1);
    expect(found('After the meeting, OGP was launched', [ORDER_WORDS])).to.have.length(1);
    expect(otherSecretariatNames('the OGI Secretariat, Seknas OGI', SECRETARIAT_NAMES.en)).to.have.length(1);
    expect(
      otherSecretariatNames('the National Secretariat of Open Government Indonesia', SECRETARIAT_NAMES.en),
    ).to.have.length(1);
    expect(otherSecretariatNames('Sekretariat Nasional OGI', SECRETARIAT_NAMES.id)).to.have.length(1);
    expect(
      otherSecretariatNames(
        'Sekretariat Nasional (Seknas) OGI; Seknas OGI; Sekretariat Open Government Indonesia',
        SECRETARIAT_NAMES.id,
      ),
    ).to.deep.equal([]);
  });
});
