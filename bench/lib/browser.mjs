// Headless Chromium for the benchmark: launch (Debian's /usr/bin/chromium through
// playwright-core), a fresh context and page per load, CDP for throttling and heap.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browsers/browsers.mjs';

/** Debian's Chromium (or $CHROME_PATH, via scripts/browsers/browsers.mjs), headless, with the repository's one list of flags. */
export function launch() {
  const executablePath = findBrowser('chromium');
  if (!executablePath)
    throw new Error('Chromium not found: run `node scripts/browsers/browsers.mjs` or set CHROME_PATH');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens `url` in a new context (empty cache, fresh heap) with the CPU slowed
 * `throttle` times, and waits for the page's harness (`window.bench`).
 * Page errors and console errors are collected; `check()` throws on any.
 */
export async function openPage(browser, url, { throttle = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  await page.waitForFunction(() => window.bench);
  return {
    page,
    cdp,
    check() {
      if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    },
    close: () => context.close(),
  };
}

/** Forces garbage collection, then reads the used JS heap and the DOM counters. */
export async function heapAfterGC(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
  return { used: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}
