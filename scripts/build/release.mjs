// `npm run release` (after `npm run build`): one archive a webmaster downloads and unpacks on
// their server, release/ogi-widgets-<version>.tar.gz, holding one folder ogi-widgets-<version>/
// with README.md, LICENSE, CHANGELOG.md and dist/: everything a page loads (bundles, per-element
// modules, chunks, the autoloader, CSS, static fragments, iframe pages, language packs, schema),
// integrity.json, the source maps (so that an error on a live site can be traced; browsers fetch
// them only with developer tools open), custom-elements.json and the editor data. Left out:
// dist/types/ (for bundlers, through npm), dist/ssr/ (the Node renderer, which needs
// `npm install ogi-widgets`) and dist/wordpress/ (its own archive, below). Made with Debian's
// tar and gzip, with fixed owners, order and times, so the same build gives the same archive.
// Beside it, release/ogi-widgets-wordpress-<version>.zip: the WordPress plugin, one folder
// ogi-widgets/ (what wp-admin → Plugins → Add New → Upload Plugin takes), made with Debian's zip,
// files in name order with the commit's time.
//   node scripts/build/release.mjs [--out DIR]   (default: release/)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Top-level folders of dist/ that stay out of the archive: no page loads them. */
const LEFT_OUT = ['types', 'ssr', 'wordpress'];
/** Files beside dist/ in the archive. */
const DOCS = ['README.md', 'LICENSE', 'CHANGELOG.md'];

/** Writes `<outDir>/ogi-widgets-<version>.tar.gz` from `dist`; resolves to its path. */
export function makeArchive({ dist = join(root, 'dist'), outDir = join(root, 'release') } = {}) {
  if (!existsSync(join(dist, 'ogi-widgets.js')) || !existsSync(join(dist, 'integrity.json'))) {
    throw new Error(`${dist} holds no complete build: run \`npm run build\` first`);
  }
  const name = `${pkg.name}-${pkg.version}`;
  const stage = mkdtempSync(join(tmpdir(), 'ogi-release-'));
  try {
    const top = join(stage, name);
    mkdirSync(top);
    for (const doc of DOCS) cpSync(join(root, doc), join(top, doc));
    cpSync(dist, join(top, 'dist'), {
      recursive: true,
      filter: (src) => !LEFT_OUT.includes(relative(dist, src).split(sep)[0]),
    });
    mkdirSync(outDir, { recursive: true });
    const archive = resolve(outDir, `${name}.tar.gz`);
    // The time of the last commit (or SOURCE_DATE_EPOCH) on every file: the archive depends on the content only.
    const epoch = process.env.SOURCE_DATE_EPOCH ?? gitTime() ?? '0';
    execFileSync(
      'tar',
      [
        '--create',
        '--file',
        archive,
        '--use-compress-program=gzip -9n',
        '--sort=name',
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        '--mode=u+rw,go+r,go-w',
        `--mtime=@${epoch}`,
        '--directory',
        stage,
        name,
      ],
      { stdio: 'inherit' },
    );
    return archive;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Writes `<outDir>/ogi-widgets-wordpress-<version>.zip` from `dist/wordpress/ogi-widgets`; resolves to its path. */
export function makeWordpressZip({ dist = join(root, 'dist'), outDir = join(root, 'release') } = {}) {
  const plugin = join(dist, 'wordpress/ogi-widgets');
  if (!existsSync(join(plugin, 'ogi-widgets.php'))) {
    throw new Error(`${plugin} holds no plugin: run \`npm run build\` first`);
  }
  const stage = mkdtempSync(join(tmpdir(), 'ogi-release-wp-'));
  try {
    cpSync(plugin, join(stage, 'ogi-widgets'), { recursive: true });
    const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? gitTime() ?? '0');
    const entries = [];
    const walk = (rel) => {
      entries.push(`${rel}/`);
      utimesSync(join(stage, rel), epoch, epoch);
      for (const d of readdirSync(join(stage, rel), { withFileTypes: true })) {
        if (d.isDirectory()) walk(`${rel}/${d.name}`);
        else {
          entries.push(`${rel}/${d.name}`);
          utimesSync(join(stage, rel, d.name), epoch, epoch);
        }
      }
    };
    walk('ogi-widgets');
    entries.sort();
    mkdirSync(outDir, { recursive: true });
    const archive = resolve(outDir, `${pkg.name}-wordpress-${pkg.version}.zip`);
    rmSync(archive, { force: true });
    // -X: no owners or extra times; -D is not given, so folders have their own entries; -@: names from stdin.
    execFileSync('zip', ['-X', '-9', '-q', archive, '-@'], {
      cwd: stage,
      input: `${entries.join('\n')}\n`,
      env: { ...process.env, TZ: 'UTC' },
      stdio: ['pipe', 'inherit', 'inherit'],
    });
    return archive;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function gitTime() {
  try {
    return (
      execFileSync('git', ['log', '-1', '--format=%ct'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--out');
  const archive = makeArchive(at > 0 ? { outDir: resolve(process.argv[at + 1]) } : {});
  const listing = execFileSync('tar', ['--list', '--file', archive], { encoding: 'utf8' }).trim().split('\n');
  console.log(`release: ${relative(process.cwd(), archive)} (${listing.filter((l) => !l.endsWith('/')).length} files)`);
  const zip = makeWordpressZip(at > 0 ? { outDir: resolve(process.argv[at + 1]) } : {});
  console.log(`release: ${relative(process.cwd(), zip)} (the WordPress plugin)`);
}
