/** A fresh document in an iframe of the test page, and waiting for an element there. */

export type Win = Window & typeof globalThis;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** A blank page in an iframe with `body` as its markup; resolves when it has loaded. Removed after each test. */
export async function blankPage(body = ''): Promise<Win> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as Win;
}

/** Resolves once `tag` is defined in `win`, or rejects after `timeout` ms. */
export function defined(win: Win, tag: string, timeout = 8000): Promise<unknown> {
  return Promise.race([
    win.customElements.whenDefined(tag),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`<${tag}> was not defined within ${timeout} ms`)), timeout),
    ),
  ]);
}
