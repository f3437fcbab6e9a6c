/**
 * The test runner's own hazard: a failed assertion on a DOM node used to stall the whole run
 * (its result could not be sent), and hid which test failed. test/support/reportable-failures.ts
 * turns such values into text; here it is checked on a real failure.
 */
import { expect, fixture, html } from '@open-wc/testing';

describe('failed assertions on DOM nodes', () => {
  it('carry their values as text the runner can send', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><input aria-label="field" /><p></p></div>`);
    let failure: { actual?: unknown; expected?: unknown } | undefined;
    try {
      expect(wrap.querySelector('p')).to.equal(wrap.querySelector('input'));
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure, 'the assertion failed').to.exist;
    expect(() => structuredClone({ actual: failure!.actual, expected: failure!.expected })).not.to.throw();
    expect(failure!.actual).to.equal('<p></p>');
    expect(failure!.expected).to.equal('<input aria-label="field">');
  });
});
