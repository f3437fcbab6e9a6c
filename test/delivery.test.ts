/**
 * How a webmaster loads the built files: with Subresource Integrity (dist/ogi-autoloader.js:
 * test/autoloader.test.ts). Each page is a fresh document in an iframe (its own module map and
 * its own resource timing). Imports nothing from src/: the elements come from dist/.
 */
import { expect } from '@open-wc/testing';
import { blankPage, defined, type Win } from './support/page.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Adds a script to `win`'s page; resolves to 'load' or 'error'. */
function addScript(win: Win, src: string, attributes: Record<string, string>): Promise<'load' | 'error'> {
  const script = win.document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.src = src;
  const result = new Promise<'load' | 'error'>((resolve) => {
    script.onload = () => resolve('load');
    script.onerror = () => resolve('error');
  });
  win.document.head.append(script);
  return result;
}

/** The built files byte for byte (see `rawDist` in web-test-runner.config.mjs). */
const RAW = '/raw/dist';

const integrity = async (): Promise<Record<string, string>> => (await fetch('/dist/integrity.json')).json();

describe('Subresource Integrity (dist/integrity.json)', () => {
  it('the bundle loaded with its integrity and crossorigin works', async () => {
    const win = await blankPage('<ogi-contact lang="en"></ogi-contact>');
    const hash = (await integrity())['ogi-widgets.js'];
    expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(
      await addScript(win, `${RAW}/ogi-widgets.js`, { type: 'module', integrity: hash, crossorigin: 'anonymous' }),
    ).to.equal('load');
    await defined(win, 'ogi-contact');
    const el = win.document.querySelector('ogi-contact') as Widget;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Address and contact');
  });

  it('the classic script loaded with its integrity works', async () => {
    const win = await blankPage('<ogi-faq></ogi-faq>');
    const hash = (await integrity())['ogi-widgets.iife.js'];
    expect(await addScript(win, `${RAW}/ogi-widgets.iife.js`, { integrity: hash, crossorigin: 'anonymous' })).to.equal(
      'load',
    );
    expect(win.customElements.get('ogi-faq')).to.be.a('function');
  });

  it('the bundle with a wrong hash is blocked', async () => {
    const win = await blankPage('<ogi-contact lang="en"></ogi-contact>');
    // A well-formed hash of another file.
    const wrong = (await integrity())['ogi-contact.js'];
    expect(
      await addScript(win, `${RAW}/ogi-widgets.js`, { type: 'module', integrity: wrong, crossorigin: 'anonymous' }),
    ).to.equal('error');
    expect(win.customElements.get('ogi-contact')).to.equal(undefined);
    expect(win.document.querySelector('ogi-contact')!.shadowRoot).to.equal(null);
  });
});
