/**
 * src/ssr/scope-css.ts: the function that turns each element's shadow styles into rules of
 * dist/ogi-widgets.css (`--stylesheet`), which a server-rendered shadow root links instead of an
 * inline `<style>` and which styles it until the script takes it over. Every rule must stay a
 * rule, narrowed to its element: here the browser's own parser and cascade are the judges.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup } from 'lit';
import '../src/index.js';
import { ELEMENTS } from '../src/elements.js';
import { OgiElement } from '../src/shared/ogi-element.js';
import { scopeCss } from '../src/ssr/scope-css.js';

const S = ':host(ogi-faq)';

/** The style rules' selectors of `css`, as the browser parsed them (inside at-rules too, not in keyframes). */
function selectors(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const out: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) out.push(rule.selectorText);
      else if (rule instanceof CSSKeyframesRule) continue;
      else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  walk(sheet.cssRules);
  return out;
}

const flatten = (styles: CSSResultGroup | undefined): CSSResult[] =>
  Array.isArray(styles) ? styles.flatMap((s) => flatten(s as CSSResultGroup)) : styles ? [styles as CSSResult] : [];

describe('scopeCss (src/ssr/scope-css.ts)', () => {
  it('puts the scope before each selector of a list, splitting only at top-level commas', () => {
    expect(scopeCss('.a, .b > p {color: red}', S)).to.equal(`${S} .a,${S} .b > p{color: red}`);
    expect(scopeCss(':is(.a, .b) [data-x="1,2"], .c{margin:0}', S)).to.equal(
      `${S} :is(.a, .b) [data-x="1,2"],${S} .c{margin:0}`,
    );
  });

  it('narrows :host instead of prefixing it', () => {
    expect(scopeCss(':host{display:block}', S)).to.equal(`${S}{display:block}`);
    expect(scopeCss(':host .x, :host:hover {}', ':host(ogi-about)')).to.equal(
      ':host(ogi-about) .x,:host(ogi-about):hover{}',
    );
  });

  it('scopes the rules inside @media, @supports and @container, and leaves @keyframes as written', () => {
    const css = `@media (min-width: 30rem) { .a { padding: 1rem } @supports (display: grid) { .b { display: grid } } }
@container card (width > 20em) { .c { color: red } }
@keyframes pulse { from { opacity: 0 } 50% { opacity: .5 } to { opacity: 1 } }
@-webkit-keyframes spin { from { rotate: 0deg } }`;
    const out = scopeCss(css, S);
    expect(out).to.contain(`@media (min-width: 30rem) { ${S} .a{ padding: 1rem }`);
    expect(out).to.contain(`@supports (display: grid) { ${S} .b{ display: grid }`);
    expect(out).to.contain(`@container card (width > 20em) { ${S} .c{ color: red }`);
    expect(out).to.contain('@keyframes pulse { from { opacity: 0 } 50% { opacity: .5 } to { opacity: 1 } }');
    expect(out).to.contain('@-webkit-keyframes spin { from { rotate: 0deg } }');
    expect(selectors(out)).to.deep.equal([`${S} .a`, `${S} .b`, `${S} .c`]);
  });

  it('keeps comments, white space, and braces inside strings', () => {
    const css = `/* a { comment } */\n.a::before { content: "}{"; }\n.b::after{content:'{'}`;
    expect(scopeCss(css, S)).to.equal(
      `/* a { comment } */\n${S} .a::before{ content: "}{"; }\n${S} .b::after{content:'{'}`,
    );
  });

  it('narrows a :host(…) selector into the scope, brackets and all', () => {
    expect(scopeCss(':host([theme="dark"]) .a{}', S)).to.equal(':host(ogi-faq[theme="dark"]) .a{}');
    expect(scopeCss(':host(:is([a], [b])){}', S)).to.equal(':host(ogi-faq:is([a], [b])){}');
  });

  it('throws on a :host(…) selector without a :host(…) scope, and on a selector without a block', () => {
    expect(() => scopeCss(':host([a]) .a{}', 'section')).to.throw(/needs a :host/);
    expect(() => scopeCss('.a{} .b', S)).to.throw(/no block after ".b"/);
  });

  it("keeps every rule of every element's own styles, each narrowed to its element", () => {
    const shared = flatten(OgiElement.styles);
    for (const { tag } of ELEMENTS) {
      const own = flatten((customElements.get(tag) as unknown as typeof OgiElement).styles).filter(
        (s) => !shared.includes(s),
      );
      expect(own.length, tag).to.be.above(0);
      for (const style of own) {
        const before = selectors(style.cssText);
        const after = selectors(scopeCss(style.cssText, `:host(${tag})`));
        expect(after.length, `${tag}: every rule kept`).to.equal(before.length);
        for (const selector of after)
          for (const part of selector.split(/,(?![^(]*\))/))
            expect(/^:host\(([\w-]+)[)[]/.exec(part.trim())?.[1], `${tag}: ${part}`).to.equal(tag);
      }
    }
  });

  it('styles the shadow root of its element only', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(scopeCss(':host { display: block; } .x { color: rgb(1, 2, 3); }', ':host(section)'));
    const wrap = await fixture<HTMLElement>(html`<div><section></section><aside></aside></div>`);
    const colours = ['section', 'aside'].map((name) => {
      const root = wrap.querySelector(name)!.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = '<p class="x">x</p>';
      return getComputedStyle(root.querySelector('.x')!).color;
    });
    expect(colours[0]).to.equal('rgb(1, 2, 3)');
    expect(colours[1]).not.to.equal('rgb(1, 2, 3)');
  });
});
