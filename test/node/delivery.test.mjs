// What `npm run build` and `npm run release` deliver beside the widgets themselves, checked on
// the built files (run by `npm test` after the browser tests: `node --test test/node/`):
// integrity.json, the editor data, and the release archive unpacked and served.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browsers/browsers.mjs';
import { TAGS } from '../../scripts/lib/values.mjs';
import { makeArchive } from '../../scripts/build/release.mjs';
import { serve } from '../../scripts/dev/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = readJson(join(root, 'package.json'));

/** Every file under `dir`, relative, with `/`. */
function walk(dir, sub = '') {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((d) => {
    const rel = sub ? `${sub}/${d.name}` : d.name;
    return d.isDirectory() ? walk(dir, rel) : [rel];
  });
}

describe('dist/integrity.json', () => {
  const hashes = readJson(join(dist, 'integrity.json'));

  it('lists every .js and .css file a page may load, and nothing else', () => {
    const expected = walk(dist)
      .filter((f) => /\.(?:js|css)$/.test(f) && !/^(?:types|ssr|wordpress)\//.test(f))
      .sort();
    assert.deepEqual(Object.keys(hashes).sort(), expected);
    for (const file of ['ogi-widgets.js', 'ogi-widgets.iife.js', 'ogi-autoloader.js', ...TAGS.map((t) => `${t}.js`)]) {
      assert.ok(hashes[file], `${file} is listed`);
    }
    assert.ok(
      Object.keys(hashes).some((f) => f.startsWith('chunks/')),
      'the chunks are listed',
    );
  });

  it('holds the SHA-384 of each file as it is on disk', () => {
    for (const [file, value] of Object.entries(hashes)) {
      // Computed here with openssl, not with the build's own code.
      const digest = execFileSync('openssl', ['dgst', '-sha384', '-binary', join(dist, file)]).toString('base64');
      assert.equal(value, `sha384-${digest}`, file);
    }
  });
});

describe('editor completion', () => {
  const manifest = readJson(join(dist, 'custom-elements.json'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const vscode = readJson(join(dist, 'vscode.html-custom-data.json'));
  const webTypes = readJson(join(dist, 'web-types.json'));
  const text = (d) => (typeof d === 'string' ? d : (d?.value ?? ''));

  /** Values the editors must offer, by attribute (where an element has it). */
  const VALUES = {
    theme: ['light', 'dark', 'auto'],
    lang: ['id', 'en'],
    'heading-level': ['1', '2', '3', '4', '5', '6'],
    orientation: ['vertical', 'horizontal'],
  };

  it('package.json points JetBrains IDEs to the web-types file, and it is published', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.ok(pkg.files.includes('dist/web-types.json'));
    assert.ok(pkg.files.includes('dist/vscode.html-custom-data.json'));
  });

  for (const [name, tags] of [
    ['vscode.html-custom-data.json', () => vscode.tags],
    ['web-types.json', () => webTypes.contributions.html.elements],
  ]) {
    it(`${name} lists the four tags, each with every attribute of the manifest, described, with its values`, () => {
      if (name.startsWith('vscode')) assert.equal(vscode.version, 1.1);
      else assert.equal(webTypes.name, pkg.name);
      const listed = tags();
      assert.deepEqual(listed.map((t) => t.name).sort(), [...TAGS].sort());
      for (const tag of listed) {
        const declared = declarations.find((d) => d.tagName === tag.name);
        assert.ok(text(tag.description).length > 20, `${tag.name} is described`);
        assert.deepEqual(
          tag.attributes.map((a) => a.name).sort(),
          declared.attributes.map((a) => a.name).sort(),
          `${tag.name}: the attributes of custom-elements.json`,
        );
        for (const attribute of ['lang', 'theme', 'heading-level']) {
          assert.ok(
            tag.attributes.some((a) => a.name === attribute),
            `${tag.name} has ${attribute}`,
          );
        }
        for (const a of tag.attributes) {
          assert.ok(text(a.description).length > 10, `${tag.name} ${a.name} is described`);
          if (VALUES[a.name])
            assert.deepEqual(
              a.values?.map((v) => v.name),
              VALUES[a.name],
              `${tag.name} ${a.name} values`,
            );
        }
      }
      const timeline = listed.find((t) => t.name === 'ogi-ogp-timeline');
      assert.ok(
        timeline.attributes.some((a) => a.name === 'orientation'),
        'the timeline has orientation',
      );
    });
  }
});

describe('npm run release', () => {
  let work;
  let unpacked;
  let server;
  let browser;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'ogi-release-test-'));
    const archive = makeArchive({ outDir: join(work, 'out') });
    assert.equal(archive, join(work, 'out', `${pkg.name}-${pkg.version}.tar.gz`));
    unpacked = join(work, 'site');
    execFileSync('mkdir', [unpacked]);
    assert.deepEqual(readdirSync(unpacked), [], 'an empty folder');
    execFileSync('tar', ['--extract', '--gzip', '--file', archive, '--directory', unpacked]);
    server = await serve(unpacked);
    browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('unpacks into one versioned folder with dist/, README, LICENSE and CHANGELOG, and no types', () => {
    const top = `${pkg.name}-${pkg.version}`;
    assert.deepEqual(readdirSync(unpacked), [top]);
    const files = walk(join(unpacked, top));
    for (const f of [
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/ogi-widgets.js',
      'dist/ogi-autoloader.js',
      'dist/integrity.json',
    ]) {
      assert.ok(files.includes(f), `${f} is in the archive`);
    }
    assert.ok(!files.some((f) => f.startsWith('dist/types/')), 'no declaration files');
    // Every file integrity.json names is there, byte for byte.
    const hashes = readJson(join(unpacked, top, 'dist/integrity.json'));
    for (const [file, value] of Object.entries(hashes)) {
      const bytes = readFileSync(join(unpacked, top, 'dist', file));
      assert.equal(`sha384-${createHash('sha384').update(bytes).digest('base64')}`, value, file);
    }
  });

  /** Writes `body` as a page into the unpacked folder and opens it; resolves to the page and its errors. */
  async function open(name, body) {
    const top = `${pkg.name}-${pkg.version}`;
    writeFileSync(
      join(unpacked, top, name),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>${body}</body></html>`,
    );
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`${r.url()} failed`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.url()}: ${r.status()}`));
    await page.goto(`${server.url}/${top}/${name}`);
    return { page, errors };
  }

  it('shows a widget from the unpacked files, loaded with its integrity hash', async () => {
    const top = `${pkg.name}-${pkg.version}`;
    const hash = readJson(join(unpacked, top, 'dist/integrity.json'))['ogi-widgets.js'];
    const { page, errors } = await open(
      'bundle.html',
      `<script type="module" src="dist/ogi-widgets.js" integrity="${hash}" crossorigin="anonymous"></script><ogi-contact></ogi-contact>`,
    );
    const title = await page.waitForFunction(
      () => document.querySelector('ogi-contact')?.shadowRoot?.querySelector('[part~="title"]')?.textContent,
    );
    assert.equal(await title.jsonValue(), 'Address and contact');
    assert.match(
      await page.evaluate(() => document.querySelector('ogi-contact').shadowRoot.textContent),
      /contact@opengovindonesia\.org/,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows a widget from the unpacked files through the autoloader', async () => {
    const { page, errors } = await open(
      'autoloader.html',
      '<script type="module" src="dist/ogi-autoloader.js"></script><ogi-faq lang="id"></ogi-faq>',
    );
    const title = await page.waitForFunction(
      () => document.querySelector('ogi-faq')?.shadowRoot?.querySelector('[part~="title"]')?.textContent,
    );
    assert.ok((await title.jsonValue()).length > 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('serves the iframe pages and static fragments the build writes, working from the unpacked folder', async (t) => {
    const top = `${pkg.name}-${pkg.version}`;
    const files = walk(join(unpacked, top, 'dist'));
    if (!files.some((f) => f.startsWith('embed/'))) return t.skip('this build writes no dist/embed/');
    assert.ok(
      files.some((f) => f.startsWith('static/')),
      'the static fragments are in the archive',
    );
    assert.ok(files.includes('ogi-widgets.css'), 'ogi-widgets.css is in the archive');
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.url()}: ${r.status()}`));
    await page.goto(`${server.url}/${top}/dist/embed/ogi-contact.en.html`);
    await page.waitForFunction(() => window.customElements.get('ogi-contact'));
    const title = await page.evaluate(
      () => document.querySelector('ogi-contact').shadowRoot.querySelector('[part~="title"]').textContent,
    );
    assert.equal(title.trim(), 'Address and contact');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('is the same archive when made twice from the same build', () => {
    const again = makeArchive({ outDir: join(work, 'again') });
    const first = join(work, 'out', `${pkg.name}-${pkg.version}.tar.gz`);
    assert.ok(statSync(again).size > 10_000);
    assert.ok(readFileSync(again).equals(readFileSync(first)));
  });
});
