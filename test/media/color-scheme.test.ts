/**
 * theme="auto" follows the system colour scheme. Chromium emulates a dark system; Firefox
 * runs this file in a group launched with a dark content colour scheme, WebKit in a
 * MiniBrowser started with --dark-mode.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { emulate, ensure } from '../support/media.js';
import { place } from '../support/place.js';
import { TAGS } from '../support/tags.js';

const surface = (el: HTMLElement) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;

describe('theme="auto" on a dark system', () => {
  after(() => emulate());
  for (const tag of TAGS) {
    it(`<${tag}> is dark, and theme="light" stays light`, async function () {
      if (!(await ensure({ name: 'prefers-color-scheme', value: 'dark' }, '(prefers-color-scheme: dark)'))) this.skip();
      const auto = await place(tag, { theme: 'auto' });
      expect(surface(auto)).to.equal('rgb(22, 27, 34)');
      const light = await place(tag, { theme: 'light' });
      expect(surface(light)).to.equal('rgb(255, 255, 255)');
    });
  }
});
