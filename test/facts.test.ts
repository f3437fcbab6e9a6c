/**
 * Every fact of the client's source document, held against the rendered text of the four
 * widgets together, in Indonesian and in English. A lost fact fails the build.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { FACTS, missing, normalise } from './support/facts.js';
import { TAGS } from './support/tags.js';

async function renderedText(lang: string): Promise<string> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  for (const tag of TAGS) page.append(document.createElement(tag));
  await Promise.all(
    [...page.children].map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
  return normalise([...page.children].map((c) => c.shadowRoot!.textContent).join(' \n '));
}

describe('every fact of the source, in both languages', () => {
  for (const lang of ['id', 'en'] as const) {
    describe(lang, () => {
      let text = '';
      before(async () => {
        text = await renderedText(lang);
      });
      for (const fact of FACTS) {
        it(fact.fact, () => {
          expect(missing(text, fact[lang]), `missing in ${lang}`).to.deep.equal([]);
        });
      }
    });
  }

  it('the check can fail: a fact absent from the widgets is reported', async () => {
    const text = await renderedText('en');
    expect(missing(text, ['LAPOR!', 'a sentence no widget contains'])).to.deep.equal(['a sentence no widget contains']);
  });
});
