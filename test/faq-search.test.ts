/**
 * `<ogi-faq searchable>`, a unit of the FAQ: the search field, filtering by question and answer
 * (word beginnings, any case, with or without diacritics), the marks, the count in the live
 * region, no match and its button, Escape, the URL hash and `openAll()` while filtered, print,
 * regional questions, the `ogi-faq-search` event, and a server-rendered fragment taken over.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/faq/ogi-faq.js';
import type { OgiFaq, OgiFaqSearchDetail } from '../src/components/faq/ogi-faq.js';
import { faqContent, type FaqItem } from '../src/content/faq.js';
import { q, qa, text, until } from './support/dom.js';

const field = (el: Element) => q<HTMLInputElement>(el, 'input[type="search"]');
const shownIds = (el: Element) =>
  qa<HTMLDetailsElement>(el, 'details.item')
    .filter((d) => !d.hidden)
    .map((d) => d.id);
const marks = (el: Element) => qa(el, 'mark').map((m) => m.textContent);
const status = (el: Element) => text(q(el, '[part~="status"]'));

/** Whether the search module has given `el` its styles (it attaches once loaded). */
const attached = (el: Element) =>
  el.shadowRoot!.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.startsWith('mark')));

/** A searchable FAQ whose search module has loaded. */
async function searchable(markup = html`<ogi-faq searchable lang="id"></ogi-faq>`): Promise<OgiFaq> {
  const el = await fixture<OgiFaq>(markup);
  await until(() => attached(el), 'the search module');
  await el.updateComplete;
  return el;
}

