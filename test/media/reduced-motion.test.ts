/**
 * prefers-reduced-motion: reduce means no animation and no transition. Chromium emulates
 * it; Firefox runs this file in a group launched with the reduced-motion preference, WebKit
 * in one whose GTK settings turn animations off.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { emulate, ensure } from '../support/media.js';
import { place } from '../support/place.js';
import { TAGS } from '../support/tags.js';

describe('reduced motion', () => {
  after(() => emulate());
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('does not animate with prefers-reduced-motion: reduce', async function () {
        if (!(await ensure({ name: 'prefers-reduced-motion', value: 'reduce' }, '(prefers-reduced-motion: reduce)')))
          this.skip();
        const el = await place(tag, { lang: 'en' });
        await el.openAll?.();
        await el.updateComplete;
        await new Promise(requestAnimationFrame);
        expect(el.shadowRoot!.getAnimations().length, 'running animations').to.equal(0);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const s = getComputedStyle(node);
          const longest = Math.max(...s.transitionDuration.split(',').map((d) => parseFloat(d)));
          expect(longest, `transition on ${node.localName}.${node.className}`).to.equal(0);
          expect(s.animationName, `animation on ${node.localName}`).to.equal('none');
        }
      });
    });
  }
});
