/** Small helpers every test file uses: reading a widget's shadow DOM, and waiting. */

/** A rendered widget (any of ours, in this document or in a frame). */
export type Widget = HTMLElement & { updateComplete: Promise<unknown>; openAll?: () => Promise<void> | void };

/** The first match of `sel` in `el`'s shadow root (the test fails on a missing one). */
export const q = <T extends Element = HTMLElement>(el: Element, sel: string): T =>
  el.shadowRoot!.querySelector<T>(sel)!;

/** Every match of `sel` in `el`'s shadow root. */
export const qa = <T extends Element = HTMLElement>(el: Element, sel: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];

/** `s` with runs of white space made one space, trimmed. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of a node, or of an element's shadow root when it has one, white space squashed. */
export const text = (node: Node): string =>
  squash((node instanceof Element && node.shadowRoot ? node.shadowRoot : node).textContent);

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Resolves after the next animation frame (layout and style are up to date). */
export const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/** Polls `check` every 20 ms; fails naming `what` after `timeout` ms. */
export async function until(check: () => boolean, what: string, timeout = 3000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The console warnings (each call's arguments joined by spaces) written while `body` runs. */
export async function warningsDuring(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}
