/**
 * The demo's colours are the widgets' own: its defaults and the colours it derives from a chosen
 * accent, text or surface (what its contrast check measures) match what a widget computes in the
 * browser (`color-mix()` in oklab over the tokens of src/shared/values.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { parseHex } from '../demo/contrast.js';
import { paletteOf, type ColorKey, type Scheme } from '../demo/state.js';
import type { Widget } from './support/dom.js';

/** Any CSS colour the browser computed (`rgb()`, `oklab()`, `color(srgb …)`) as sRGB bytes, through a canvas. */
function bytes(color: string): number[] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** Where each colour shows in `<ogi-contact>`'s shadow root: [selector, CSS property]. */
const SHOWN: [ColorKey, string, string][] = [
  ['text', '.base', 'color'],
  ['surface', '.base', 'background-color'],
  ['border', '.base', 'border-top-color'],
  ['muted', '.note', 'color'],
  ['subtle', '.block', 'background-color'],
  ['accent', '.eyebrow', 'color'],
];

/**
 * One step of 255 in a channel: the browser and the demo each convert sRGB → oklab → sRGB and
 * round to bytes, with matrices that differ in the last digits.
 */
const TOLERANCE = 1;

describe('demo: the colours it shows and checks are the widgets’ own', () => {
  const cases: [string, Scheme, Partial<Record<ColorKey, string>>][] = [
    ['the light defaults', 'light', {}],
    ['the dark defaults', 'dark', {}],
    ['a chosen text and surface (the mixed colours follow)', 'light', { text: '#203040', surface: '#fdf6e3' }],
    ['a chosen dark accent and surface', 'dark', { accent: '#f0b0ff', surface: '#000000' }],
  ];
  for (const [name, scheme, chosen] of cases) {
    it(name, async () => {
      const style = Object.entries(chosen)
        .map(([key, value]) => `--ogi-color-${key}:${value}`)
        .join(';');
      const el = await fixture<Widget>(html`<ogi-contact lang="en" theme=${scheme} style=${style}></ogi-contact>`);
      const palette = paletteOf(scheme, chosen);
      for (const [key, selector, property] of SHOWN) {
        const node = el.shadowRoot!.querySelector(selector)!;
        const shown = bytes(getComputedStyle(node).getPropertyValue(property));
        const expected = parseHex(palette[key])!;
        shown.forEach((c, i) =>
          expect(Math.abs(c - expected[i]), `${key} (${selector} ${property}): ${shown} vs ${expected}`).to.be.at.most(
            TOLERANCE,
          ),
        );
      }
    });
  }
});
