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
  console: string[];
}

type ProbedWindow = Window & { __probe: Probe; trustedTypes?: unknown };

/** Loads a CSP fixture page under the `trusted-types` directive `tt` names (see web-test-runner.config.mjs). */
async function loadStrict(page: string, tt: 'one' | 'several' | 'none'): Promise<[HTMLIFrameElement, ProbedWindow]> {
  const frame = await loadFrame(`/test/fixtures/csp/${page}.html?tt=${tt}`);
  return [frame, frame.contentWindow as ProbedWindow];
}

/** Every widget on the page rendered its title and its styles; no violation, no error, nothing in the console. */
async function expectAllRendered(win: ProbedWindow): Promise<void> {
  for (const tag of TAGS) {
    const el = await rendered(win, tag);
    const title = el.shadowRoot!.querySelector('[part~="title"]');
    expect(title?.textContent?.trim().length, `${tag} title`).to.be.greaterThan(3);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(win.getComputedStyle(base).borderTopStyle, `${tag} styled`).to.equal('solid');
  }
  await new Promise((r) => setTimeout(r, 100));
  expect(win.__probe.violations, 'violations').to.deep.equal([]);
  expect(win.__probe.errors, 'errors').to.deep.equal([]);
  expect(win.__probe.console, 'console').to.deep.equal([]);
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

  it('the README gives the exact policies for one script and for several, and the tests use them', async () => {
    const readme = await (await fetch('/README.md')).text();
    for (const tt of ['one', 'several']) {
      const policy = (await fetch(`/test/fixtures/csp/module.html?tt=${tt}`)).headers.get('content-security-policy')!;
      expect(policy).to.contain('trusted-types lit-html');
      expect(readme.includes(`Content-Security-Policy: ${policy}`), `README gives: ${policy}`).to.equal(true);
    }
  });

  for (const kind of ['module', 'classic']) {
    it(`one script under the README's policy for one script (${kind})`, async () => {
      const [frame, win] = await loadStrict(kind, 'one');
      await expectAllRendered(win);
      frame.remove();
    });
  }

  // Each build file carries its own Lit; each copy creates a `lit-html` policy.
  const combinations: Array<[string, string]> = [
    ['several', 'ogi-faq.js + ogi-contact.js + ogi-widgets.js'],
    ['both', 'the module and the classic script'],
    ['host-lit', 'a host page that created its own lit-html policy first'],
  ];
  for (const [page, what] of combinations) {
    it(`${what}, under the README's policy for several scripts`, async () => {
      const [frame, win] = await loadStrict(page, 'several');
      await expectAllRendered(win);
      frame.remove();
    });
  }

  it("under trusted-types 'none' the widgets say once, in the console, why they cannot render", async function () {
    const [frame, win] = await loadStrict('module', 'none');
    if (!win.trustedTypes) {
      frame.remove();
      this.skip(); // no Trusted Types in this browser: nothing is enforced
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(win.__probe.errors, 'uncaught errors').to.deep.equal([]);
    expect(win.__probe.console).to.have.length(1);
    expect(win.__probe.console[0]).to.contain('[ogi-widgets]').and.contain("trusted-types lit-html 'allow-duplicates'");
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(undefined);
    frame.remove();
  });

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
