/**
 * Forced colours (Windows High Contrast and the like): every control and boundary stays
 * visible. Chromium emulates the mode; Firefox runs this file in a group launched with
 * the preference that forces colours. WebKit has no forced-colours mode (nor has Safari):
 * there every test skips.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { emulate, ensure } from '../support/media.js';
import { place } from '../support/place.js';
import { TAGS } from '../support/tags.js';

describe('forced colours', () => {
  after(() => emulate());
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('keeps every control and boundary visible in forced colours', async function () {
        if (!(await ensure({ name: 'forced-colors', value: 'active' }, '(forced-colors: active)'))) this.skip();
        const el = await place(tag, { lang: 'en' });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const base = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
        expect(base.borderTopStyle, 'frame').not.to.equal('none');
        for (const button of el.shadowRoot!.querySelectorAll('button, .button')) {
          const s = getComputedStyle(button);
          expect(s.borderTopStyle, 'button border').not.to.equal('none');
          expect(parseFloat(s.borderTopWidth), 'button border width').to.be.at.least(1);
          expect(s.color, 'button text').not.to.equal(s.backgroundColor);
        }
        // Icons (the FAQ's chevrons, the contact's labels, the buttons') take the system colour of
        // what they stand by, never the brand's accent.
        for (const icon of el.shadowRoot!.querySelectorAll('svg')) {
          const parent = icon.parentElement!;
          expect(getComputedStyle(icon).color, `icon in ${parent.localName}.${parent.className}`).to.equal(
            getComputedStyle(parent).color,
          );
        }
        for (const summary of el.shadowRoot!.querySelectorAll('summary')) {
          const item = getComputedStyle(summary.closest('details')!);
          const edges = [item.borderTopStyle, item.borderBottomStyle];
          expect(
            edges.some((e) => e !== 'none'),
            'question boundary',
          ).to.equal(true);
        }
      });
    });
  }
});
