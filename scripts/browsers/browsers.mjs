// Finds the browsers the tests run in, and installs Debian's when missing.
// Never downloads a browser from anywhere else.
//   node scripts/browsers/browsers.mjs   → exits 0 when Chromium, Firefox and WebKit are available
//   (BROWSERS=webkit node scripts/browsers/browsers.mjs checks only the ones BROWSERS names)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const candidates = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    debian: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    debian: 'firefox-esr',
  },
  // WebKit is WebKitGTK's MiniBrowser, driven by WebKitWebDriver on an Xvfb display.
  webkit: {
    env: 'WEBKIT_PATH',
    paths: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    ],
    debian: 'webkit2gtk-driver',
  },
  webkitdriver: {
    env: 'WEBKIT_DRIVER_PATH',
    paths: ['/usr/bin/WebKitWebDriver'],
    debian: 'webkit2gtk-driver',
    part: 'webkit',
  },
  xvfb: { env: 'XVFB_PATH', paths: ['/usr/bin/Xvfb'], debian: 'xvfb', part: 'webkit' },
};

/** The browsers BROWSERS names (all three when unset). */
const wanted = () => {
  const only = process.env.BROWSERS?.split(',');
  return Object.keys(candidates).filter((name) => !only || only.includes(candidates[name].part ?? name));
};

/** The executable for `name` ('chromium' | 'firefox' | 'webkit' | 'webkitdriver' | 'xvfb'), or undefined. */
export function findBrowser(name) {
  const c = candidates[name];
  const fromEnv = process.env[c.env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return c.paths.find((p) => existsSync(p));
}

function canApt() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Makes sure the browsers exist, installing Debian's packages as root when possible. */
export function ensureBrowsers() {
  const missing = wanted().filter((name) => !findBrowser(name));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((name) => candidates[name].debian))];
  if (canApt()) {
    console.log(`[browsers] installing Debian's ${packages.join(' and ')} …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // With recommends, as tested: they bring the fonts the layout tests measure text in.
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages, 'fonts-dejavu-core', 'fonts-liberation'], {
      stdio: 'inherit',
      env,
    });
  }
  const still = wanted().filter((name) => !findBrowser(name));
  if (still.length > 0) {
    console.error(
      `[browsers] missing: ${still.join(', ')}. Install them with "sudo apt-get install ${[
        ...new Set(still.map((n) => candidates[n].debian)),
      ].join(' ')}", or point ${still.map((n) => candidates[n].env).join('/')} at an executable.`,
    );
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureBrowsers();

/** Flags for headless Chromium here: root needs no sandbox; nothing may call home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
