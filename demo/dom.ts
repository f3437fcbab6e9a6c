/** Building the demo page's own markup (demo.ts, editor.ts). */

/** Adds an element's markup to `parent`: `<tag attr=value …>` with `children`. */
export function add<K extends keyof HTMLElementTagNameMap>(
  parent: Element | DocumentFragment,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = parent.ownerDocument!.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  parent.append(el);
  return el;
}
