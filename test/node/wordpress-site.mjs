/* global setTimeout, fetch */
// A throw-away WordPress site for the plugin's tests (and the README's screenshot): Debian's
// WordPress copied into a temporary folder with its own wp-config.php, a MariaDB server of its
// own (a socket in that folder, no network), the built plugin activated, PHP's own web server.
// Nothing here starts at import; `startSite()` starts it and `site.stop()` ends every process.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/browsers/webkit.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const PLUGIN = join(root, 'dist/wordpress/ogi-widgets');

/** Whether PHP, MariaDB and Debian's WordPress are all there. */
export function missing() {
  const need = { php: 'php-cli', mariadbd: 'mariadb-server', 'mariadb-install-db': 'mariadb-server' };
  const absent = Object.entries(need)
    .filter(([cmd]) => {
      try {
        execFileSync('sh', ['-c', `command -v ${cmd} || test -x /usr/sbin/${cmd}`], { stdio: 'ignore' });
        return false;
      } catch {
        return true;
      }
    })
    .map(([, pkg]) => pkg);
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) absent.push('wordpress');
  return [...new Set(absent)];
}

/** `text` as a PHP single-quoted string. */
const phpString = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check()` is true, at most `ms`. */
async function until(check, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

/** Starts a process in its own group, so that stopping it stops whatever it forked. */
function start(cmd, args, options) {
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  child.log = '';
  child.stdout.on('data', (d) => (child.log += d));
  child.stderr.on('data', (d) => (child.log += d));
  return child;
}

async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  if (await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

/**
 * Starts the site; resolves to { url, dir, php(code), serverLog(), stop() }. On failure
 * everything started so far is stopped before the error is thrown.
 */
export async function startSite() {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-wp-'));
  const processes = [];
  const stop = async () => {
    for (const child of processes.reverse()) await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database.
    const data = join(dir, 'db');
    const socket = join(dir, 'db.sock');
    execFileSync(
      'mariadb-install-db',
      [`--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
      { stdio: 'pipe', timeout: 60_000 },
    );
    const db = start('/usr/sbin/mariadbd', [
      '--no-defaults',
      '--user=root',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'db.pid')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=16M',
    ]);
    processes.push(db);
    await until(() => existsSync(socket) || db.exitCode !== null, 30_000, 'mariadbd');
    if (db.exitCode !== null) throw new Error(`mariadbd exited: ${db.log}`);
    execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wp'], { timeout: 30_000 });

    // WordPress, its configuration, the plugin.
    const wp = join(dir, 'wp');
    cpSync('/usr/share/wordpress', wp, { recursive: true, dereference: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(wp, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', WP_HOME . '/wp-content' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $key ) {
	define( $key, 'ogi-widgets-test-' . $key );
}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    cpSync(PLUGIN, join(wp, 'wp-content/plugins/ogi-widgets'), { recursive: true });
    // The test site's own choices, not the plugin's: WordPress's emoji fallback would fetch
    // images from s.w.org in a browser without colour emoji (the test counts requests), and
    // there is no mail here.
    mkdirSync(join(wp, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(
      join(wp, 'wp-content/mu-plugins/test-site.php'),
      `<?php
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
add_filter( 'pre_wp_mail', '__return_false' );
`,
    );

    let n = 0;
    /** Runs PHP code with WordPress loaded; resolves to its stdout. Throws on any output on stderr. */
    const php = (code, { install = false } = {}) => {
      const file = join(dir, `cli-${++n}.php`);
      writeFileSync(
        file,
        `<?php
${install ? "define( 'WP_INSTALLING', true );" : ''}
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
require ${JSON.stringify(join(wp, 'wp-load.php'))};
${code}
`,
      );
      const result = spawnSyncText('php', ['-d', 'error_reporting=E_ALL', '-d', 'display_errors=stderr', file]);
      if (result.status !== 0 || result.stderr.trim()) {
        const said = result.stdout
          .replace(/^[\s\S]*<body[^>]*>/, '')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ');
        throw new Error(`PHP failed (${result.status}): ${result.stderr} ${said.slice(0, 2000)}`);
      }
      return result.stdout;
    };

    php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install( 'OGI widgets on WordPress', 'admin', 'admin@example.org', false, '', 'admin-password' );
$author = wp_create_user( 'author', 'author-password', 'author@example.org' );
( new WP_User( $author ) )->set_role( 'author' );
$result = activate_plugin( 'ogi-widgets/ogi-widgets.php' );
if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }`,
      { install: true },
    );

    const server = start(
      'php',
      [
        '-d',
        'error_reporting=E_ALL',
        '-d',
        'log_errors=1',
        '-d',
        'display_errors=0',
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        wp,
      ],
      { cwd: wp, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } },
    );
    processes.push(server);
    await until(
      async () => {
        if (server.exitCode !== null) throw new Error(`php -S exited: ${server.log}`);
        try {
          return (await fetch(`${url}/wp-includes/images/blank.gif`)).ok;
        } catch {
          return false;
        }
      },
      20_000,
      'php -S',
    );

    const debugLog = () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '');
    return {
      url,
      dir,
      wp,
      php,
      /** Publishes a post as the Author (kses on, as for any Author); returns its URL. */
      postAsAuthor: (title, content) => {
        const id = php(`
$author = get_user_by( 'login', 'author' );
wp_set_current_user( $author->ID );
kses_init();
echo wp_insert_post( array(
  'post_title'   => ${phpString(title)},
  'post_status'  => 'publish',
  'post_author'  => $author->ID,
  'post_content' => ${phpString(content)},
) );`);
        return `${url}/?p=${id.trim()}`;
      },
      /** PHP's errors, notices and warnings so far, from the web server and WordPress's debug log. */
      problems: () =>
        `${server.log}\n${debugLog()}`
          .split('\n')
          .filter((line) => /PHP (?:Fatal|Parse|Warning|Notice|Deprecated)|Stack trace/i.test(line)),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function spawnSyncText(cmd, args) {
  return spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
}
