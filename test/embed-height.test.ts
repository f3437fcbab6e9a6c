/**
 * The README's iframe-height snippet (section on iframe pages), as a host page runs it: the
 * script is read from README.md at test time, so the test checks the snippet readers copy. The
 * frames are the real embed page (dist/embed/) and test/fixtures/height-relay.html, a page that
 * posts what the test tells it to.
 */
import { expect } from '@open-wc/testing';

/** The script of the README's ```html block that handles `ogi-widgets:height`. */
async function readmeSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  const block = blocks.filter((b) => b.includes("'ogi-widgets:height'"));
  expect(block, 'one html block of README.md handles the height message').to.have.length(1);
  const scripts = [...block[0].matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(scripts).to.have.length(1);
  return scripts[0];
}

const RELAY = '/test/fixtures/height-relay.html';
/** This server under another name: another origin. */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** An iframe of this page loading `src` (the height a host gives it first: 150px); resolves when loaded. */
async function frame(src: string, { sandbox, into = document.body }: { sandbox?: string; into?: HTMLElement } = {}) {
  const f = into.ownerDocument.createElement('iframe');
  if (sandbox !== undefined) f.setAttribute('sandbox', sandbox);
  f.style.cssText = 'display: block; width: 600px; height: 150px; border: 0';
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  f.src = src;
  into.append(f);
  if (into === document.body) frames.push(f);
  await loaded;
  return f;
}

/**
 * Resolves with the next message this page receives from `source`. The snippet's listener was
 * added before this one, so when it resolves the snippet has handled the same message.
 */
function nextMessage(source: MessageEventSource, timeout = 8000): Promise<MessageEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      removeEventListener('message', on);
      reject(new Error(`no message within ${timeout} ms`));
    }, timeout);
    const on = (event: MessageEvent) => {
      if (event.source !== source) return;
      clearTimeout(timer);
      removeEventListener('message', on);
      resolve(event);
    };
    addEventListener('message', on);
  });
}

/** Has `relay` (a frame's window) post `data` to its parent (or `to: 'top'`); resolves once this page received it. */
async function say(relay: Window, data: unknown, to: 'parent' | 'top' = 'parent'): Promise<void> {
  const received = nextMessage(relay);
  relay.postMessage({ send: data, to }, '*');
  await received;
}

const height = (f: HTMLIFrameElement) => f.style.height;
const message = (h: unknown) => ({ type: 'ogi-widgets:height', height: h });

describe("README: the host page's iframe-height snippet", () => {
  before(async () => {
    const script = document.createElement('script');
    script.textContent = await readmeSnippet();
    document.head.append(script);
  });

  it('fits the real embed page to the height it reports', async function () {
    this.timeout(20000);
    const f = document.createElement('iframe');
    f.style.cssText = 'display: block; width: 600px; height: 150px; border: 0';
    frames.push(f);
    f.src = '/dist/embed/ogi-faq.en.html';
    document.body.append(f);
    // The page reports its height once loaded (and whenever it changes). Loading it means its
    // module scripts too: on a machine running two CI runs, WebKit once took over 8 s for that.
    const { data } = await nextMessage(f.contentWindow!, 15000);
    expect(data.type).to.equal('ogi-widgets:height');
    expect(data.height).to.be.greaterThan(150);
    expect(height(f)).to.equal(`${Math.ceil(data.height)}px`);
    expect(f.getBoundingClientRect().height).to.equal(Math.ceil(data.height));
  });

  it('sizes the frame that sent a finite height, rounded up, and clamps it to 0…20000 px', async () => {
    const f = await frame(RELAY);
    const relay = f.contentWindow!;
    await say(relay, message(345.2));
    expect(height(f)).to.equal('346px');
    await say(relay, message(1e9));
    expect(height(f), 'a huge height').to.equal('20000px');
    await say(relay, message(Number.MAX_VALUE));
    expect(height(f)).to.equal('20000px');
    await say(relay, message(-50));
    expect(height(f), 'a negative height').to.equal('0px');
  });

  it('ignores a height that is not a finite number, and other messages', async () => {
    const f = await frame(RELAY);
    const relay = f.contentWindow!;
    await say(relay, message(321));
    for (const bad of [NaN, Infinity, -Infinity, '500', '500px', null, undefined, Object(500), [500]]) {
      await say(relay, message(bad));
      expect(height(f), String(bad)).to.equal('321px');
    }
    for (const other of [{ type: 'other', height: 500 }, { height: 500 }, 'ogi-widgets:height', null, 500]) {
      await say(relay, other);
      expect(height(f), JSON.stringify(other)).to.equal('321px');
    }
  });

  it('sizes only the frame the message came from', async () => {
    const widget = await frame(RELAY);
    const other = await frame(RELAY);
    await say(widget.contentWindow!, message(321));
    await say(other.contentWindow!, message(500));
    expect(height(other)).to.equal('500px');
    expect(height(widget), "another frame's height").to.equal('321px');
  });

  it('ignores a message from a window that is none of its frames: the page itself, a frame inside a frame', async () => {
    const widget = await frame(RELAY);
    await say(widget.contentWindow!, message(321));

    const fromSelf = nextMessage(window);
    window.postMessage(message(500), '*');
    await fromSelf;
    expect(height(widget), 'from the page itself').to.equal('321px');

    // A frame inside the widget's frame (same origin) writing to the top page.
    const inner = await frame(RELAY, { into: widget.contentDocument!.body });
    await say(inner.contentWindow!, message(500), 'top');
    expect(height(widget), 'from a frame inside it').to.equal('321px');
    expect(height(inner)).to.equal('150px');
  });

  it('ignores its frame once it shows a page of another origin than the one it was loaded from', async () => {
    const f = await frame(RELAY);
    const relay = f.contentWindow!;
    await say(relay, message(321));
    // The frame navigates itself elsewhere: its src still names our origin.
    const moved = new Promise((r) => f.addEventListener('load', r, { once: true }));
    relay.postMessage({ go: `${OTHER_ORIGIN}${RELAY}` }, '*');
    await moved;
    await say(f.contentWindow!, message(500));
    expect(height(f), 'from another origin').to.equal('321px');
  });

  it('ignores a sandboxed frame of our URL (an opaque origin), and accepts a frame loaded from another origin', async () => {
    const sandboxed = await frame(RELAY, { sandbox: 'allow-scripts' });
    await say(sandboxed.contentWindow!, message(500));
    expect(height(sandboxed), 'from an opaque origin').to.equal('150px');

    // A widget served from a CDN: its origin is the one its src names.
    const cdn = await frame(`${OTHER_ORIGIN}${RELAY}`);
    await say(cdn.contentWindow!, message(500));
    expect(height(cdn)).to.equal('500px');
  });
});
