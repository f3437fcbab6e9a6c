/**
 * The demo's content editor: the "Your content" panel as a form in Indonesian and
 * English, filled by keyboard, checked by the widgets' own `read` at each field, round-tripping
 * with the JSON box, kept in the link, and giving the file, the snippets, WordPress's settings
 * and shortcodes. What the form writes for test/fixtures/editor-content.json is also validated
 * against the published schema with Ajv (test/node/demo-content.test.mjs).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CONTENT_FILE, checkContent, contentFile } from '../demo/content.js';
import {
  editText,
  editTextList,
  errorsByField,
  packContent,
  packedIn,
  setAt,
  textListShown,
  textShown,
  unpackContent,
} from '../demo/editor-model.js';
import { WORDPRESS_CONTENT_URL, renderCommands, shortcodes } from '../demo/snippet.js';
import { readState } from '../demo/state.js';
import { strings } from '../demo/strings.js';
import { sleep, type Widget } from './support/dom.js';
import {
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

afterEach(closeFrames);

const FIXTURE = async () =>
  (await (await fetch('/test/fixtures/editor-content.json')).json()) as Record<string, unknown>;

/** The JSON box's content, parsed (`undefined` while it is empty or not JSON). */
function boxValue(page: DemoPage): unknown {
  try {
    return JSON.parse(page.$<HTMLTextAreaElement>('#content').value) as unknown;
  } catch {
    return undefined;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/** Waits until the box holds `wanted` (the form writes it as the user types). */
async function boxBecomes(page: DemoPage, wanted: unknown, what: string): Promise<void> {
  await until(
    () => same(boxValue(page), wanted),
    `${what} (the box holds ${page.$<HTMLTextAreaElement>('#content').value})`,
  );
}

/** Focuses `sel` in the demo and types `keys`, as a user does. */
async function typeInto(page: DemoPage, sel: string, keys: string): Promise<void> {
  page.$<HTMLElement>(sel).focus();
  await until(() => page.doc.activeElement === page.$(sel), `${sel} to take focus`);
  await sendKeys({ type: keys });
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

const input = (page: DemoPage, id: string) => page.$<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);

/* ------------------------------------------------------------------ */

describe('demo/editor-model.ts', () => {
  it('shows and edits a text per language, keeping what it does not edit', () => {
    expect(textShown('Satu', 'id')).to.equal('Satu');
    expect(textShown('Satu', 'en'), 'a plain string is the Indonesian field’s').to.equal('');
    expect(textShown({ id: 'Satu', en: 'One' }, 'en')).to.equal('One');
    expect(editText(undefined, 'id', 'Satu')).to.equal('Satu');
    expect(editText('Satu', 'id', 'Dua')).to.equal('Dua');
    expect(editText('Satu', 'en', 'One')).to.deep.equal({ id: 'Satu', en: 'One' });
    expect(editText({ id: 'Satu', jv: 'Siji' }, 'en', 'One')).to.deep.equal({ id: 'Satu', jv: 'Siji', en: 'One' });
    expect(editText({ id: 'Satu', en: 'One' }, 'en', '')).to.deep.equal({ id: 'Satu' });
    expect(editText({ en: 'One' }, 'en', '')).to.equal(undefined);
  });

  it('edits a list of texts item by item, one per line or per paragraph', () => {
    const answer = ['Satu.', { id: 'Dua.', en: 'Two.' }];
    expect(textListShown(answer, 'id', 'paragraph')).to.equal('Satu.\n\nDua.');
    expect(textListShown(answer, 'en', 'paragraph')).to.equal('Two.');
    expect(editTextList(answer, 'en', 'One.\n\nTwo.', 'paragraph')).to.deep.equal([
      { id: 'Satu.', en: 'One.' },
      { id: 'Dua.', en: 'Two.' },
    ]);
    expect(editTextList(undefined, 'id', 'Jalan 1\n\nKota 2\n', 'line')).to.deep.equal(['Jalan 1', 'Kota 2']);
    expect(editTextList(['Jalan 1'], 'id', '', 'line')).to.equal(undefined);
  });

  it('sets a path, and removes the objects an empty field leaves empty (never a list item)', () => {
    const file = { $schema: 'x', contact: { email: 'a@b.go.id' }, faq: { items: [{ id: 'a' }] } };
    setAt(file, ['contact', 'phone'], '+62 21 555');
    expect(file.contact).to.deep.equal({ email: 'a@b.go.id', phone: '+62 21 555' });
    setAt(file, ['contact', 'phone'], undefined);
    setAt(file, ['contact', 'email'], undefined);
    expect(file).not.to.have.property('contact');
    setAt(file, ['faq', 'items', 0, 'id'], undefined);
    expect(file.faq.items).to.deep.equal([{}]);
    expect(file.$schema).to.equal('x');
  });

  it('gives each problem of the check to the nearest field that holds it', () => {
    const { errors } = checkContent(
      JSON.stringify({
        contact: { email: 'nope', addressLine: 'typo' },
        faq: { items: [{ id: 'a', question: 'Q?', answer: ['A.', 3] }] },
      }),
    );
    const byField = errorsByField(errors, ['contact', 'contact.email', 'faq.items', 'faq.items[0].answer']);
    expect(byField.get('contact.email')).to.deep.equal([
      { path: 'contact.email', message: 'expected an e-mail address' },
    ]);
    expect(byField.get('faq.items[0].answer')).to.deep.equal([
      { path: 'faq.items[0].answer[1]', message: 'expected text' },
    ]);
    expect(byField.get('contact')).to.deep.equal([{ path: 'contact.addressLine', message: 'unknown key' }]);
  });

  it('packs a file for the link and unpacks the same, whatever its characters', async () => {
    const file = { contact: { organization: 'Dinas — Kabupaten “Contoh” </script> é 日本' }, faq: { hide: ['a'] } };
    const packed = await packContent(file);
    expect(packed).to.match(/^[zj][\w-]+$/);
    expect(await unpackContent(packed)).to.deep.equal(file);
    expect(packedIn(`#content=${packed}`)).to.equal(packed);
    expect(packedIn('#output')).to.equal(undefined);
    let failed = false;
    await unpackContent('x123').catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  it('writes WordPress shortcodes and the static HTML commands for the settings', () => {
    const state = readState(new URLSearchParams('lang=en&theme=dark&hl=3&orientation=horizontal'));
    const value = { contact: { email: 'a@b.go.id' } };
    expect(shortcodes(state, { value, mode: 'inline' }).split('\n')).to.deep.equal([
      '[ogi_about lang="en" theme="dark" heading_level="3"]',
      '[ogi_faq lang="en" theme="dark" heading_level="3"]',
      '[ogi_ogp_timeline lang="en" theme="dark" heading_level="3" orientation="horizontal"]',
      '[ogi_contact lang="en" theme="dark" heading_level="3"]',
    ]);
    expect(shortcodes(state, { value, mode: 'src' })).to.contain(
      `[ogi_contact lang="en" theme="dark" heading_level="3" content_src="${WORDPRESS_CONTENT_URL}"]`,
    );
    expect(shortcodes(state, { value, mode: 'src' })).to.contain('[ogi_faq lang="en" theme="dark" heading_level="3"]');
    expect(renderCommands(readState(new URLSearchParams('w=contact&lang=en')))).to.equal(
      `npx ogi-widgets render ogi-contact --lang en --content ${CONTENT_FILE} > ogi-contact.html`,
    );
  });
});

describe('demo page: the content editor', function () {
  this.timeout(90000);

  it('a contact and two questions filled in by keyboard give a valid file, which content-src shows the same', async function () {
    // About 150 keys sent one by one, then two pages loaded: on a loaded 2-core machine over 90 s.
    this.timeout(240_000);
    const page = await openDemo('?ui=en&lang=en');
    expect(page.$('#content-editor-set > legend').textContent).to.equal(strings.en.editor.legend);

    // The contact: each language side by side, Tab going from Indonesian to English.
    await typeInto(page, '#ed-contact-organization-id', 'Dinas Kominfo Kabupaten Contoh');
    await press('Tab');
    expect(page.doc.activeElement).to.equal(input(page, 'ed-contact-organization-en'));
    await sendKeys({ type: 'Communication Office of Contoh Regency' });
    await typeInto(page, '#ed-contact-addressLines-id', 'Jalan Merdeka No. 1');
    await press('Enter');
    await sendKeys({ type: 'Contoh 12345' });
    await typeInto(page, '#ed-contact-email', 'ogi@contoh.go.id');
    await typeInto(page, '#ed-contact-phone', '+62 21 555 0100');
    await typeInto(page, '#ed-contact-mapUrl', 'https://www.openstreetmap.org/?mlat=-6.2&mlon=106.8');

    // The questions: the part opened, two added, one national question hidden.
    const faqPart = page.$<HTMLDetailsElement>('#ed-faq');
    expect(faqPart.open).to.equal(false);
    page.$('#ed-faq > summary').focus();
    await press('Enter');
    await until(() => faqPart.open, 'Enter to open the questions');
    const questions = [
      [
        'Bagaimana mengusulkan komitmen?',
        'How do I propose a commitment?',
        'Kirim surel ke sekretariat.',
        'E-mail the secretariat.',
      ],
      ['Kapan forum warga?', "When is the residents' forum?", 'Setiap triwulan.', 'Every quarter.'],
    ];
    for (const [i, words] of questions.entries()) {
      page.$('#ed-faq-items-add').focus();
      await press('Enter');
      // The new question takes focus, and its fields follow each other by Tab.
      await until(
        () => page.doc.activeElement?.id === `ed-faq-items-${i}-question-id`,
        `question ${i + 1} to take focus`,
      );
      for (const [j, w] of words.entries()) {
        if (j) await press('Tab');
        await sendKeys({ type: w });
      }
    }
    const hide = input(page, 'ed-faq-hide-apa-itu-ogp');
    hide.focus();
    await press(' ');
    await until(() => (hide as HTMLInputElement).checked, 'Space to tick the box');

    const wanted = await FIXTURE();
    await boxBecomes(page, wanted, 'the form’s file');
    await until(() => statusText(page) === strings.en.contentOk, 'no problem');
    expect(checkContent(page.$<HTMLTextAreaElement>('#content').value).errors).to.deep.equal([]);
    expect(page.doc.querySelectorAll('.editor [aria-invalid="true"]')).to.have.length(0);

    // The preview follows.
    const contact = await previewWidget(page, 'ogi-contact');
    await shows(contact, 'Communication Office of Contoh Regency');
    const faq = await previewWidget(page, 'ogi-faq');
    await shows(faq, "When is the residents' forum?");
    // The preview follows the form a moment after the last change; on a busy machine, later.
    await until(
      () => !text(faq).includes('What is the Open Government Partnership (OGP)?'),
      'the hidden question to leave the preview',
      10_000,
    );

    // The content-src snippet, pasted into a blank page with the file it names: the same content.
    page.$<HTMLInputElement>('input[name="content-mode"][value="src"]').click();
    await until(() => snippetText(page).includes('content-src'), 'the content-src snippet');
    const code = snippetText(page);
    expect(code).to.contain(`<ogi-contact lang="en" content-src="${CONTENT_FILE}"></ogi-contact>`);
    expect(code).to.contain(`<ogi-faq lang="en" content-src="${CONTENT_FILE}"></ogi-faq>`);
    const file = page.$('#out-file-code').textContent!;
    expect(JSON.parse(file)).to.deep.equal(wanted);
    const bwin = await pasteIntoBlank(code, 'ogi-widgets.js', ['ogi-contact', 'ogi-faq'], file);
    for (const tag of ['ogi-contact', 'ogi-faq']) {
      const there = bwin.document.querySelector<Widget>(tag)!;
      await shows(there, tag === 'ogi-faq' ? 'How do I propose a commitment?' : 'ogi@contoh.go.id');
      expect(text(there), tag).to.equal(text(await previewWidget(page, tag)));
    }
  });

  it('refuses a wrong e-mail and a javascript: map link at their fields, with the runtime’s words', async () => {
    const page = await openDemo('?ui=en&lang=en&w=contact');
    await typeInto(page, '#ed-contact-organization-id', 'Dinas Kominfo');
    await typeInto(page, '#ed-contact-email', 'not an address');
    await typeInto(page, '#ed-contact-mapUrl', 'javascript:alert(1)');
    const email = input(page, 'ed-contact-email');
    const map = input(page, 'ed-contact-mapUrl');
    await until(() => map.getAttribute('aria-invalid') === 'true', 'the map link to be refused');
    for (const [field, message] of [
      [email, 'expected an e-mail address'],
      [map, 'expected an http(s) link'],
    ] as const) {
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const error = page.$(`#${field.id}-error`);
      expect(error.textContent).to.equal(message);
      expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      // Next to its field: in the same field box.
      expect(error.parentElement).to.equal(field.parentElement);
    }
    // The organisation is fine, and said to be.
    expect(input(page, 'ed-contact-organization-id').hasAttribute('aria-invalid')).to.equal(false);
    // The same problems in the panel's list, with their paths; the widget shows neither.
    expect(statusText(page)).to.contain('contact.email: expected an e-mail address');
    expect(statusText(page)).to.contain('contact.mapUrl: expected an http(s) link');
    const contact = await previewWidget(page, 'ogi-contact');
    await shows(contact, 'Dinas Kominfo');
    expect(contact.shadowRoot!.querySelector('a[href^="javascript:"]')).to.equal(null);
    expect(text(contact)).not.to.contain('not an address');

    // Corrected: the mark goes.
    map.select();
    await sendKeys({ type: 'https://www.openstreetmap.org/' });
    await until(() => !map.hasAttribute('aria-invalid'), 'the corrected link to pass');
    expect(map.getAttribute('aria-describedby') ?? '').not.to.contain('error');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(await axe(page.doc)).to.deep.equal([]);
  });

  it('round trip: a pasted file fills the form, and the form gives the same file back', async () => {
    const page = await openDemo('?ui=en&lang=en');
    const file = await example();
    page.$<HTMLDetailsElement>('#json-view').open = true;
    type(page, contentFile(file));
    await until(() => input(page, 'ed-contact-organization-en').value !== '', 'the form to be filled');
    expect(input(page, 'ed-contact-organization-id').value).to.equal('Sekretariat OGI Kabupaten Contoh (contoh)');
    expect(input(page, 'ed-contact-organization-en').value).to.equal('OGI Secretariat of Contoh Regency (example)');
    expect(input(page, 'ed-contact-addressLines-id').value).to.equal('Jalan Merdeka No. 1\nKabupaten Contoh 12345');
    expect(input(page, 'ed-contact-email').value).to.equal('ogi@contoh.go.id');
    expect(input(page, 'ed-faq-items-1-question-en').value).to.equal('How can residents propose a commitment?');
    expect(input(page, 'ed-faq-items-0-id').value).to.equal('ogi-di-contoh');
    expect(input(page, 'ed-faq-items-0-answer-en').value).to.contain('\n\nIts progress is published on this site.');
    expect((input(page, 'ed-faq-mode-prepend') as HTMLInputElement).checked).to.equal(true);
    expect(input(page, 'ed-ogp-timeline-events-0-date').value).to.equal(
      (file['ogp-timeline'] as { events: { date: string }[] }).events[0].date,
    );
    expect(input(page, 'ed-about-sections-0-title-en').value).to.equal('OGI in Contoh Regency (example)');

    // A change typed and taken back: the form writes the whole file, and it is the one pasted.
    const org = input(page, 'ed-contact-organization-en');
    org.focus();
    await press('End');
    await sendKeys({ type: '!' });
    await until(() => JSON.stringify(boxValue(page)).includes('(example)!'), 'the change in the file');
    await press('Backspace');
    await boxBecomes(page, file, 'the pasted file back');
    expect(boxValue(page)).to.deep.equal(file);

    // Reordered by the buttons: the file's list follows, and focus stays on the moved question.
    page.$<HTMLDetailsElement>('#ed-faq').open = true;
    page.$<HTMLButtonElement>('#ed-faq-items-1-up').click();
    expect(page.doc.activeElement?.id).to.equal('ed-faq-items-0-down');
    expect(input(page, 'ed-faq-items-0-id').value).to.equal('usulan-warga');
    await until(
      () => (boxValue(page) as typeof file & { faq: { items: { id: string }[] } }).faq.items[0].id === 'usulan-warga',
      'the new order',
    );
    page.$<HTMLButtonElement>('#ed-faq-items-0-down').click();
    await boxBecomes(page, file, 'the first order back');
    // Removed: gone from the file, focus on a button that remains.
    page.$<HTMLButtonElement>('#ed-faq-items-1-remove').click();
    expect(page.doc.activeElement?.id).to.equal('ed-faq-items-0-remove');
    await until(() => (boxValue(page) as { faq: { items: unknown[] } }).faq.items.length === 1, 'one question left');
  });

  it('keeps the content in the link: a fresh page opened at it shows the same form, file and preview', async () => {
    const page = await openDemo('?ui=en&lang=en&w=contact');
    await typeInto(page, '#ed-contact-organization-id', 'Dinas Kominfo “Contoh” — Jalan');
    await typeInto(page, '#ed-contact-phone', '+62 21 555 0100');
    const wanted = { contact: { organization: 'Dinas Kominfo “Contoh” — Jalan', phone: '+62 21 555 0100' } };
    await boxBecomes(page, wanted, 'the form’s file');
    // The link is written (compressed, so a moment later) after the file: wait for the whole phone number in it.
    const end = performance.now() + 10_000;
    let inLink: unknown;
    for (;;) {
      const packed = packedIn(page.win.location.hash);
      inLink = packed === undefined ? undefined : await unpackContent(packed);
      if (same(inLink, wanted) || performance.now() > end) break;
      await sleep(50);
    }
    expect(inLink).to.deep.equal(wanted);
    const link = new URL(page.win.location.href);
    // Not in the query string: after `#`, which browsers never send.
    expect(link.search).not.to.contain('content');

    const fresh = await openDemo(`${link.search}${link.hash}`);
    await until(() => input(fresh, 'ed-contact-phone').value !== '', 'the form from the link');
    expect(input(fresh, 'ed-contact-organization-id').value).to.equal(wanted.contact.organization);
    expect(boxValue(fresh)).to.deep.equal(wanted);
    await shows(await previewWidget(fresh, 'ogi-contact'), 'Dinas Kominfo “Contoh” — Jalan');

    // Cleared: the link no longer carries it.
    fresh.$<HTMLButtonElement>('#content-clear').click();
    await until(() => packedIn(fresh.win.location.hash) === undefined, 'the content to leave the link');
    expect(input(fresh, 'ed-contact-phone').value).to.equal('');
  });

  it('gives the file, WordPress’s settings value and shortcodes, the static fragment and its commands, each with a copy button', async () => {
    const page = await openDemo('?ui=en&lang=en&w=contact&theme=dark');
    expect(page.$('#content-outputs').hidden, 'nothing to give yet').to.equal(true);
    await typeInto(page, '#ed-contact-email', 'ogi@contoh.go.id');
    const file = contentFile({ contact: { email: 'ogi@contoh.go.id' } });
    // The outputs show from the first letter typed; on a loaded machine the rest comes later.
    await until(
      () => !page.$('#content-outputs').hidden && page.$('#out-file-code').textContent === file,
      'the outputs, with the whole address',
    );
    let copied = '';
    Object.defineProperty(page.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (t: string) => ((copied = t), Promise.resolve()) },
    });
    const status = page.$('#outputs-status');
    const copies: [string, string][] = [
      ['#out-file [data-copy]', file],
      ['#out-wordpress [data-copy="out-file-code"]', file],
      ['#out-wordpress [data-copy="out-shortcodes"]', '[ogi_contact lang="en" theme="dark"]'],
      [
        '#out-static [data-copy="out-commands"]',
        `npx ogi-widgets render ogi-contact --lang en --theme dark --content ${CONTENT_FILE} > ogi-contact.html`,
      ],
    ];
    // The static fragment itself, written by the real renderer (the test server, as `npm start`).
    await until(() => !page.$('#out-static-fragment').hidden, 'the rendered fragment', 20_000);
    const fragment = page.$('#out-static-html').textContent!;
    expect(fragment).to.match(/^<ogi-contact lang="en" theme="dark" data-ogi-ssr="[^"]+"><template shadowroot/);
    expect(fragment).to.contain('ogi@contoh.go.id');
    expect(fragment).to.contain('<script type="application/json">{"contact":{"email":"ogi@contoh.go.id"}}</script>');
    copies.push(['#out-static [data-copy="out-static-html"]', fragment]);
    for (const [sel, wanted] of copies) {
      copied = '';
      page.$<HTMLButtonElement>(sel).click();
      await until(() => copied !== '' && status.textContent === strings.en.editor.copiedThis, `${sel} to copy`);
      expect(copied, sel).to.equal(wanted);
    }
    const download = page.$<HTMLAnchorElement>('#out-file-download');
    expect(download.getAttribute('download')).to.equal(CONTENT_FILE);
    expect(await (await fetch(download.href)).text()).to.equal(file);
    // The inline snippet and the content-src one stay with the snippet's own copy button.
    expect(snippetText(page)).to.contain('<script type="application/json">');
  });

  for (const ui of ['id', 'en'] as const) {
    it(`passes axe with every part open, a problem shown and the outputs open, interface in ${ui}`, async () => {
      const page = await openDemo(`?ui=${ui}`);
      page.$<HTMLButtonElement>('#content-example').click();
      await until(() => input(page, 'ed-contact-email').value !== '', 'the example in the form');
      await typeInto(page, '#ed-contact-email', ' x');
      // Checked as typed; a busy WebKit takes longer than the default 3 s.
      await until(() => input(page, 'ed-contact-email').getAttribute('aria-invalid') === 'true', 'the problem', 10_000);
      for (const d of page.doc.querySelectorAll<HTMLDetailsElement>('details')) d.open = true;
      // Every control has a name, and every part a group name.
      for (const control of page.doc.querySelectorAll<HTMLInputElement>(
        '#content-editor input, #content-editor textarea',
      ))
        expect(control.labels?.length ?? 0, control.id).to.be.greaterThan(0);
      expect(page.doc.querySelectorAll('#content-editor fieldset:not(:has(> legend))')).to.have.length(0);
      expect(await axe(page.doc)).to.deep.equal([]);
    });
  }

  it('fits a 375 px screen with every part open, without sideways scrolling', async () => {
    const page = await openDemo('?width=375', 375);
    page.$<HTMLButtonElement>('#content-example').click();
    await until(() => input(page, 'ed-contact-email').value !== '', 'the example in the form');
    for (const d of page.doc.querySelectorAll<HTMLDetailsElement>('details')) d.open = true;
    await until(() => page.doc.documentElement.scrollWidth <= 375, 'no sideways scrolling');
    for (const control of page.doc.querySelectorAll(
      '#content-editor input, #content-editor textarea, #content-editor button',
    )) {
      const box = control.getBoundingClientRect();
      expect(box.right, control.id).to.be.at.most(375);
      expect(box.left, control.id).to.be.at.least(0);
    }
  });
});
