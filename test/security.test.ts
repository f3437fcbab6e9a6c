/**
 * "Safe to embed": the widgets under a strict Content-Security-Policy with Trusted Types
 * enforced, sent as a real response header by the test server (see web-test-runner.config.mjs).
 */
import { expect } from '@open-wc/testing';
import { loadFrame, rendered } from './support/frame.js';
import { TAGS } from './support/tags.js';

interface Probe {
  violations: string[];
  errors: string[];
}

describe('strict CSP and Trusted Types', () => {
  it('the fixture pages really are served with the strict policy', async () => {
    const response = await fetch('/test/fixtures/csp/module.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
  });

  for (const kind of ['module', 'classic']) {
    it(`renders all four widgets with no violation and no error (${kind} script)`, async () => {
      const frame = await loadFrame(`/test/fixtures/csp/${kind}.html`);
      const win = frame.contentWindow as Window & { __probe: Probe };
      for (const tag of TAGS) {
        const el = await rendered(win, tag);
        const title = el.shadowRoot!.querySelector('[part~="title"]');
        expect(title?.textContent?.trim().length, `${tag} title`).to.be.greaterThan(3);
        // Styles applied: the frame has a border from the widget's own (adopted) stylesheet.
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(win.getComputedStyle(base).borderTopStyle, `${tag} styled`).to.equal('solid');
      }
      // Give late violations (reported asynchronously) a moment to arrive.
      await new Promise((r) => setTimeout(r, 100));
      expect(win.__probe.violations).to.deep.equal([]);
      expect(win.__probe.errors).to.deep.equal([]);
      frame.remove();
    });
  }

  it('the policy is enforced on those pages, and the probe sees violations', async () => {
    const frame = await loadFrame('/test/fixtures/csp/module.html');
    const win = frame.contentWindow as Window & { __probe: Probe };
    // Trusted Types: a plain string into a script sink throws.
    const s = win.document.createElement('script');
    expect(() => {
      s.textContent = 'window.inlineRan = true';
    }).to.throw();
    // style-src 'self': an inline style attribute is refused and reported.
    const p = win.document.createElement('p');
    win.document.body.append(p);
    p.setAttribute('style', 'color: rgb(255, 0, 0)');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.getComputedStyle(p).color).not.to.equal('rgb(255, 0, 0)');
    expect(win.__probe.violations.length).to.be.greaterThan(0);
    frame.remove();
  });
});
