// WebKit (Safari's engine) for @web/test-runner: Debian's WebKitGTK MiniBrowser, driven over
// W3C WebDriver by WebKitWebDriver, on a private Xvfb display. No dependency beyond Node:
// the few WebDriver calls the runner needs are plain HTTP.
//
// Each launcher owns one Xvfb, one WebKitWebDriver and one browser window; test files run in
// that window one after another. Everything it started is ended in stop(), and on exit.
/* global fetch -- Node's own */
import { setTimeout as delay } from 'node:timers/promises';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from './browsers.mjs';

/** WebDriver key codes for the key names the tests press (others are sent as typed). */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

/**
 * MiniBrowser's toolbar keeps its window at least ~450 px wide; shrunk to nothing (this styles
 * the browser's own GTK widgets, never the page) the viewport can go down to 320 CSS px.
 */
const BROWSER_CHROME_CSS =
  '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); }\n';

/** A TCP port free on 127.0.0.1 now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Every launcher still running, so that an exit ends their processes. */
const live = new Set();
process.once('exit', () => {
  for (const launcher of live) launcher.kill();
});

export class WebKitLauncher {
  /**
   * @param {object} [options]
   * @param {string[]} [options.args] extra MiniBrowser arguments (e.g. '--dark-mode')
   * @param {Record<string, string | boolean>} [options.gtk] GTK settings for the browser
   *   (written to its own settings.ini, e.g. { 'gtk-enable-animations': false })
   */
  constructor(options = {}) {
    this.options = options;
    this.name = 'WebKit';
    this.type = 'webdriver';
    this.urls = new Map();
  }

  async initialize(config) {
    this.config = config;
    // The runner's own set-viewport command knows only puppeteer and playwright: put ours first.
    if (Array.isArray(config.plugins) && !config.plugins.some((p) => p.name === 'webkit-viewport')) {
      config.plugins.unshift(webkitViewportPlugin());
    }
  }

  /** Starts Xvfb, the driver and a browser session once, on first use. */
  async ready() {
    this.starting ??= this.start().catch((error) => {
      this.kill();
      throw error;
    });
    return this.starting;
  }

