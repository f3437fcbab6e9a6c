import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browsers/browsers.mjs';
import { webkitLauncher } from './scripts/browsers/webkit.mjs';
import { ssrMiddleware, ssrPlugin } from './test/support/ssr-server.mjs';

const only = process.env.BROWSERS?.split(',');
const chromium = () =>
  chromeLauncher({ launchOptions: { executablePath: findBrowser('chromium'), headless: true, args: CHROMIUM_ARGS } });
/** Firefox through puppeteer-core (WebDriver BiDi); `prefs` set up what the runner cannot emulate there. */
const firefox = (prefs = {}) =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: findBrowser('firefox'),
      headless: true,
      extraPrefsFirefox: prefs,
    },
  });
/** WebKit (Safari's engine): WebKitGTK's MiniBrowser over WebDriver on a private Xvfb display. */
const webkit = (options) => webkitLauncher(options);
const want = (name) => !only || only.includes(name);
const browsers = [
  ...(want('chromium') ? [chromium()] : []),
  ...(want('firefox') ? [firefox()] : []),
  ...(want('webkit') ? [webkit()] : []),
];

/**
 * Media features Firefox and WebKit give the runner no way to emulate: each file of test/media/
 * runs in Chromium (emulated through the DevTools protocol), in a Firefox launched with the
 * preference that turns the feature on, and in a WebKit launched with the matching GTK setting
 * or MiniBrowser flag. WebKit has no forced-colours mode at all (nor has Safari): that file
 * skips there.
 */
const mediaGroups = [
  ['forced-colors', { 'browser.display.document_color_use': 2 }, {}],
  ['reduced-motion', { 'ui.prefersReducedMotion': 1 }, { gtk: { 'gtk-enable-animations': false } }],
  ['color-scheme', { 'layout.css.prefers-color-scheme.content-override': 0 }, { args: ['--dark-mode'] }],
].map(([name, prefs, webkitOptions]) => ({
  name: `media-${name}`,
  files: [`test/media/${name}.test.ts`],
  browsers: [
    ...(want('chromium') ? [chromium()] : []),
    ...(want('firefox') ? [firefox(prefs)] : []),
    ...(want('webkit') ? [webkit(webkitOptions)] : []),
  ],
}));

/** Requests seen by the `autoloadDist` middleware, by run. */
const autoloadRuns = new Map();

/** DevTools sessions kept per page for media emulation. */
const mediaSessions = new WeakMap();

/** The strictest policy a government site might send; fixture pages under test/fixtures/csp/ get it as a real header. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The `trusted-types` directives a fixture page can ask for with `?tt=<key>`, appended to STRICT_CSP.
 * `one` and `several` are the strings the README's security section gives (test/security.test.ts checks).
 */
export const TRUSTED_TYPES = {
  one: 'trusted-types lit-html',
  several: "trusted-types lit-html 'allow-duplicates'",
  none: "trusted-types 'none'",
};

