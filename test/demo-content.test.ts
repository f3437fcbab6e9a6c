/**
 * The demo's "Your content" panel: a content file pasted, loaded or
 * taken from the example, checked with the widgets' own check, applied live to the preview, and
 * carried by the snippet inline or as a `content-src` file. Set up as test/demo.test.ts is.
 */
import { expect } from '@open-wc/testing';
import {
  CONTENT_FILE,
  checkContent,
  contentFile,
  contentFor,
  inlineJson,
  type SnippetContent,
} from '../demo/content.js';
import { CONTENT_DELAY_MS } from '../demo/demo.js';
import { scriptFile, snippet } from '../demo/snippet.js';
import { readState } from '../demo/state.js';
import { strings } from '../demo/strings.js';
import { read, type ContentError } from '../src/shared/regional.js';
import {
  KEYS,
  axe,
  closeFrames,
  example,
  openDemo,
  pasteIntoBlank,
  previewWidget,
  shows,
  snippetText,
  statusText,
  text,
  type,
  until,
  type DemoPage,
} from './support/demo-page.js';
import { sleep, type Widget } from './support/dom.js';

afterEach(closeFrames);

async function loadExample(page: DemoPage): Promise<void> {
  page.$<HTMLButtonElement>('#content-example').click();
  await until(() => statusText(page) !== '', 'the example to be checked');
}

const BAD = JSON.stringify(
  {
    contact: {
      organization: 'Dinas Kominfo Kabupaten Contoh',
      email: 'not an address',
      mapUrl: 'javascript:alert(1)',
    },
    faq: {
      items: [
        { id: 'satu', question: 'Q?', answer: 'A.' },
        { id: 'dua', answer: 'A.' },
        { id: 'tiga', question: 3, answer: 'A.' },
      ],
    },
  },
  null,
  2,
);

/* ------------------------------------------------------------------ */

describe('demo/example-content.json and demo/content.ts', () => {
  it('ships a valid example for a made-up regency, named as an example in both languages', async () => {
    const raw = await example();
    const errors: ContentError[] = [];
    read(raw, undefined, errors);
    expect(errors).to.deep.equal([]);
    const contact = raw.contact as { organization: Record<string, string>; phone: string };
    expect(contact.organization.id).to.contain('(contoh)');
    expect(contact.organization.en).to.contain('(example)');
    expect(contact.phone).to.match(/^\+62 /);
    const faq = raw.faq as { items: { question: Record<string, string> }[] };
    expect(faq.items).to.have.length(2);
    for (const q of faq.items) expect(Object.keys(q.question)).to.include.members(['id', 'en']);
    expect((raw['ogp-timeline'] as { events: unknown[] }).events).to.have.length(1);
    expect((raw.about as { sections: unknown[] }).sections).to.have.length(1);
  });

  it('checks text as the widgets do: JSON paths, or the parser’s position', () => {
    expect(checkContent('')).to.deep.equal({ errors: [] });
    const bad = checkContent(BAD);
    expect(bad.errors).to.deep.include({ path: 'contact.email', message: 'expected an e-mail address' });
    expect(bad.errors).to.deep.include({ path: 'contact.mapUrl', message: 'expected an http(s) link' });
    expect(bad.errors).to.deep.include({ path: 'faq.items[1].question', message: 'required' });
    expect(bad.errors).to.deep.include({ path: 'faq.items[2].question', message: 'expected text' });
    const broken = checkContent('{\n  "contact": {\n    "email": "a@b.go.id",\n  }\n}');
    expect(broken.value).to.equal(undefined);
    expect(broken.syntax!.message).to.be.a('string').and.not.equal('');
    // V8 and SpiderMonkey give a position (the trailing comma's closing brace); JavaScriptCore does not.
    if (broken.syntax!.line !== undefined) expect(broken.syntax!.line).to.be.within(3, 4);
  });

  it('gives each element its own part and the language packs, and escapes "<" inline', () => {
    const value = { contact: { title: '</script><b>' }, faq: {}, languages: { jv: {} }, $schema: 'x' };
    expect(contentFor(value, 'ogi-contact')).to.deep.equal({ contact: value.contact, languages: { jv: {} } });
    expect(contentFor({ faq: {} }, 'ogi-about')).to.equal(undefined);
    expect(contentFor([], 'ogi-about')).to.deep.equal([]);
    expect(inlineJson(value)).not.to.contain('<');
    expect(JSON.parse(inlineJson(value))).to.deep.equal(value);
    expect(contentFile(value)).to.contain('</script>');
  });

  it('writes the snippet with an inline JSON child, or content-src', () => {
    const state = readState(new URLSearchParams('w=all'));
    const value = { contact: { email: 'a@b.go.id' } };
    const inline = snippet(state, undefined, { value, mode: 'inline' });
    expect(inline).to.contain(
      '<ogi-contact lang="id">\n  <script type="application/json">\n    {\n      "contact": {\n        "email": "a@b.go.id"\n      }\n    }\n  </script>\n</ogi-contact>',
    );
    // Nothing for the others: they stay as they were.
    expect(inline).to.contain('<ogi-faq lang="id"></ogi-faq>');
    const src = snippet(state, undefined, { value, mode: 'src' } satisfies SnippetContent);
    expect(src).to.contain(`<ogi-contact lang="id" content-src="${CONTENT_FILE}"></ogi-contact>`);
    expect(src).to.contain('<ogi-faq lang="id"></ogi-faq>');
    expect(snippet(state, undefined, undefined)).to.equal(snippet(state));
  });
});

