// Regional content on the built files: the published JSON Schema and the browser's check agree,
// the built-in language packs are valid packs, and the server renderer and the `ogi-widgets`
// command render regional content (and carry it, so that the script shows the same).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const bin = join(root, 'bin/ogi-widgets.mjs');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const schema = readJson(join(dist, 'ogi-content.schema.json'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);
const validatePack = ajv.compile({ $schema: schema.$schema, $id: 'pack', $defs: schema.$defs, $ref: '#/$defs/pack' });

/** The browser's own check, from the same source (`read` of src/shared/regional.ts, built for Node). */
const { checkContent } = await import(join(dist, 'ssr/index.js'));
const runtimeErrors = (raw) => {
  const errors = [];
  checkContent(raw, undefined, errors);
  return errors;
};

const EXAMPLE = {
  contact: {
    organization: 'Sekretariat OGI Kabupaten Contoh (contoh)',
    addressLines: ['Jalan Merdeka No. 1', 'Contoh 12345'],
    email: 'ogi@contoh.go.id',
    phone: '+62 21 555 0100',
    mapUrl: 'https://www.openstreetmap.org/search?query=Contoh',
  },
  faq: {
    mode: 'append',
    hide: ['apa-itu-ogp'],
    items: [{ id: 'ogi-di-contoh', question: { id: 'Apa?', en: 'What?' }, answer: ['Satu.', { id: 'Dua.' }] }],
  },
  'ogp-timeline': { events: [{ id: 'daerah', date: '2012-05', title: 'Langkah', text: 'Teks.' }] },
  about: { sections: [{ title: 'Di daerah', paragraphs: 'Satu paragraf.' }] },
  languages: { jv: { contact: { title: 'Alamat lan kontak' } } },
};

/** Valid and invalid files, each judged by both checks. */
const SAMPLES = [
  EXAMPLE,
  {},
  { $schema: 'https://example.go.id/ogi-content.schema.json' },
  { contact: { email: 'not mail' } },
  { contact: { mapUrl: 'javascript:alert(1)' } },
  { contact: { phone: 'call us' } },
  { contact: { organization: 3 } },
  { contact: { organization: { 'not a tag': 'x' } } },
  { contact: { addressLine: ['typo'] } },
  { faq: { mode: 'sideways' } },
  { faq: { items: [{ id: 'a', question: 'Q?' }] } },
  { faq: { items: [{ id: 'has space', question: 'Q?', answer: 'A.' }] } },
  { 'ogp-timeline': { events: [{ date: '2011-13', title: 'x' }] } },
  { 'ogp-timeline': { events: [{ date: '2011-09-20', title: 'x' }] } },
  { about: { sections: [{ title: 'x' }] } },
  { languages: { jv: 'not a pack' } },
  { languages: { jv: { faq: {} }, 'not a tag!': {} } },
  { unknown: true },
  [],
  'text',
];

