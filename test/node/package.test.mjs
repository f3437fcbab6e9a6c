// The npm package as `npm pack` makes it (run by `npm test` after the browser tests, on the files
// just built: `node --test test/node/`): it lists the built files and every file package.json
// names; and from a clean copy of the sources, with no dist/, `npm pack` builds dist/ itself
// (npm's `prepack`), byte for byte the same as this build.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { exportTargets, filesFor, packageProblems } from '../../scripts/check/check-package.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = readJson(join(root, 'package.json'));

/** `npm pack --dry-run --json` in `dir`: the paths of the files the tarball would hold. */
function packed(dir, { scripts }) {
  const args = ['pack', '--dry-run', '--json', ...(scripts ? [] : ['--ignore-scripts'])];
  const out = execFileSync('npm', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  // With scripts, the build's own output comes first; the JSON report is the last thing printed.
  const [report] = JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1));
  return new Set(report.files.map((f) => f.path));
}

describe('the npm package (npm pack --dry-run --json)', () => {
  const files = packed(root, { scripts: false });

  it('holds the built files: bundles, modules, chunks, autoloader, CSS, types, renderer, fragments, packs', () => {
    for (const file of [
      'dist/ogi-widgets.js',
      'dist/ogi-widgets.iife.js',
      'dist/ogi-autoloader.js',
      'dist/ogi-widgets.css',
      'dist/integrity.json',
      'dist/custom-elements.json',
      'dist/ogi-content.schema.json',
      'dist/content/id.json',
      'dist/content/en.json',
      'dist/static/ogi-faq.en.html',
      'dist/embed/ogi-faq.id.html',
      'dist/ssr/index.js',
      'dist/types/index.d.ts',
      'dist/frameworks/elements.d.ts',
      'dist/frameworks/react.d.ts',
      'dist/frameworks/vue.d.ts',
      'bin/ogi-widgets.mjs',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
    ])
      assert.ok(files.has(file), `${file} is in the package`);
    assert.ok(
      [...files].some((f) => f.startsWith('dist/chunks/')),
      'the chunks are in the package',
    );
    // Nothing of the sources' own or of the WordPress plugin's build.
    assert.ok(![...files].some((f) => /^(?:src|test|demo|scripts|dist\/wordpress)\//.test(f)), 'no sources');
  });

  it('holds every file the exports map names, and each `*` pattern matches some', () => {
    for (const { key, target } of exportTargets(pkg.exports)) {
      const matching = filesFor(root, target).map((f) => f.replace(/^\.\//, ''));
      assert.ok(matching.length, `exports["${key}"]: ${target} matches a built file`);
      for (const file of matching) assert.ok(files.has(file), `exports["${key}"]: ${file} is in the package`);
    }
    for (const field of ['main', 'module', 'types', 'unpkg', 'customElements', 'web-types'])
      assert.ok(files.has(pkg[field].replace(/^\.\//, '')), `${field}: ${pkg[field]} is in the package`);
    assert.deepEqual(packageProblems(root), []);
  });

  it('reaches the autoloader, integrity.json, the CSS, the fragments, the packs and the schema by exports', () => {
    // This file is inside the package, so it can import the package by its own name.
    for (const [specifier, file] of [
      ['ogi-widgets/autoloader', 'dist/ogi-autoloader.js'],
      ['ogi-widgets/integrity.json', 'dist/integrity.json'],
      ['ogi-widgets/ogi-widgets.css', 'dist/ogi-widgets.css'],
      ['ogi-widgets/static/ogi-contact.id.html', 'dist/static/ogi-contact.id.html'],
      ['ogi-widgets/embed/ogi-faq.en.html', 'dist/embed/ogi-faq.en.html'],
      ['ogi-widgets/content/en.json', 'dist/content/en.json'],
      ['ogi-widgets/ogi-content.schema.json', 'dist/ogi-content.schema.json'],
    ])
      assert.equal(fileURLToPath(import.meta.resolve(specifier)), join(root, file), specifier);
  });

  it('names its bin without ./ (npm strips it with a warning)', () => {
    for (const path of Object.values(pkg.bin)) assert.doesNotMatch(path, /^\.\//);
  });
});

describe('runtime dependencies', () => {
  it('a browser user installs Lit and its own few, no more (npm ls --omit=dev)', () => {
    const tree = JSON.parse(
      execFileSync('npm', ['ls', '--all', '--omit=dev', '--package-lock-only', '--json'], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    const names = new Set();
    const walk = (deps = {}) => {
      for (const [name, dep] of Object.entries(deps)) {
        names.add(name);
        walk(dep.dependencies);
      }
    };
    walk(tree.dependencies);
    assert.deepEqual(Object.keys(tree.dependencies), ['lit']);
    assert.deepEqual([...names].sort(), [
      '@lit-labs/ssr-dom-shim',
      '@lit/reactive-element',
      '@types/trusted-types',
      'lit',
      'lit-element',
      'lit-html',
    ]);
  });

  it('the server renderer names its optional peers, and the command says what to install without them', () => {
    for (const name of ['@lit-labs/ssr', '@lit-labs/ssr-client']) {
      assert.ok(pkg.peerDependencies[name], `${name} is a peer`);
      assert.equal(pkg.peerDependenciesMeta[name].optional, true, `${name} is optional`);
    }
    // The package as installed without its optional peers: bin/, dist/ssr/ and package.json, no node_modules.
    const dir = mkdtempSync(join(tmpdir(), 'ogi-nopeers-'));
    try {
      for (const path of ['bin', 'dist/ssr', 'package.json'])
        cpSync(join(root, path), join(dir, path), { recursive: true });
      let result;
      try {
        execFileSync(process.execPath, [join(dir, 'bin/ogi-widgets.mjs'), 'render', 'ogi-contact'], {
          cwd: dir,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (error) {
        result = error;
      }
      assert.ok(result, 'the command fails');
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(
        result.stderr,
        /^ogi-widgets: the server renderer needs @lit-labs\/ssr: npm install @lit-labs\/ssr@\S+ @lit-labs\/ssr-client@\S+\n$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm pack from a clean copy of the sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-pack-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('builds dist/ itself (prepack), the same bytes as this build, and packs it', { timeout: 300000 }, () => {
    // What a clone holds: the tracked files and the new ones not ignored, never dist/.
    const sources = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
    for (const file of sources) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(root, file), join(dir, file), { dereference: false, force: true, errorOnExist: false });
    }
    assert.throws(() => readFileSync(join(dir, 'dist/integrity.json')), 'no dist/ before packing');
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const files = packed(dir, { scripts: true });
    assert.ok(files.has('dist/ogi-widgets.js'), 'dist/ogi-widgets.js is in the package');
    assert.ok(files.has('dist/integrity.json'), 'dist/integrity.json is in the package');
    // Deterministic: another folder, another run, the same hashes (the README's depend on it).
    assert.deepEqual(readJson(join(dir, 'dist/integrity.json')), readJson(join(root, 'dist/integrity.json')));
  });
});