  async start() {
    live.add(this);
    const binary = findBrowser('webkit');
    const driver = findBrowser('webkitdriver');
    const xvfb = findBrowser('xvfb');
    if (!binary || !driver || !xvfb)
      throw new Error('WebKit needs webkit2gtk-driver and xvfb: run node scripts/browsers/browsers.mjs');

    // Xvfb picks a free display itself and writes its number to fd 3.
    this.xvfb = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    const display = await new Promise((resolve, reject) => {
      this.xvfb.once('error', reject);
      this.xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
      this.xvfb.stdio[3].once('data', (d) => resolve(String(d).trim()));
    });

    this.home = mkdtempSync(join(tmpdir(), 'ogi-webkit-'));
    const gtk = Object.entries(this.options.gtk ?? {});
    mkdirSync(join(this.home, 'gtk-3.0'));
    writeFileSync(
      join(this.home, 'gtk-3.0', 'settings.ini'),
      `[Settings]\n${gtk.map(([k, v]) => `${k}=${v}`).join('\n')}\n`,
    );
    writeFileSync(join(this.home, 'gtk-3.0', 'gtk.css'), BROWSER_CHROME_CSS);
    const port = await freePort();
    this.driver = spawn(driver, [`--port=${port}`], {
      env: {
        ...process.env,
        DISPLAY: `:${display}`,
        XDG_CONFIG_HOME: this.home,
        XDG_CACHE_HOME: this.home,
        XDG_DATA_HOME: this.home,
      },
      stdio: 'ignore',
    });
    this.base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i += 1) {
      try {
        if ((await fetch(`${this.base}/status`)).ok) break;
      } catch {
        if (i > 100) throw new Error('WebKitWebDriver did not start');
        await delay(50);
      }
    }
    const { value } = await this.call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary, args: ['--automation', ...(this.options.args ?? [])] },
        },
      },
    });
    this.session = value.sessionId;
    this.name = `WebKit ${value.capabilities.browserVersion}`;
  }

  /** One WebDriver call; throws with the driver's message on an error. */
  async call(method, path, body) {
    const url = path === '/session' ? `${this.base}/session` : `${this.base}/session/${this.session}${path}`;
    const res = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.message ?? res.status}`);
    return json;
  }

  async stop() {
    live.delete(this);
    if (this.session) {
      try {
        await this.call('DELETE', '');
      } catch {
        // the browser is gone already
      }
      this.session = undefined;
    }
    this.kill();
  }

  /** Ends the processes this launcher started (the session should be deleted first). */
  kill() {
    this.driver?.kill();
    this.xvfb?.kill();
    this.driver = this.xvfb = undefined;
    if (this.home) rmSync(this.home, { recursive: true, force: true });
    this.home = undefined;
  }

  async startSession(id, url) {
    await this.ready();
    this.urls.set(id, url);
    // Navigation returns once the page has loaded; the runner hears from the page itself.
    this.navigation = this.call('POST', '/url', { url }).catch(() => {});
  }

  isActive(id) {
    return this.urls.has(id);
  }

  getBrowserUrl(id) {
    return this.urls.get(id);
  }

  async stopSession(id) {
    await this.navigation;
    await this.call('POST', '/url', { url: 'about:blank' });
    this.urls.delete(id);
    return {};
  }

  async startDebugSession() {
    throw new Error('No debug session for WebKit: open the test URL in Epiphany or Safari.');
  }

  async sendKeys(_id, keys) {
    const actions = [];
    for (const key of keys) {
      // 'Shift+Tab' presses Shift, then Tab, and lets go in reverse order.
      const parts = key.length > 1 ? key.split('+').map((k) => KEYS[k] ?? k) : [key];
      for (const k of parts) actions.push({ type: 'keyDown', value: k });
      for (const k of parts.reverse()) actions.push({ type: 'keyUp', value: k });
    }
    await this.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.call('DELETE', '/actions');
  }

  async pointer(actions) {
    await this.call('POST', '/actions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  }

  sendMouseMove(_id, x, y) {
    return this.pointer([{ type: 'pointerMove', duration: 0, x, y }]);
  }

  sendMouseClick(_id, x, y, button = 'left') {
    const b = ['left', 'middle', 'right'].indexOf(button);
    return this.pointer([
      { type: 'pointerMove', duration: 0, x, y },
      { type: 'pointerDown', button: b },
      { type: 'pointerUp', button: b },
    ]);
  }

  sendMouseDown(_id, button = 'left') {
    return this.pointer([{ type: 'pointerDown', button: ['left', 'middle', 'right'].indexOf(button) }]);
  }

  sendMouseUp(_id, button = 'left') {
    return this.pointer([{ type: 'pointerUp', button: ['left', 'middle', 'right'].indexOf(button) }]);
  }

  async resetMouse() {
    await this.call('DELETE', '/actions');
  }

  /** Sizes the window so that the page's viewport (innerWidth × innerHeight) is width × height. */
  async setViewport(_id, { width, height }) {
    const inner = async () =>
      (await this.call('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] })).value;
    let [w, h] = [width, height];
    for (let i = 0; i < 6; i += 1) {
      await this.call('POST', '/window/rect', { width: w, height: h });
      // The page's viewport follows the window a moment later on a busy machine.
      await delay(100 * (i + 1));
      const [iw, ih] = await inner();
      if (iw === width && ih === height) return;
      w += width - iw;
      h += height - ih;
    }
    const [iw, ih] = await inner();
    throw new Error(`WebKit's viewport stays ${iw}×${ih}, not ${width}×${height}`);
  }
}

/** set-viewport for WebKit sessions; other browsers fall through to the runner's own command. */
function webkitViewportPlugin() {
  return {
    name: 'webkit-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-viewport' || !(session.browser instanceof WebKitLauncher)) return undefined;
      await session.browser.setViewport(session.id, payload);
      return true;
    },
  };
}

/** A WebKit launcher for the test runner's `browsers`. */
export const webkitLauncher = (options) => new WebKitLauncher(options);
