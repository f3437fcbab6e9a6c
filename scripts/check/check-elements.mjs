// Checks that everything listing the elements agrees with src/elements.ts (run by `npm run lint`):
// the component files, src/index.ts, package.json `exports` and `.size-limit.json`.
//   node scripts/check/check-elements.mjs   → exits 1, naming each disagreement, when one is found
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ELEMENTS } from '../lib/values.mjs';

const root = new URL('../..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** What disagrees with `elements`, one sentence each; empty when all agree. */
function elementProblems(elements, { pkg, sizeLimit, index, folders, hasFile }) {
  const problems = [];
  const tags = new Set(elements.map((e) => e.tag));
  const sizePaths = sizeLimit.map((entry) => [entry.path].flat());
  for (const { tag, name, className } of elements) {
    if (!hasFile(`src/components/${name}/${tag}.ts`)) problems.push(`src/components/${name}/${tag}.ts is missing`);
    const from = `./components/${name}/${tag}.js`;
    if (!new RegExp(`export \\{ ${className} \\} from '${from.replace(/[.]/g, '\\.')}'`).test(index)) {
      problems.push(`src/index.ts does not export ${className} from '${from}'`);
    }
    const entry = pkg.exports?.[`./${tag}`];
    const expected = {
      types: `./dist/types/components/${name}/${tag}.d.ts`,
      import: `./dist/${tag}.js`,
      default: `./dist/${tag}.js`,
    };
    if (JSON.stringify(entry) !== JSON.stringify(expected)) {
      problems.push(`package.json exports["./${tag}"] should be ${JSON.stringify(expected)}`);
    }
    if (!sizePaths.some((paths) => paths.includes(`dist/${tag}.js`))) {
      problems.push(`.size-limit.json has no budget for dist/${tag}.js`);
    }
  }
  for (const key of Object.keys(pkg.exports ?? {})) {
    if (/^\.\/ogi-[a-z-]+$/.test(key) && !tags.has(key.slice(2)))
      problems.push(`package.json exports["${key}"] is not in src/elements.ts`);
  }
  for (const path of sizePaths.flat()) {
    const tag = /^dist\/(ogi-[a-z-]+)\.js$/.exec(path)?.[1];
    // Not elements: the bundle, the autoloader and the FAQ's search (loaded by <ogi-faq searchable>).
    if (
      tag &&
      !['ogi-widgets', 'ogi-autoloader', 'ogi-faq-search', 'ogi-ogp-timeline-row'].includes(tag) &&
      !tags.has(tag)
    )
      problems.push(`.size-limit.json budgets ${path}, not in src/elements.ts`);
  }
  for (const folder of folders) {
    if (!elements.some((e) => e.name === folder)) problems.push(`src/components/${folder}/ is not in src/elements.ts`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folders = readdirSync(new URL('src/components/', root), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const problems = elementProblems(ELEMENTS, {
    pkg: JSON.parse(read('package.json')),
    sizeLimit: JSON.parse(read('.size-limit.json')),
    index: read('src/index.ts'),
    folders,
    hasFile: (path) => existsSync(new URL(path, root)),
  });
  // Fragments are stamped with this version; the browser takes over only its own release's.
  const version = /VERSION = '([^']+)'/.exec(read('src/version.ts'))?.[1];
  if (version !== JSON.parse(read('package.json')).version)
    problems.push(`src/version.ts says ${version}, package.json ${JSON.parse(read('package.json')).version}`);
  if (problems.length) {
    console.error(
      `The element list (src/elements.ts) and the files that repeat it disagree:\n- ${problems.join('\n- ')}`,
    );
    process.exit(1);
  }
  console.log(`elements: ${ELEMENTS.length} in src/elements.ts; index, exports and size budgets agree`);
}
