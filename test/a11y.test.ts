/**
 * The accessibility matrix (WCAG 2.2 AA, as the README's "Security and accessibility" table
 * promises), for every widget: axe in both languages and
 * themes; keyboard reach in DOM order with a visible focus indicator; no sideways scroll
 * at 320 CSS px; printed FAQ answers. Forced colours, reduced motion and the system colour
 * scheme are in test/media/ (they need the browser set up for them).
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { emulate } from './support/media.js';
import { place } from './support/place.js';
import { TAGS } from './support/tags.js';

const FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex="0"]';

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('accessibility matrix', () => {
  afterEach(async () => {
    await emulate();
    await setViewport({ width: 800, height: 600 });
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const lang of ['id', 'en']) {
        for (const theme of ['light', 'dark']) {
          it(`axe finds nothing (${lang}, ${theme})`, async () => {
            const el = await place(tag, { lang, theme });
            await expect(el).to.be.accessible();
          });
        }
      }

      it('every control is reached by Tab in DOM order, with a visible focus indicator', async () => {
        const el = await place(tag, { lang: 'en' });
        // Controls inside a closed answer are not rendered, so not reachable until it opens.
        const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((c) => {
          const details = c.closest('details');
          return !details || details.open || c.localName === 'summary';
        });
        (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
        if (controls.length === 0) {
          // Nothing to operate: Tab must pass straight through (no focus trap, no stray tab stop).
          el.insertAdjacentHTML('afterend', '<button id="after">after</button>');
          await sendKeys({ press: 'Tab' });
          expect(deepActive()!.id).to.equal('after');
          return;
        }
        const reached: Element[] = [];
        for (let i = 0; i < controls.length; i++) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive()!;
          reached.push(active);
          const style = getComputedStyle(active);
          expect(
            style.outlineStyle,
            `focus ring on ${active.localName}.${active.className} "${active.textContent?.trim().slice(0, 30)}"`,
          ).not.to.equal('none');
          expect(parseFloat(style.outlineWidth), 'focus ring width').to.be.at.least(2);
        }
        expect(reached.map((r) => controls.indexOf(r as HTMLElement))).to.deep.equal(controls.map((_, i) => i));
      });

      it('nothing scrolls sideways at 320 CSS px, in either language, everything open', async () => {
        await setViewport({ width: 320, height: 640 });
        for (const lang of ['id', 'en']) {
          const el = await place(tag, { lang, orientation: 'horizontal' });
          await el.openAll?.();
          await el.updateComplete;
          expect(document.documentElement.scrollWidth, `${lang} page width`).to.be.at.most(320);
          const base = el.shadowRoot!.querySelector('[part~="base"]')!;
          expect(base.scrollWidth, `${lang} widget`).to.be.at.most(base.clientWidth + 1);
        }
      });
    });
  }

  it('prints every FAQ answer, and no button', async function () {
    if (!(await emulate({ name: 'media', value: 'print' }))) this.skip();
    const el = await place('ogi-faq', { lang: 'en' });
    for (const answer of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="answer"]')) {
      expect(answer.getBoundingClientRect().height, 'answer shown').to.be.greaterThan(0);
    }
    for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button')) {
      expect(button.getBoundingClientRect().height, 'button hidden').to.equal(0);
    }
  });
});
