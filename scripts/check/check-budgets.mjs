// Checks, after a build, that each per-element budget of .size-limit.json counts exactly the files
// a page loads for that element: its module and every chunk it imports, directly or through
// another chunk. A shared chunk that moves or appears (say, code two elements come to share)
// would otherwise drop out of a budget without a word. Run by `npm run size`.
//   node scripts/check/check-budgets.mjs   → exits 1, naming each budget that misses or adds a file
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ELEMENTS } from '../lib/values.mjs';

const root = new URL('../..', import.meta.url);
const dist = new URL('dist/', root);

/** `dist/<file>` and every chunk it imports statically, as paths relative to the repository. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(new URL(file, root), 'utf8');
  for (const [, spec] of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
    closure(new URL(spec, new URL(file, root)).pathname.slice(new URL(root).pathname.length), seen);
  }
  return seen;
}

/** The files under dist/ that a size-limit glob (only `*` in the file name) matches. */
function expand(glob) {
  const dir = glob.slice(0, glob.lastIndexOf('/') + 1);
  const name = new RegExp(`^${glob.slice(dir.length).replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
  if (!existsSync(new URL(dir, root))) return [];
  return readdirSync(new URL(dir, root))
    .filter((f) => name.test(f))
    .map((f) => dir + f);
}

if (!existsSync(dist)) {
  console.error('check-budgets: no dist/; run `npm run build` first');
  process.exit(1);
}
const budgets = JSON.parse(readFileSync(new URL('.size-limit.json', root), 'utf8'));
const problems = [];
for (const { tag } of ELEMENTS) {
  const budget = budgets.find((b) => [b.path].flat()[0] === `dist/${tag}.js`);
  if (!budget) {
    problems.push(`no budget starts with dist/${tag}.js`);
    continue;
  }
  for (const glob of [budget.path].flat())
    if (!expand(glob).length) problems.push(`${tag}: its budget lists ${glob}, which matches no file`);
  const counted = new Set([budget.path].flat().flatMap(expand));
  const loaded = closure(`dist/${tag}.js`);
  for (const f of loaded)
    if (!counted.has(f)) problems.push(`${tag}: the page loads ${f}, which its budget does not count`);
  for (const f of counted)
    if (!loaded.has(f)) problems.push(`${tag}: its budget counts ${f}, which the page does not load`);
}
if (problems.length) {
  console.error(`.size-limit.json's per-element budgets do not match dist/:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`budgets: each element's budget counts exactly the files its page loads (${ELEMENTS.length} elements)`);
