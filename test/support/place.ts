import { fixture, html } from '@open-wc/testing';
import type { Widget } from './dom.js';

/** Renders `<tag>` with `attrs` after a focusable "before" button, and waits for it. */
export async function place(tag: string, attrs: Record<string, string> = {}): Promise<Widget> {
  const wrap = await fixture<HTMLElement>(html`<div><button id="before">before</button></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  await el.updateComplete;
  return el;
}