/** Types `query` into the field as an `input` event reports it, and waits for the render. */
async function search(el: OgiFaq, query: string): Promise<void> {
  const input = field(el);
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Opens the questions shown (`openAll()`), and waits for their answers to be marked (a frame, then an update). */
async function openShown(el: OgiFaq): Promise<void> {
  const shown = qa<HTMLDetailsElement>(el, 'details.item:not([hidden])');
  // Toggle events come in order: the last one means every one has run, and the search has asked for its frame.
  const last = oneEvent(shown.at(-1)!, 'toggle');
  await el.openAll();
  await last;
  await nextFrame();
  await el.updateComplete;
}

/** Waits for the `ogi-faq-search` the pause after typing brings, and for the announcement it follows. */
async function paused(el: OgiFaq): Promise<OgiFaqSearchDetail> {
  const { detail } = await oneEvent(el, 'ogi-faq-search');
  await el.updateComplete;
  return detail;
}

const bundled = faqContent.id.items.length;

const CAFE: FaqItem[] = [
  { id: 'kafe-rakyat', question: 'Apa itu Kafé Rakyat?', answer: ['Tempat warga berdiskusi.'] },
  { id: 'kafe-lain', question: 'Di mana kafe lain?', answer: ['Di balai desa.'] },
  { id: 'jadwal', question: 'Kapan jadwalnya?', answer: ['Setiap KAFE buka: pukul 9.'] },
  { id: 'lain', question: 'Pertanyaan lain', answer: ['Tidak ada hubungannya.'] },
];

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<ogi-faq searchable>', () => {
  afterEach(clearHash);

  describe('the field', () => {
    it('is there only with `searchable`, which reflects', async () => {
      const el = await fixture<OgiFaq>(html`<ogi-faq lang="id"></ogi-faq>`);
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
      el.searchable = true;
      await el.updateComplete;
      expect(el.hasAttribute('searchable')).to.equal(true);
      expect(field(el)).to.exist;
      el.removeAttribute('searchable');
      await el.updateComplete;
      expect(el.searchable).to.equal(false);
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    });

    it('is a real search input above the questions, labelled in the widget’s language', async () => {
      for (const [lang, label] of [
        ['id', 'Cari pertanyaan'],
        ['en', 'Search questions'],
      ]) {
        const el = await fixture<OgiFaq>(html`<ogi-faq searchable lang=${lang}></ogi-faq>`);
        const input = field(el);
        expect(input.type).to.equal('search');
        expect(input.getAttribute('part')).to.equal('search');
        expect(input.labels?.length).to.equal(1);
        expect(text(input.labels![0])).to.equal(label);
        // Above the questions.
        expect(input.compareDocumentPosition(q(el, '[part~="list"]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
          0,
        );
      }
    });
  });

  describe('filtering', () => {
    it('filters by question and by answer text', async () => {
      const el = await searchable(html`<ogi-faq searchable lang="id" .items=${CAFE}></ogi-faq>`);
      await search(el, 'balai');
      expect(shownIds(el), 'a word of an answer').to.deep.equal(['kafe-lain']);
      await search(el, 'jadwal');
      expect(shownIds(el), 'a word of a question').to.deep.equal(['jadwal']);
      await search(el, '');
      expect(shownIds(el)).to.deep.equal(CAFE.map((i) => i.id));
    });

    it('ignores case and diacritics, in the query and in the text', async () => {
      const el = await searchable(html`<ogi-faq searchable lang="id" .items=${CAFE}></ogi-faq>`);
      await search(el, 'KAFE');
      await openShown(el);
      expect(shownIds(el)).to.deep.equal(['kafe-rakyat', 'kafe-lain', 'jadwal']);
      expect(marks(el)).to.deep.equal(['Kafé', 'kafe', 'KAFE']);
      await search(el, 'kafé');
      expect(shownIds(el)).to.deep.equal(['kafe-rakyat', 'kafe-lain', 'jadwal']);
    });

    it('matches the beginnings of words only, every word of the query', async () => {
      const el = await searchable();
      await search(el, 'lapor');
      expect(shownIds(el)).to.include('inovasi-ogi');
      await openShown(el);
      expect(marks(el)).to.include('LAPOR');
      await search(el, 'seknas');
      expect(shownIds(el)).to.include('apa-itu-seknas-ogi');
      expect(shownIds(el).length).to.be.below(bundled);
      expect(marks(el).every((m) => m!.toLowerCase() === 'seknas')).to.equal(true);
      // Inside a word: no match ("Sekretariat").
      await search(el, 'kretariat');
      expect(shownIds(el)).to.deep.equal([]);
      // Two words: both must begin a word of the same question.
      await search(el, 'seknas fungsi');
      expect(shownIds(el)).to.deep.equal(['fungsi-seknas-ogi']);
    });

    it('follows the query as it grows and shrinks, a word at a time or a letter', async () => {
      const el = await searchable(html`<ogi-faq searchable lang="id" .items=${CAFE}></ogi-faq>`);
      const steps: [string, string[]][] = [
        ['d', ['kafe-lain']],
        ['di', ['kafe-lain']],
        ['di b', ['kafe-lain']],
        ['di', ['kafe-lain']],
        ['', CAFE.map((i) => i.id)],
        ['k', ['kafe-rakyat', 'kafe-lain', 'jadwal']],
        ['ka', ['kafe-rakyat', 'kafe-lain', 'jadwal']],
        ['kap', ['jadwal']],
        ['ka', ['kafe-rakyat', 'kafe-lain', 'jadwal']],
        ['kafe tempat', ['kafe-rakyat']],
        ['tempat kafe', ['kafe-rakyat']],
        ['kafe', ['kafe-rakyat', 'kafe-lain', 'jadwal']],
        ['lain kafe', ['kafe-lain']],
        ['lain', ['kafe-lain', 'lain']],
      ];
      for (const [query, ids] of steps) {
        await search(el, query);
        expect(shownIds(el), query).to.deep.equal(ids);
      }
    });

    it('finds "seknas" in "Sekretariat Nasional (Seknas)" in English too', async () => {
      const el = await searchable(html`<ogi-faq searchable lang="en"></ogi-faq>`);
      await search(el, 'Seknas');
      expect(shownIds(el)).to.include('apa-itu-seknas-ogi');
      await search(el, 'lapor');
      expect(shownIds(el)).to.include('inovasi-ogi');
    });

    it('marks each match with <mark part="mark">, in questions and open answers, and removes the marks when cleared', async () => {
      const el = await searchable(html`<ogi-faq searchable lang="id" .items=${CAFE}></ogi-faq>`);
      await search(el, 'di');
      // A closed answer is not marked (its marks are not seen): opening it marks it.
      expect(marks(el)).to.deep.equal(['Di']);
      const details = q<HTMLDetailsElement>(el, '#kafe-lain');
      const toggled = oneEvent(details, 'toggle');
      q(el, '#kafe-lain summary').click();
      await toggled;
      await nextFrame();
      await el.updateComplete;
      const found = qa(el, 'mark');
      expect(found.map((m) => m.getAttribute('part'))).to.deep.equal(found.map(() => 'mark'));
      // "Di mana" (question), "berdiskusi" (answer: "di" begins no word there) and "Di balai" (answer).
      expect(found.map((m) => m.closest('[part]:not(mark)')!.getAttribute('part'))).to.deep.equal([
        'question',
        'answer',
      ]);
      expect(text(q(el, '#kafe-lain summary'))).to.equal('Di mana kafe lain?');
      await search(el, '');
      expect(qa(el, 'mark')).to.have.length(0);
      expect(text(q(el, '#kafe-lain summary'))).to.equal('Di mana kafe lain?');
    });

    const SHOP: FaqItem[] = [
      { id: 'a', question: 'Apa itu kafe?', answer: ['Ada kedai juga.'] },
      { id: 'b', question: 'Kafe dan kedai', answer: ['Sama saja.'] },
      { id: 'c', question: 'Lain lagi', answer: ['Tidak ada.'] },
    ];
    /** The nodes in a question's text: one text node, as Lit drew it, once nothing is marked. */
    const questionNodes = (el: Element, id: string) => Array.from(q(el, `#${id} .question-text`).childNodes);

    it('redraws on a keystroke only the questions whose marks change; the others keep their nodes', async () => {
      const el = await searchable(html`<ogi-faq searchable lang="id" .items=${SHOP}></ogi-faq>`);
      const details = qa(el, 'details.item');
      await search(el, 'kafe');
      expect(shownIds(el)).to.deep.equal(['a', 'b']);
      const [a, b] = [q(el, '#a mark'), q(el, '#b mark')];
      // "kedai" is in a's answer (closed, so not marked): a's question is marked as before.
      await search(el, 'kafe kedai');
      expect(shownIds(el)).to.deep.equal(['a', 'b']);
      expect(q(el, '#a mark'), 'the same node').to.equal(a);
      expect(questionNodes(el, 'a').includes(a)).to.equal(true);
      expect(q(el, '#b mark'), 'drawn anew').to.not.equal(b);
      expect(qa(el, '#b mark').map((m) => m.textContent)).to.deep.equal(['Kafe', 'kedai']);
      expect(text(q(el, '#b summary'))).to.equal('Kafe dan kedai');
      expect(qa(el, 'details.item'), 'the same questions').to.deep.equal(details);
      await search(el, '');
      expect(qa(el, 'mark')).to.have.length(0);
      for (const item of SHOP) {
        const nodes = questionNodes(el, item.id).filter((n) => n.nodeType === Node.TEXT_NODE);
        expect(nodes.map((n) => n.textContent)).to.deep.equal([item.question]);
      }
    });

    it('keeps filtering and marking when the items change while a search is applied', async () => {
      const el = await searchable(html`<ogi-faq searchable lang="id" .items=${SHOP}></ogi-faq>`);
      await search(el, 'kafe');
      q(el, '#b summary').click();
      await oneEvent(q(el, '#b'), 'toggle');
      el.items = [
        SHOP[0],
        { id: 'b', question: 'Kafe, kedai dan warung', answer: ['Kafe juga.'] },
        SHOP[2],
        { id: 'd', question: 'Kafe baru', answer: [] },
      ];
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['a', 'b', 'd']);
      expect(text(q(el, '#b summary'))).to.equal('Kafe, kedai dan warung');
      expect(qa(el, '#b .question-text mark').map((m) => m.textContent)).to.deep.equal(['Kafe']);
      // b is still open: its new answer is marked.
      expect(qa(el, '#b .answer mark').map((m) => m.textContent)).to.deep.equal(['Kafe']);
      expect(qa(el, '#d mark').map((m) => m.textContent)).to.deep.equal(['Kafe']);
      expect(text(q(el, '.toolbar button'))).to.equal(faqContent.id.openAll);
      await search(el, 'warung');
      expect(shownIds(el)).to.deep.equal(['b']);
      expect(qa(el, 'mark').map((m) => m.textContent)).to.deep.equal(['warung']);
      // The only question shown is open: the button closes it.
      expect(text(q(el, '.toolbar button'))).to.equal(faqContent.id.closeAll);
      await paused(el);
      expect(status(el)).to.equal('1 dari 4 pertanyaan');
      await search(el, '');
      expect(shownIds(el)).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(qa(el, 'mark')).to.have.length(0);
      expect(text(q(el, '#b .answer'))).to.equal('Kafe juga.');
    });

    it('in a long list, marks each question shown before its content is painted, and all once typing pauses', async () => {
      // Over 100 questions: the browser skips the content of those off screen (content-visibility).
      const many: FaqItem[] = Array.from({ length: 150 }, (_, i) => ({
        id: `q${i}`,
        question: `Pertanyaan ${i} tentang ${i % 2 ? 'kedai' : 'kafe'}`,
        answer: [],
      }));
      const el = await searchable(html`<ogi-faq searchable lang="id" .items=${many}></ogi-faq>`);
      expect(q(el, '[part~="list"]').classList.contains('long')).to.equal(true);
      const shownDetails = () => qa<HTMLDetailsElement>(el, 'details.item:not([hidden])');
      const marksIn = (d: Element) => Array.from(d.querySelectorAll('mark'), (m) => m.textContent);
      /**
       * Every question shown whose content the browser renders has its mark, at each of a few
       * frames, at the latest one frame after it is first rendered: the browser tells of a question
       * coming into view (`contentvisibilityautostatechange`) as it renders it, and Firefox on a busy
       * machine may paint that frame before the mark is drawn.
       */
      const markedWhereRendered = async () => {
        let late: HTMLDetailsElement[] = [];
        for (let frame = 0; frame < 5; frame++) {
          await nextFrame();
          for (const d of late) expect(marksIn(d), `${d.id}, a frame later`).to.deep.equal(['kafe']);
          late = shownDetails().filter(
            (d) =>
              d.querySelector('.question-text')!.checkVisibility({ contentVisibilityAuto: true }) &&
              marksIn(d).length !== 1,
          );
        }
        await nextFrame();
        for (const d of late) expect(marksIn(d), `${d.id}, a frame later`).to.deep.equal(['kafe']);
      };
      // Listened for at once: the frames below may take longer than the pause.
      let pause = paused(el);
      await search(el, 'kafe');
      await markedWhereRendered();
      shownDetails().at(-1)!.scrollIntoView();
      await markedWhereRendered();
      await until(() => marksIn(shownDetails().at(-1)!).length === 1, 'the last question, scrolled to, marked');
      await pause;
      expect(shownDetails()).to.have.length(75);
      expect(shownDetails().map((d) => marksIn(d).length)).to.deep.equal(shownDetails().map(() => 1));
      pause = paused(el);
      await search(el, '');
      await pause;
      expect(qa(el, 'mark')).to.have.length(0);
      window.scrollTo(0, 0);
    });

    it('shows every question unmarked once `searchable` is removed while filtered', async () => {
      const el = await searchable(html`<ogi-faq searchable lang="id" .items=${SHOP}></ogi-faq>`);
      await search(el, 'kafe');
      expect(shownIds(el)).to.deep.equal(['a', 'b']);
      el.searchable = false;
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['a', 'b', 'c']);
      expect(qa(el, 'mark')).to.have.length(0);
      expect(text(q(el, '#b summary'))).to.equal('Kafe dan kedai');
    });

    it('keeps the search across a change of language, and marks the questions in the new one', async () => {
      const el = await searchable();
      await search(el, 'seknas');
      const id = 'apa-itu-seknas-ogi';
      el.lang = 'en';
      await el.updateComplete;
      expect(shownIds(el)).to.include(id);
      expect(shownIds(el).length).to.be.below(faqContent.en.items.length);
      expect(text(q(el, `#${id} summary`))).to.equal(faqContent.en.items.find((i) => i.id === id)!.question);
      expect(marks(el).length).to.be.above(0);
      expect(marks(el).every((m) => m!.toLowerCase() === 'seknas')).to.equal(true);
      await search(el, '');
      expect(shownIds(el)).to.have.length(faqContent.en.items.length);
      expect(marks(el)).to.have.length(0);
    });

    it('searches regional questions like the national ones', async () => {
      const content = {
        faq: {
          items: [
            {
              id: 'ogi-di-contoh',
              question: { id: 'Apa itu OGI di Kabupaten Contoh?', en: 'What is OGI in Contoh Regency?' },
              answer: [{ id: 'Jawaban tentang Bupati.', en: 'An answer about the Regent.' }],
            },
          ],
        },
      };
      for (const [lang, query] of [
        ['id', 'bupati'],
        ['en', 'regent'],
      ]) {
        const el = await searchable(html`<ogi-faq searchable lang=${lang} .content=${content}></ogi-faq>`);
        await search(el, query);
        expect(shownIds(el)).to.deep.equal(['ogi-di-contoh']);
        await search(el, 'ogi contoh');
        expect(shownIds(el)).to.deep.equal(['ogi-di-contoh']);
        await search(el, 'seknas');
        expect(shownIds(el)).to.include('apa-itu-seknas-ogi');
      }
    });
  });

  describe('a long list (1,000 questions)', () => {
    // Every third question is about a "kafe": the search for it hides two in three.
    const KINDS = ['kafe', 'kedai', 'warung'];
    const many: FaqItem[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `q${i}`,
      question: `Pertanyaan ${i} tentang ${KINDS[i % 3]}`,
      answer: [`Jawaban ${i}.`],
    }));
    const kafe = many.filter((_, i) => i % 3 === 0).map((item) => item.id);
    const all = (el: Element) => qa<HTMLDetailsElement>(el, 'details.item');
    const marksIn = (d: Element) => Array.from(d.querySelectorAll('.question-text mark'), (m) => m.textContent);
    const long = () => searchable(html`<ogi-faq searchable lang="id" .items=${many}></ogi-faq>`);

    afterEach(() => window.scrollTo(0, 0));

    /**
     * The questions the reader sees (within the viewport), in order, are those the search shows
     * there, none missing between them, each marked where the browser renders its content.
     */
    function seenAsFound(el: OgiFaq, shown: readonly string[], mark: string | undefined, marked = true): void {
      const seen = all(el).filter((d) => {
        const r = d.getBoundingClientRect();
        return !d.hidden && r.bottom > 0 && r.top < innerHeight;
      });
      expect(seen.length, 'some questions seen').to.be.above(0);
      const ids = seen.map((d) => d.id);
      const from = shown.indexOf(ids[0]);
      expect(ids, 'the questions seen').to.deep.equal(shown.slice(from, from + ids.length));
      // The top of the list in view: the first question seen is the first found.
      if (q(el, '[part~="list"]').getBoundingClientRect().top > 0) expect(from).to.equal(0);
      if (marked)
        for (const d of seen)
          if (d.querySelector('.question-text')!.checkVisibility({ contentVisibilityAuto: true }))
            expect(marksIn(d), d.id).to.deep.equal(mark ? [mark] : []);
    }

    it('shows at the next frame, per keystroke, the questions on screen as found; all of them once typing pauses', async () => {
      const el = await long();
      expect(q(el, '[part~="list"]').classList.contains('long')).to.equal(true);
      const pause = paused(el);
      for (const [query, found] of [
        ['k', many.filter((_, i) => i % 3 < 2).map((item) => item.id)],
        ['ka', kafe],
        ['kafe', kafe],
      ] as const) {
        await search(el, query);
        await nextFrame();
        seenAsFound(el, found, query);
      }
      await pause;
      expect(all(el).map((d) => !d.hidden)).to.deep.equal(many.map((_, i) => i % 3 === 0));
      expect(all(el).map((d) => marksIn(d).length)).to.deep.equal(many.map((_, i) => (i % 3 === 0 ? 1 : 0)));
      // Cleared: the same at once on screen, and in full once typing pauses.
      const cleared = paused(el);
      await search(el, '');
      await nextFrame();
      seenAsFound(
        el,
        many.map((item) => item.id),
        undefined,
      );
      expect((await cleared).count).to.equal(1000);
      expect(all(el).every((d) => !d.hidden)).to.equal(true);
      expect(qa(el, 'mark')).to.have.length(0);
    });

    it('announces, and says in ogi-faq-search, how many questions are found in all, not how many are shown yet', async () => {
      const el = await long();
      await search(el, 'kafe');
      const detail = await paused(el);
      expect(detail).to.deep.equal({ query: 'kafe', count: kafe.length });
      expect(status(el)).to.equal(`${kafe.length} dari 1000 pertanyaan`);
    });

    it('openAll() right after a keystroke opens exactly the questions found, and the button then closes them', async () => {
      const el = await long();
      await search(el, 'kafe');
      await el.openAll();
      await el.updateComplete;
      expect(
        all(el)
          .filter((d) => d.open)
          .map((d) => d.id),
      ).to.deep.equal(kafe);
      expect(
        all(el)
          .filter((d) => !d.hidden)
          .map((d) => d.id),
      ).to.deep.equal(kafe);
      expect(text(q(el, '.toolbar button'))).to.equal(faqContent.id.closeAll);
      await el.closeAll();
      expect(all(el).some((d) => d.open)).to.equal(false);
    });

    it('scrolled to the end right after a keystroke, shows no question the search hides after two frames', async () => {
      const el = await long();
      await search(el, 'kafe');
      window.scrollTo(0, document.documentElement.scrollHeight);
      await nextFrame();
      await nextFrame();
      // Scrolled to the end again: the list is shorter now.
      window.scrollTo(0, document.documentElement.scrollHeight);
      await nextFrame();
      await nextFrame();
      // Only questions found, none missing between them, each marked once the browser renders it.
      seenAsFound(el, kafe, undefined, false);
      await until(() => {
        try {
          seenAsFound(el, kafe, 'kafe');
          return true;
        } catch {
          return false;
        }
      }, 'the questions at the end marked');
    });

    it('show() right after a keystroke clears the search only for a question it hides', async () => {
      const el = await long();
      await search(el, 'kafe');
      // Far down the list, found: the search stays.
      expect(await el.show('q900')).to.equal(true);
      expect(field(el).value).to.equal('kafe');
      expect(q<HTMLDetailsElement>(el, '#q900').open).to.equal(true);
      expect(
        all(el)
          .filter((d) => !d.hidden)
          .map((d) => d.id),
      ).to.deep.equal(kafe);
      // Far down, not found: cleared.
      await search(el, 'kafe');
      expect(await el.show('q901')).to.equal(true);
      expect(field(el).value).to.equal('');
      expect(q<HTMLDetailsElement>(el, '#q901').hidden).to.equal(false);
      await el.updateComplete;
      expect(all(el).every((d) => !d.hidden)).to.equal(true);
    });

    it('new items while a keystroke is still being applied: filtered and marked as the search has them', async () => {
      const el = await long();
      await search(el, 'kafe');
      el.items = many.slice(0, 600);
      await el.updateComplete;
      const pause = paused(el);
      await search(el, 'kafe');
      await pause;
      expect(
        all(el)
          .filter((d) => !d.hidden)
          .map((d) => d.id),
      ).to.deep.equal(kafe.filter((id) => +id.slice(1) < 600));
      el.searchable = false;
      await el.updateComplete;
      expect(all(el).every((d) => !d.hidden)).to.equal(true);
      expect(qa(el, 'mark')).to.have.length(0);
    });
  });

  describe('what is said', () => {
    it('announces how many questions are shown once typing pauses, in each language', async () => {
      const el = await searchable();
      await search(el, 'seknas');
      const n = shownIds(el).length;
      await paused(el);
      expect(status(el)).to.equal(`${n} dari ${bundled} pertanyaan`);

      const en = await searchable(html`<ogi-faq searchable lang="en"></ogi-faq>`);
      await search(en, 'seknas');
      await paused(en);
      expect(status(en)).to.equal(`${shownIds(en).length} of ${faqContent.en.items.length} questions`);
    });

    it('fires ogi-faq-search once typing pauses, with the query and the count', async () => {
      const el = await searchable();
      const seen: OgiFaqSearchDetail[] = [];
      el.addEventListener('ogi-faq-search', (e) => seen.push(e.detail));
      await search(el, 's');
      await search(el, 'se');
      await search(el, 'seknas');
      const detail = await paused(el);
      expect(detail).to.deep.equal({ query: 'seknas', count: shownIds(el).length });
      // Debounced: one event for the three keystrokes.
      expect(seen).to.deep.equal([detail]);
    });

    it('says when nothing matches, with a button that clears the search', async () => {
      for (const [lang, message, clear] of [
        ['id', 'Tidak ada pertanyaan yang cocok.', 'Hapus pencarian'],
        ['en', 'No question matches your search.', 'Clear search'],
      ]) {
        const el = await searchable(html`<ogi-faq searchable lang=${lang}></ogi-faq>`);
        await search(el, 'zzzz');
        expect(shownIds(el)).to.deep.equal([]);
        const none = q(el, '.none');
        expect(text(none)).to.equal(`${message} ${clear}`);
        const openAll = q(el, '.toolbar button');
        expect(openAll.getClientRects().length, '"Open all" has nothing to open').to.equal(0);
        const button = none.querySelector<HTMLButtonElement>('button')!;
        expect(button.getAttribute('part')).to.equal('clear');
        button.click();
        await el.updateComplete;
        expect(field(el).value).to.equal('');
        expect(shownIds(el)).to.have.length(lang === 'id' ? bundled : faqContent.en.items.length);
        expect(el.shadowRoot!.querySelector('.none')).to.equal(null);
        expect(openAll.getClientRects().length, '"Open all" is back').to.equal(1);
        expect(el.shadowRoot!.activeElement, 'focus back in the field').to.equal(field(el));
        const detail = await paused(el);
        expect(detail.query).to.equal('');
      }
    });
  });

  describe('keys, hash, open all, print', () => {
    it('types with the keyboard, and Escape clears', async () => {
      const el = await searchable();
      field(el).focus();
      await sendKeys({ type: 'seknas' });
      await el.updateComplete;
      expect(shownIds(el).length).to.be.below(bundled);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(field(el).value).to.equal('');
      expect(shownIds(el)).to.have.length(bundled);
    });

    it('opens the question the URL hash names even while the search hides it', async () => {
      const el = await searchable();
      await search(el, 'lapor');
      expect(shownIds(el)).to.not.include('apa-itu-seknas-ogi');
      location.hash = '#apa-itu-seknas-ogi';
      await oneEvent(el, 'ogi-faq-toggle');
      const details = q<HTMLDetailsElement>(el, '#apa-itu-seknas-ogi');
      expect(details.hidden).to.equal(false);
      expect(details.open).to.equal(true);
      expect(field(el).value, 'the search is cleared').to.equal('');
      expect(shownIds(el)).to.have.length(bundled);
      expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
    });

    it('show() clears a search that hides the question, then opens it', async () => {
      const el = await searchable();
      await search(el, 'lapor');
      expect(await el.show('sejarah-ogi')).to.equal(true);
      expect(q<HTMLDetailsElement>(el, '#sejarah-ogi').open).to.equal(true);
      expect(shownIds(el)).to.have.length(bundled);
    });

    it('openAll() and the button open only the questions shown', async () => {
      const el = await searchable();
      await search(el, 'seknas');
      const shown = shownIds(el);
      await el.openAll();
      await el.updateComplete;
      const open = qa<HTMLDetailsElement>(el, 'details.item')
        .filter((d) => d.open)
        .map((d) => d.id);
      expect(open).to.deep.equal(shown);
      // All those shown are open: the button now closes them.
      expect(text(q(el, '.toolbar button'))).to.equal(faqContent.id.closeAll);
      // Cleared: the others are still closed, and the button opens again.
      await search(el, '');
      expect(text(q(el, '.toolbar button'))).to.equal(faqContent.id.openAll);
      q<HTMLButtonElement>(el, '.toolbar button').click();
      await el.updateComplete;
      // A question the search hid while open counts as open once shown again.
      await search(el, 'seknas');
      expect(text(q(el, '.toolbar button'))).to.equal(faqContent.id.closeAll);
    });

    it('prints every question, whatever the search hides', async () => {
      const el = await searchable();
      await search(el, 'lapor');
      const hidden = q<HTMLDetailsElement>(el, '#sejarah-ogi');
      expect(hidden.hidden).to.equal(true);
      const printed: string[] = [];
      for (const sheet of el.shadowRoot!.adoptedStyleSheets)
        for (const rule of Array.from(sheet.cssRules))
          if (rule instanceof CSSMediaRule && rule.conditionText === 'print')
            for (const inner of Array.from(rule.cssRules)) printed.push(inner.cssText);
      expect(printed.some((r) => r.startsWith('.item[hidden]') && r.includes('display: block'))).to.equal(true);
      // Only Chromium emulates print media (see faq.test.ts).
      if (!navigator.userAgent.includes('Chrome/')) return;
      expect(hidden.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        expect(hidden.checkVisibility()).to.equal(true);
        expect(getComputedStyle(q(el, '.toolbar')).display, 'no field on paper').to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('accessibility', () => {
    for (const lang of ['id', 'en'])
      for (const theme of ['light', 'dark']) {
        it(`passes axe filtered, its matches marked and open (${lang}, ${theme})`, async () => {
          const el = await searchable(html`<ogi-faq searchable lang=${lang} theme=${theme}></ogi-faq>`);
          await search(el, 'seknas');
          await el.openAll();
          expect(qa(el, 'mark').length).to.be.above(0);
          await expect(el).to.be.accessible();
        });

        it(`passes axe with no match (${lang}, ${theme})`, async () => {
          const el = await searchable(html`<ogi-faq searchable lang=${lang} theme=${theme}></ogi-faq>`);
          await search(el, 'zzzz');
          expect(el.shadowRoot!.querySelector('.none')).to.exist;
          await expect(el).to.be.accessible();
        });
      }
  });

  describe('the classic script', () => {
    it('loads the search from beside itself (dist/ogi-faq-search.js), and it works', async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 900px; height: 700px; border: 0';
      frame.srcdoc = `<!doctype html><html lang="id"><head><meta charset="utf-8"><script src="/dist/ogi-widgets.iife.js"></script></head><body><ogi-faq searchable></ogi-faq></body></html>`;
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & typeof globalThis;
        const el = win.document.querySelector('ogi-faq') as OgiFaq;
        await el.updateComplete;
        await until(() => attached(el), 'the search module, next to the classic script');
        const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
        expect(scripts).to.include('/dist/ogi-faq-search.js');
        await search(el, 'lapor');
        expect(shownIds(el)).to.deep.equal(['inovasi-ogi']);
      } finally {
        frame.remove();
      }
    });
  });

  describe('server-rendered', () => {
    interface Run {
      code: number;
      stdout: string;
      stderr: string;
    }

    it('renders the field in the fragment, which works once the script takes it over', async () => {
      const [run] = await executeServerCommand<Run[], unknown>('ssr-render', {
        via: 'api',
        jobs: [{ tag: 'ogi-faq', options: { lang: 'en', searchable: true } }],
      });
      expect(run.stderr).to.equal('');
      expect(run.stdout).to.match(/^<ogi-faq lang="en" theme="light" searchable /);
      const plain = run.stdout.replace(/<!--[^>]*-->/g, '');
      expect(plain.includes('Search questions<input part="search" type="search"'), 'the field').to.equal(true);

      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 900px; height: 700px; border: 0';
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${run.stdout}</body></html>`;
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & typeof globalThis;
        const doc = frame.contentDocument!;
        const el = doc.querySelector('ogi-faq') as OgiFaq;
        // The declarative shadow root has the field before any script.
        const before = el.shadowRoot!.querySelector('input[type="search"]');
        expect(before).to.exist;
        const warnings: string[] = [];
        const warn = win.console.warn;
        win.console.warn = (...a: unknown[]) => (warnings.push(a.join(' ')), warn(...a));
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = '/dist/ogi-widgets.js';
        doc.head.append(script);
        await win.customElements.whenDefined('ogi-faq');
        await el.updateComplete;
        expect(
          warnings.filter((w) => w.includes('drawn anew')),
          'taken over, not drawn anew',
        ).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('input[type="search"]'), 'the same field').to.equal(before);
        await until(() => attached(el), 'the search module, next to the bundle');
        await search(el, 'seknas');
        expect(shownIds(el)).to.include('apa-itu-seknas-ogi');
        expect(shownIds(el).length).to.be.below(faqContent.en.items.length);
        expect(marks(el).length).to.be.above(0);
      } finally {
        frame.remove();
      }
    });
  });
});