describe('regional content: the schema and the browser agree', () => {
  it('the schema is valid draft 2020-12 (Ajv, strict)', () => {
    assert.equal(typeof validate, 'function');
  });

  for (const sample of SAMPLES) {
    it(`judges the same: ${JSON.stringify(sample).slice(0, 70)}`, () => {
      const errors = runtimeErrors(sample);
      const valid = validate(sample);
      assert.equal(errors.length === 0, valid, JSON.stringify({ errors, ajv: validate.errors?.slice(0, 3) }));
      // Every path the browser names is where the schema also found a problem.
      const schemaPaths = (validate.errors ?? []).map((e) => e.instancePath);
      for (const { path } of errors) {
        const pointer = path
          ? `/${path
              .replace(/\[(\d+)\]/g, '.$1')
              .split('.')
              .join('/')}`.replace(/\/\//g, '/')
          : '';
        assert.ok(
          schemaPaths.some((p) => p === pointer || p.startsWith(`${pointer}/`) || pointer.startsWith(`${p}/`)),
          `${path} not among ${schemaPaths.join(', ')}`,
        );
      }
    });
  }

  it('the built-in language packs are valid packs, and a file that carries them is valid', () => {
    for (const lang of ['id', 'en']) {
      const pack = readJson(join(dist, `content/${lang}.json`));
      assert.ok(validatePack(pack), JSON.stringify(validatePack.errors));
      assert.deepEqual(Object.keys(pack).sort(), ['about', 'common', 'contact', 'faq', 'ogp-timeline']);
      assert.deepEqual(runtimeErrors({ languages: { jv: pack } }), []);
    }
  });
});

describe('regional content: the server renderer and the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-content-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'content.json');
  writeFileSync(file, JSON.stringify(EXAMPLE));

  it('`render --content` renders the regional contact and carries the content for the script', () => {
    const out = execFileSync(process.execPath, [bin, 'render', 'ogi-contact', '--content', file], { encoding: 'utf8' });
    assert.match(out, /Sekretariat OGI Kabupaten Contoh \(contoh\)/);
    assert.match(out, /href="tel:\+62215550100"/);
    assert.doesNotMatch(out, /Kantor Staf Presiden/);
    const json = /<script type="application\/json">([\s\S]*?)<\/script><\/ogi-contact>\s*$/.exec(out);
    assert.ok(json, 'the inline content closes the fragment');
    assert.deepEqual(JSON.parse(json[1]), EXAMPLE);
  });

  it('a language a pack brings renders in it, with lang on the element', () => {
    const out = execFileSync(process.execPath, [bin, 'render', 'ogi-contact', '--content', file, '--lang', 'jv'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    assert.match(out, /^<ogi-contact lang="jv"/);
    assert.match(out, /Alamat lan kontak/);
  });

  it('text that looks like markup stays text, and cannot close the inline script', async () => {
    const { renderToString } = await import(join(dist, 'ssr/index.js'));
    const hostile = '</script><img src=x onerror=alert(1)><!--';
    const out = await renderToString('ogi-contact', { content: { contact: { organization: hostile } } });
    assert.doesNotMatch(out, /<img/);
    assert.equal(out.match(/<\/script>/g).length, 1);
    assert.match(out, /&lt;\/script&gt;&lt;img/);
  });

  it('bad parts are listed on stderr and the rest renders; a file over 256 KB or not a file is refused', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ contact: { email: 'nope', organization: 'Baik' } }));
    const ok = spawnSync(process.execPath, [bin, 'render', 'ogi-contact', '--content', bad], { encoding: 'utf8' });
    assert.equal(ok.status, 0);
    assert.match(ok.stderr, /contact\.email: expected an e-mail address/);
    assert.match(ok.stdout, /Baik/);
    assert.match(ok.stdout, /contact@opengovindonesia\.org/);
    const big = join(dir, 'big.json');
    writeFileSync(big, `{"contact":{}}${' '.repeat(300 * 1024)}`);
    for (const arg of [big, dir]) {
      const r = spawnSync(process.execPath, [bin, 'render', 'ogi-contact', '--content', arg], { encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /over 256 KB|not a regular file/);
    }
  });
});

describe('the command and renderToString refuse bad input plainly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-input-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const render = (...args) =>
    spawnSync(process.execPath, [bin, 'render', ...args], { encoding: 'utf8', timeout: 20_000 });

  it('names the value of a heading level that is not a whole number (no "NaN")', () => {
    for (const level of ['3.0', '2.5', 'abc', '7']) {
      const r = render('ogi-faq', '--heading-level', level);
      assert.equal(r.status, 2, level);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`whole number from 1 to 6, not "${level.replace('.', '\\.')}"`));
      assert.doesNotMatch(r.stderr, /NaN/);
    }
  });

  it('does not wait on a FIFO, and does not print the bytes of a file that is not UTF-8', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const r = render('ogi-contact', '--content', fifo);
    assert.equal(r.error, undefined, 'it returned instead of waiting for a writer');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /not a regular file/);
    const binary = join(dir, 'binary.json');
    writeFileSync(binary, Buffer.from([0x7b, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x7d]));
    const b = render('ogi-contact', '--content', binary);
    assert.equal(b.status, 1);
    assert.ok(!b.stderr.includes('\u001b'), 'no terminal escape from the file reaches the terminal');
  });

  it('renderToString rejects options that are not an object with a RenderError', async () => {
    const { renderToString } = await import(join(dist, 'ssr/index.js'));
    for (const options of [null, 3, 'lang=en']) {
      await assert.rejects(renderToString('ogi-faq', options), (error) => error.name === 'RenderError');
    }
  });
});
