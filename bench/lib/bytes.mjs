// Byte sizes: minified, gzip and brotli of files, of what a page downloads, and of
// reference bundles (Lit alone, the content alone) made with esbuild.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { LOCALES } from '../../scripts/lib/values.mjs';

/** Sizes of one buffer: as written (minified), gzip -9 and brotli at quality 11 (what servers precompress with). */
export function sizes(buffer) {
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Adds up sizes of files each sent on its own (one request each, compressed separately). */
export function sum(list) {
  return list.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** Every .js file under `dir` (chunks included), as paths relative to `dir`. */
export function jsFiles(dir) {
  const out = [];
  const walk = (sub) => {
    for (const d of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${d.name}` : d.name;
      if (d.isDirectory() && d.name !== 'types') walk(rel);
      else if (d.isFile() && d.name.endsWith('.js')) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The static import and re-export specifiers of a (minified) ES module. */
export function staticImports(code) {
  const found = new Set();
  const re = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) found.add(m[1]);
  return [...found];
}

/** Whether the code holds a dynamic `import(` (it would download more than we count). */
export function hasDynamicImport(code) {
  return /(?:^|[^\w$.])import\s*\(/.test(code);
}

/**
 * `entry` plus every file it imports, followed transitively (relative
 * specifiers only; bare ones would fail in a browser anyway), relative to `dir`.
 */
export function downloadSet(dir, entry) {
  const seen = new Set();
  const external = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(join(dir, rel), 'utf8');
    for (const spec of staticImports(code)) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) {
        external.add(spec);
        continue;
      }
      const target = relative(dir, resolve(dir, dirname(rel), spec))
        .split('\\')
        .join('/');
      if (!existsSync(join(dir, target))) throw new Error(`${rel} imports ${spec}, which is not in ${dir}`);
      visit(target);
    }
  };
  visit(entry);
  return { files: [...seen], external: [...external] };
}

/** Bundles `contents` (an ES module resolved from `resolveDir`) with esbuild, minified; returns the code. */
export async function esbundle(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/**
 * The names our sources import from `lit` and its sub-paths (type-only imports
 * left out), as { specifier: [names] }, so that "Lit as we use it" can be bundled.
 */
export function litImports(srcDir) {
  const found = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const code = readFileSync(p, 'utf8');
        for (const m of code.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*'(lit(?:\/[^']*)?)'/g)) {
          if (m[1]) continue;
          const names = m[2]
            .split(',')
            .map((n) => n.trim())
            .filter((n) => n && !n.startsWith('type '))
            .map((n) => n.split(/\s+as\s+/)[0]);
          found[m[3]] = [...new Set([...(found[m[3]] ?? []), ...names])].sort();
        }
      }
    }
  };
  walk(srcDir);
  return found;
}

const CONTENT_MODULES = ['about', 'faq', 'ogp-timeline', 'contact', 'common'];

/**
 * Everything the bytes section reports: each dist file, what a page downloads
 * for one widget and for all four, the floors, Lit alone and the content alone.
 * `dist` is the snapshot the pages are served from; `floorDir` the floor bundles.
 */
export async function measureBytes({ root, dist, floorDir, widgets }) {
  const read = (dir, rel) => readFileSync(join(dir, rel));
  const files = jsFiles(dist).map((file) => ({ file, ...sizes(read(dist, file)) }));
  const byFile = Object.fromEntries(files.map((f) => [f.file, f]));
  const dynamic = jsFiles(dist).filter((file) => hasDynamicImport(read(dist, file).toString()));

  const perWidget = {};
  const union = new Set();
  for (const name of widgets) {
    const set = downloadSet(dist, `ogi-${name}.js`);
    set.files.forEach((f) => union.add(f));
    perWidget[name] = {
      files: set.files,
      ours: sum(set.files.map((f) => byFile[f])),
      floor: sizes(read(floorDir, `floor-${name}.min.js`)),
    };
  }
  const bundle = byFile['ogi-widgets.js'];
  const allFour = {
    bundle,
    modules: { files: [...union].sort(), ...sum([...union].map((f) => byFile[f])) },
    floor: sizes(read(floorDir, 'floor-all.min.js')),
  };

  // Lit alone (what the goal counts), and Lit as our sources import it (decorators and directives too).
  const lit = sizes(await esbundle("export * from 'lit';\n", root));
  const imports = litImports(join(root, 'src'));
  const litAsUsed = {
    imports,
    ...sizes(
      await esbundle(
        // `html` comes from both `lit` and `lit/static-html.js`: each export gets a name of its own.
        Object.entries(imports)
          .map(([spec, names], i) => `export { ${names.map((n) => `${n} as ${n}_${i}`).join(', ')} } from '${spec}';`)
          .join('\n'),
        root,
      ),
    ),
  };
  const contentEntry = (paths) => paths.map((p, i) => `export * as c${i} from './${p}';`).join('\n');
  const modules = CONTENT_MODULES.map((n) => `src/content/${n}.ts`);
  const content = { modules, ...sizes(await esbundle(contentEntry(modules), root)) };
  // One language's words only (with the shared facts they use), for the "load the other language on demand" estimate.
  const perLocale = {};
  for (const locale of LOCALES) {
    const files = readdirSync(join(root, 'src', 'content', locale)).filter((f) => f.endsWith('.ts'));
    const paths = [...files.map((f) => `src/content/${locale}/${f}`), 'src/content/common.ts'];
    perLocale[locale] = sizes(await esbundle(contentEntry(paths), root));
  }
  content.perLocale = perLocale;

  // An estimate for one proposal: the bundle with every whitespace run that holds a
  // line break (in terser's output these are inside template literals: CSS and HTML) made one space.
  const collapsed = sizes(Buffer.from(read(dist, 'ogi-widgets.js').toString().replace(/\n\s*/g, ' ')));

  const mapFile = join(dist, 'ogi-widgets.js.map');
  const bundleComposition = existsSync(mapFile)
    ? composition(read(dist, 'ogi-widgets.js').toString(), JSON.parse(readFileSync(mapFile, 'utf8')))
    : null;

  return {
    files,
    dynamic,
    perWidget,
    allFour,
    lit,
    litAsUsed,
    content,
    collapsedTemplates: collapsed,
    bundleComposition,
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map `mappings` segment (base64 VLQ) into numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const GROUPS = [
  ['Lit', /node_modules\/(?:lit|lit-html|lit-element|@lit\/[^/]+)\//],
  ['content (src/content/)', /\/src\/content\//],
  ['CSS (*.styles.ts, shared/styles.ts)', /\/src\/(?:components\/[^/]+\/[^/]+\.styles\.ts|shared\/styles\.ts)$/],
  ['components and shared code (rest of src/)', /\/src\//],
];

/**
 * Where the bytes of a bundle come from, by its source map: the generated text
 * attributed to Lit, the content, the CSS and the rest of our code. Brotli is of
 * each group's text compressed alone (an approximation: in the bundle they share
 * one compression window).
 */
export function composition(code, map) {
  const sourceGroup = map.sources.map((s) => {
    const path = `/${s.replace(/^(\.\.\/)+/, '')}`;
    return GROUPS.find(([, re]) => re.test(path))?.[0] ?? 'other';
  });
  const text = Object.fromEntries([...GROUPS.map(([name]) => [name, []]), ['other', []], ['unmapped', []]]);
  const lines = code.split('\n');
  let source = 0;
  // Text before a line's first mapping (the rest of a multi-line template literal) belongs to the mapping before it.
  let last = 'unmapped';
  map.mappings.split(';').forEach((line, i) => {
    const segments = [];
    let col = 0;
    for (const seg of line.split(',').filter(Boolean)) {
      const v = decodeSegment(seg);
      col += v[0];
      if (v.length > 1) source += v[1];
      segments.push({ col, group: v.length > 1 ? sourceGroup[source] : 'unmapped' });
    }
    const generated = lines[i] ?? '';
    if (!segments.length || segments[0].col > 0)
      text[last].push(generated.slice(0, segments[0]?.col ?? generated.length));
    segments.forEach((s, j) => text[s.group].push(generated.slice(s.col, segments[j + 1]?.col ?? generated.length)));
    if (segments.length) last = segments.at(-1).group;
  });
  return Object.entries(text)
    .map(([group, parts]) => ({ group, ...sizes(Buffer.from(parts.join(''))) }))
    .filter((g) => g.min > 0);
}

/** What a page with one widget downloads from `dir` as the bundle and as that widget's module (+ its chunks). */
export function deliveryBytes(dir, widgets) {
  const of = (files) => sum(files.map((f) => sizes(readFileSync(join(dir, f)))));
  const perWidget = {};
  for (const name of widgets) {
    const { files } = downloadSet(dir, `ogi-${name}.js`);
    perWidget[name] = { files, ...of(files) };
  }
  return { bundle: of(['ogi-widgets.js']), perWidget };
}
