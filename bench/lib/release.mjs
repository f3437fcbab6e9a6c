// Builds an earlier commit (the previous release, or any ref) into a temporary folder so that the
// benchmark measures it in the same run as this build. Releases are tagged (`v0.1.0`); a clone
// without tags falls back to the commit's hash. The commit's files come from `git archive`; its
// dependencies are this checkout's node_modules when every version it pins is the one installed
// here (no network), else `npm ci` in the folder. Only the two Vite passes the benchmark loads run:
// the per-element modules and dist/ogi-widgets.js.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The previous release: its tag, and the commit it tags (for clones without tags). */
export const PREVIOUS_RELEASE = { tag: 'v0.1.0', commit: '2f02962' };

const git = (root, args, options = {}) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], ...options });

/** The full hash of the first of `refs` this clone has, or undefined. */
export function resolveRef(root, refs) {
  for (const ref of refs) {
    try {
      return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
    } catch {
      // not in this clone (no tags, or a shallow clone): try the next
    }
  }
  return undefined;
}

/** The pinned dependencies of `pkgDir`'s package.json that this node_modules lacks or has in another version. */
function missingDependencies(pkgDir, nodeModules) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const wanted = { ...pkg.dependencies, ...pkg.devDependencies };
  return Object.entries(wanted).filter(([name, version]) => {
    const file = join(nodeModules, name, 'package.json');
    return !existsSync(file) || JSON.parse(readFileSync(file, 'utf8')).version !== version;
  });
}

/**
 * Builds `refs[0]` (or the next ref this clone has) into a new temporary folder; returns
 * `{ ref, sha, dir, dist, deps, seconds }`, or undefined when the clone has none of the refs.
 */
export function buildRef(root, refs, log = console.log) {
  const started = Date.now();
  const sha = resolveRef(root, refs);
  if (!sha) return undefined;
  const ref = refs.find((r) => resolveRef(root, [r]) === sha);
  const dir = mkdtempSync(join(tmpdir(), 'ogi-bench-ref-'));
  // Through a file: the archive of today's tree is larger than a pipe's default buffer in execFileSync.
  execFileSync('git', ['archive', '-o', join(dir, 'src.tar'), sha], { cwd: root });
  execFileSync('tar', ['-x', '-f', 'src.tar'], { cwd: dir });
  rmSync(join(dir, 'src.tar'));
  const nodeModules = realpathSync(join(root, 'node_modules'));
  const missing = missingDependencies(dir, nodeModules);
  let deps;
  if (!missing.length) {
    symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
    deps = 'this checkout’s node_modules (every pinned version matches)';
  } else {
    log(`  ${ref}: ${missing.length} dependencies differ (${missing.map(([n, v]) => `${n}@${v}`).join(', ')}): npm ci`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
    deps = 'its own `npm ci`';
  }
  const vite = join(dir, 'node_modules', 'vite', 'bin', 'vite.js');
  for (const mode of [[], ['--mode', 'bundle']]) {
    const env = { ...process.env };
    delete env.OGI_OUT_DIR;
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn', ...mode], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return { ref, sha: sha.slice(0, 7), dir, dist: join(dir, 'dist'), deps, seconds: (Date.now() - started) / 1000 };
}