describe('demo page: your content', function () {
  this.timeout(60000);

  it('the example: the preview shows the regional contact and questions, and the snippet carries them', async () => {
    const page = await openDemo('?lang=en&ui=en');
    expect(page.$('#content-group legend').textContent).to.equal(strings.en.contentLegend);
    expect(page.$('label[for="content"]').textContent).to.equal(strings.en.contentLabel);
    expect(page.$('#content-mode').hidden, 'no choice while there is no content').to.equal(true);
    await loadExample(page);
    expect(statusText(page)).to.equal(strings.en.contentOk);
    expect(page.$('#content-status').getAttribute('role')).to.equal('status');
    expect(page.$('#content').getAttribute('aria-invalid')).to.equal(null);

    const contact = await previewWidget(page, 'ogi-contact');
    const said = await shows(contact, 'OGI Secretariat of Contoh Regency (example)');
    expect(said).to.contain('+62 21 555 0100');
    expect(said).to.contain('ogi@contoh.go.id');
    const faq = await previewWidget(page, 'ogi-faq');
    const questions = await shows(faq, 'How does OGI work in Contoh Regency?');
    expect(questions).to.contain('How can residents propose a commitment?');
    await shows(await previewWidget(page, 'ogi-ogp-timeline'), 'Contoh Regency joins (example)');
    await shows(await previewWidget(page, 'ogi-about'), 'OGI in Contoh Regency (example)');

    const code = snippetText(page);
    expect(code.match(/<script type="application\/json">/g)).to.have.length(4);
    expect(code).to.contain('"organization": {');
    expect(page.$('#content-mode').hidden).to.equal(false);
    expect(page.$('#content-src-note').hidden).to.equal(true);
    // The URL does not carry it.
    await sleep(200);
    expect(page.win.location.search).not.to.contain('content');

    // Clear: back to the national content, and it says so.
    page.$<HTMLButtonElement>('#content-clear').click();
    await until(() => !text(contact).includes('Contoh'), 'the national contact again');
    expect(statusText(page)).to.equal(strings.en.contentCleared);
    expect(snippetText(page)).not.to.contain('application/json');
    expect(page.$('#content-mode').hidden).to.equal(true);
  });

  it('follows what is typed, once typing rests', async () => {
    const page = await openDemo('?w=contact');
    const contact = await previewWidget(page, 'ogi-contact');
    type(page, '{ "contact": { "organization": "Sekretariat OGI Kabupaten Contoh (contoh)" ');
    type(page, '{ "contact": { "organization": "Sekretariat OGI Kabupaten Contoh (contoh)" } }');
    // Not at once: it waits for the typing to rest.
    await sleep(CONTENT_DELAY_MS / 3);
    expect(text(contact)).not.to.contain('Kabupaten Contoh (contoh)');
    await shows(contact, 'Sekretariat OGI Kabupaten Contoh (contoh)');
    expect(statusText(page)).to.equal(strings.id.contentOk);
  });

  it('lists every problem with its JSON path, and keeps the valid rest', async () => {
    const page = await openDemo('?w=contact&ui=en');
    type(page, BAD);
    await until(() => statusText(page).includes('contact.email'), 'the problems to be listed');
    const items = [...page.doc.querySelectorAll('#content-status li')].map((li) => li.textContent);
    expect(items).to.include('contact.email: expected an e-mail address');
    expect(items).to.include('contact.mapUrl: expected an http(s) link');
    expect(items).to.include('faq.items[2].question: expected text');
    expect(statusText(page)).to.contain(strings.en.contentProblems(items.length));
    expect(page.$('#content').getAttribute('aria-invalid')).to.equal('true');
    expect(page.$('#content').getAttribute('aria-describedby')).to.contain('content-status');
    // The valid rest applies: the organisation is shown, the bad e--mail and link are not.
    const contact = await previewWidget(page, 'ogi-contact');
    const said = await shows(contact, 'Dinas Kominfo Kabupaten Contoh');
    expect(said).not.to.contain('not an address');
    expect(contact.shadowRoot!.querySelector('a[href^="javascript:"]')).to.equal(null);
    expect(await axe(page.doc)).to.deep.equal([]);
  });

  it('says when the text is not JSON, with the parser’s position where the browser gives one', async () => {
    const page = await openDemo('?w=contact');
    type(page, '{\n  "contact": {\n    "email": "ogi@contoh.go.id",\n  }\n}');
    await until(() => statusText(page).startsWith(strings.id.contentInvalidJson), 'the JSON error');
    const said = statusText(page);
    if (/baris \d+, kolom \d+/.test(said)) expect(said).to.match(/baris [34], kolom \d+/);
    expect(page.$('#content').getAttribute('aria-invalid')).to.equal('true');
    expect(snippetText(page)).not.to.contain('application/json');
  });

  it('the inline snippet, pasted into a blank page next to the built script, shows the same content', async () => {
    const query = '?lang=en&w=all&width=768';
    const page = await openDemo(query);
    await loadExample(page);
    // A "<" that would end the script if written as such.
    const raw = await example();
    const tricky = {
      ...raw,
      contact: { ...(raw.contact as object), intro: 'Not </script><b>bold</b>, just text.' },
    };
    type(page, JSON.stringify(tricky, null, 2));
    const contact = await previewWidget(page, 'ogi-contact');
    await shows(contact, 'Not </script><b>bold</b>, just text.');
    const code = snippetText(page);
    expect(code).to.contain('\\u003c/script>\\u003cb>bold\\u003c/b>');
    const file = scriptFile(readState(new URLSearchParams(query)));
    const bwin = await pasteIntoBlank(code, file, Object.keys(KEYS));
    for (const tag of Object.keys(KEYS)) {
      const there = bwin.document.querySelector<Widget>(tag)!;
      await there.updateComplete;
      const shown = await previewWidget(page, tag);
      expect(text(there), tag).to.equal(text(shown));
    }
    const pastedContact = bwin.document.querySelector<Widget>('ogi-contact')!;
    expect(text(pastedContact)).to.contain('OGI Secretariat of Contoh Regency (example)');
    expect(pastedContact.shadowRoot!.querySelector('b')).to.equal(null);
    expect(text(bwin.document.querySelector<Widget>('ogi-faq')!)).to.contain('How does OGI work in Contoh Regency?');
  });

  it('the content-src snippet names the file, says where to save it, offers it, and shows the same content', async () => {
    const page = await openDemo('?w=contact&lang=en&ui=en');
    await loadExample(page);
    page.$<HTMLInputElement>('input[name="content-mode"][value="src"]').click();
    await until(() => snippetText(page).includes('content-src'), 'the content-src snippet');
    const code = snippetText(page);
    expect(code).to.contain(`<ogi-contact lang="en" content-src="${CONTENT_FILE}"></ogi-contact>`);
    expect(code).not.to.contain('application/json');
    const note = page.$('#content-src-note');
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.contain(CONTENT_FILE);
    const link = page.$<HTMLAnchorElement>('#content-download');
    expect(link.getAttribute('download')).to.equal(CONTENT_FILE);
    const file = await (await fetch(link.href)).text();
    expect(JSON.parse(file)).to.deep.equal(await example());

    // Served where the snippet says, the file gives the pasted element the preview's content.
    const bwin = await pasteIntoBlank(code, 'ogi-contact.js', ['ogi-contact'], file);
    const there = bwin.document.querySelector<Widget>('ogi-contact')!;
    await shows(there, 'OGI Secretariat of Contoh Regency (example)');
    expect(text(there)).to.equal(text(await previewWidget(page, 'ogi-contact')));

    // Back to inline.
    page.$<HTMLInputElement>('input[name="content-mode"][value="inline"]').click();
    expect(snippetText(page)).not.to.contain('content-src');
    expect(note.hidden).to.equal(true);
  });

  for (const ui of ['id', 'en'] as const) {
    it(`passes axe with the panel filled, interface in ${ui}`, async () => {
      const page = await openDemo(`?ui=${ui}`);
      await loadExample(page);
      expect(page.$('#content-group legend').textContent).to.equal(strings[ui].contentLegend);
      page.$<HTMLInputElement>('input[name="content-mode"][value="src"]').click();
      expect(await axe(page.doc)).to.deep.equal([]);
    });
  }

  it('fits a 375 px screen with the example loaded, without sideways scrolling', async () => {
    const page = await openDemo('?width=375', 375);
    await loadExample(page);
    await until(() => snippetText(page).includes('application/json'), 'the snippet with the content');
    page.$<HTMLDetailsElement>('#json-view').open = true;
    await sleep(200);
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(375);
    const box = page.$('#content').getBoundingClientRect();
    expect(box.right).to.be.at.most(375);
  });

  it('loads a .json file chosen in the file input', async () => {
    const page = await openDemo('?w=contact');
    const input = page.$<HTMLInputElement>('#content-file');
    expect(input.accept).to.contain('.json');
    expect(page.doc.querySelector(`label[for="content-file"]`)).to.exist;
    const transfer = new page.win.DataTransfer();
    transfer.items.add(
      new page.win.File(['{ "contact": { "phone": "+62 274 555 010" } }'], 'daerah.json', { type: 'application/json' }),
    );
    input.files = transfer.files;
    input.dispatchEvent(new page.win.Event('change', { bubbles: true }));
    await until(() => page.$<HTMLTextAreaElement>('#content').value.includes('+62 274'), 'the file in the box');
    await shows(await previewWidget(page, 'ogi-contact'), '+62 274 555 010');
  });
});
