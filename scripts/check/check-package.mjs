// Run by `npm pack` and `npm publish` (npm's `prepack`, after `npm run build`): fails when a file
// that package.json names is missing, so a package never ships an entry point that is not there.
// Checks every target of the `exports` map (a `*` pattern must match at least one file), and the
// `main`, `module`, `types`, `unpkg`, `customElements`, `web-types` and `bin` files.
//   node scripts/check/check-package.mjs
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every file path (`./dist/…`) an `exports` value names, through its conditions, with the key for messages. */
export function exportTargets(exportsMap) {
  const out = [];
  const visit = (key, value) => {
    if (typeof value === 'string') out.push({ key, target: value });
    else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(key, v);
  };
  for (const [key, value] of Object.entries(exportsMap)) visit(key, value);
  return out;
}

/** The files under `dir` that a target (`./dist/static/*` or `./dist/ogi-faq.js`) names, relative to `dir`. */
export function filesFor(dir, target) {
  const rel = posix.normalize(target);
  if (!rel.includes('*')) return existsSync(join(dir, rel)) && statSync(join(dir, rel)).isFile() ? [rel] : [];
  const [before, after] = rel.split('*');
  const base = posix.dirname(`${before}x`);
  const walk = (sub) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((d) =>
          d.isDirectory() ? walk(`${sub}/${d.name}`) : [`${sub}/${d.name}`],
        )
      : [];
  return walk(base).filter((f) => f.startsWith(before) && f.endsWith(after) && f.length > before.length + after.length);
}

/** The problems of package.json's paths in `dir`, one line each; none when every named file exists. */
export function packageProblems(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const problems = [];
  for (const { key, target } of exportTargets(pkg.exports ?? {})) {
    if (!target.startsWith('./')) problems.push(`exports["${key}"]: ${target} does not start with ./`);
    else if (!filesFor(dir, target).length) problems.push(`exports["${key}"]: ${target} is missing`);
  }
  const fields = ['main', 'module', 'types', 'unpkg', 'customElements', 'web-types'];
  for (const field of fields) {
    if (pkg[field] && !filesFor(dir, pkg[field]).length) problems.push(`${field}: ${pkg[field]} is missing`);
  }
  for (const [name, path] of Object.entries(pkg.bin ?? {})) {
    if (path.startsWith('./'))
      problems.push(`bin["${name}"]: ${path}: npm strips the ./ with a warning; write it without`);
    if (!filesFor(dir, path).length) problems.push(`bin["${name}"]: ${path} is missing`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = packageProblems(root);
  if (problems.length) {
    console.error(`package.json names files that are not there (run \`npm run build\`?):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('package.json: every file it names exists');
}
