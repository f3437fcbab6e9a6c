/**
 * Loaded before the test framework on every test page (see `testRunnerHtml` in
 * web-test-runner.config.mjs). The runner sends each result to the terminal through
 * `structuredClone`, `actual` and `expected` of a failed assertion included. A DOM node (or a
 * function, or a window) cannot be cloned: the send throws, the result never arrives, and the
 * run stalls until its global timeout with no word of what failed. A failed chai assertion
 * here carries its values as text instead, so it is reported like any other.
 */
// The same chai module @open-wc/testing hands every test. Not imported through @open-wc/testing:
// this runs before mocha, and that entry, loaded this early, would skip its fixture clean-up hook.
import { Assertion, util } from '@esm-bundle/chai';

const cloneable = (value: unknown): boolean => {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
};

const { prototype } = Assertion;
const assert = prototype.assert;
prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown };
    for (const key of ['actual', 'expected'] as const) {
      if (!cloneable(failure[key])) failure[key] = util.inspect(failure[key]);
    }
    throw error;
  }
};
