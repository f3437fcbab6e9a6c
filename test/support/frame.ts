/** Helpers to load a page in an iframe and read the widgets inside it. */
import type { Widget } from './dom.js';

export type { Widget } from './dom.js';

export async function loadFrame(src: string, width = 1024): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Waits until `tag` is defined in the frame and its first instance has rendered. */
export async function rendered(win: Window, tag: string, timeout = 5000): Promise<Widget> {
  await Promise.race([
    win.customElements.whenDefined(tag),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`<${tag}> was not defined within ${timeout} ms`)), timeout),
    ),
  ]);
  // A framework may render the element after its definition is ready.
  const start = performance.now();
  let el = win.document.querySelector(tag) as Widget | null;
  while (!el) {
    if (performance.now() - start > timeout) throw new Error(`no <${tag}> in the page within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 20));
    el = win.document.querySelector(tag) as Widget | null;
  }
  await el.updateComplete;
  return el;
}