export default {
  files: ['test/**/*.test.ts', '!test/media/**'],
  groups: mediaGroups,
  nodeResolve: true,
  rootDir: '.',
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  // Three browsers share two cores: a browser that starts slowly on a busy machine is not a failure.
  browserStartTimeout: 120000,
  // The same for a test page's first script on a loaded machine (the default is 20 s).
  testsStartTimeout: 60000,
  // 20 s: WebKit's first test in a file (axe, first layout) can pass 10 s on a busy 2-core machine.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  // A failed assertion on a DOM node must be reported, not stall the run (see the script).
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/support/reportable-failures.ts"></script><script type="module" src="${framework}"></script></body></html>`,
  middleware: [
    // /raw/dist/<file>: the built file byte for byte, as a static server sends it (the runner's
    // own pipeline rewrites the modules it serves, which would break their integrity hashes).
    async function rawDist(context, next) {
      const file = /^\/raw\/(dist\/[\w./-]+\.(js|css|json))$/.exec(context.path);
      if (!file || file[1].includes('..')) return next();
      context.type = { js: 'text/javascript', css: 'text/css', json: 'application/json' }[file[2]];
      context.body = await readFile(new URL(file[1], import.meta.url));
    },
    // /__autoload/<run>/<fails>/<file>: dist/<file> byte for byte, for test/autoloader.test.ts.
    // Every request is logged under <run> (GET /__autoload/<run>/log lists them, query included);
    // an element module (ogi-<name>.js) answers 500 to its first <fails> requests in that run.
    async function autoloadDist(context, next) {
      const log = /^\/__autoload\/([\w-]+)\/log$/.exec(context.path);
      if (log) {
        context.type = 'application/json';
        context.body = JSON.stringify(autoloadRuns.get(log[1]) ?? []);
        return;
      }
      const file = /^\/__autoload\/([\w-]+)\/(\d+)\/([\w./-]+\.js)$/.exec(context.path);
      if (!file || file[3].includes('..')) return next();
      const [, run, fails, name] = file;
      const requests = autoloadRuns.get(run) ?? [];
      autoloadRuns.set(run, requests);
      requests.push(name + context.search);
      context.set('Cache-Control', 'no-store');
      const element = /^ogi-(?!autoloader)[\w-]+\.js$/.test(name);
      if (element && requests.filter((r) => r.split('?')[0] === name).length <= Number(fails)) {
        context.status = 500;
        context.body = 'failing on purpose';
        return;
      }
      context.type = 'text/javascript';
      context.body = await readFile(new URL(`dist/${name}`, import.meta.url));
    },
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/fixtures/csp/')) {
        const tt = TRUSTED_TYPES[context.query.tt];
        context.set('Content-Security-Policy', tt ? `${STRICT_CSP}; ${tt}` : STRICT_CSP);
      }
      return next();
    },
    // Server-rendered pages and CSP reports for test/no-js.test.ts.
    ssrMiddleware(),
    // /__content.json?body=…[&delay=ms][&status=404][&pad=n]: a regional content file for
    // test/regional.test.ts, sent after `delay` ms, padded with `pad` spaces.
    async function regionalContent(context, next) {
      if (context.path !== '/__content.json') return next();
      const { body = '{}', delay = 0, status = 200, pad = 0 } = context.query;
      await sleep(Math.min(Number(delay), 10000));
      context.status = Number(status);
      context.type = 'application/json';
      context.body = `${body}${' '.repeat(Math.min(Number(pad), 1e6))}`;
    },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    ssrPlugin,
    {
      // executeServerCommand('media-features', [{ name, value }]): emulates CSS media features
      // (forced-colors, prefers-reduced-motion, prefers-color-scheme; name 'media' for print)
      // through the DevTools protocol in Chromium; { ok: false } where the browser has no such
      // thing. The session stays attached, since detaching it would drop the emulation.
      name: 'media-features',
      async executeCommand({ command, session, payload }) {
        if (command !== 'media-features') return undefined;
        try {
          const page = session.browser.getPage(session.id);
          let cdp = mediaSessions.get(page);
          if (!cdp) {
            cdp = await page.createCDPSession();
            mediaSessions.set(page, cdp);
          }
          await cdp.send('Emulation.setEmulatedMedia', {
            media: payload.find((f) => f.name === 'media')?.value ?? '',
            features: payload.filter((f) => f.name !== 'media'),
          });
          return { ok: true };
        } catch {
          return { ok: false };
        }
      },
    },
    {
      // executeServerCommand('heap-usage'): bytes used by the page's JS heap after a forced GC,
      // through the DevTools protocol (Chromium); null where the browser offers no such thing.
      name: 'heap-usage',
      async executeCommand({ command, session }) {
        if (command !== 'heap-usage') return undefined;
        try {
          const page = session.browser.getPage(session.id);
          const cdp = await page.createCDPSession();
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          await cdp.detach();
          return { usedSize };
        } catch {
          return { usedSize: null };
        }
      },
    },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
