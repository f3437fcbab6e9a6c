/**
 * Frameworks as their users write them: a React 19 page in TypeScript (.tsx) and a Vue 3
 * single-file component compiled by @vitejs/plugin-vue (test/frameworks/, built by
 * `npm run build:fixtures` before the tests; `npm run check:frameworks` type-checks both
 * with the package's React and Vue types) render the elements, set their attributes from
 * state, hand the FAQ its questions as a property and listen to ogi-faq-toggle.
 */
import { expect } from '@open-wc/testing';
import { until } from './support/dom.js';
import { loadFrame, rendered } from './support/frame.js';
import { TAGS } from './support/tags.js';

for (const framework of ['react', 'vue']) {
  describe(`in ${framework === 'react' ? 'React 19' : 'Vue 3'}`, () => {
    it('renders every widget, follows attribute changes and hears ogi-faq-toggle', async () => {
      const frame = await loadFrame(`/.out/frameworks/${framework}/index.html`);
      const win = frame.contentWindow!;
      const doc = frame.contentDocument!;
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(e.message));
      for (const tag of TAGS) {
        const el = await rendered(win, tag);
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(base.getAttribute('lang'), `${tag} lang`).to.equal('id');
        expect(el.shadowRoot!.querySelector('[part~="title"]')!.localName, `${tag} heading`).to.equal('h3');
      }
      (doc.querySelector('#to-en') as HTMLButtonElement).click();
      (doc.querySelector('#to-dark') as HTMLButtonElement).click();
      for (const tag of TAGS) {
        const el = doc.querySelector(tag)!;
        await until(
          () => el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang') === 'en',
          `${tag} in English`,
        );
        expect(el.getAttribute('theme')).to.equal('dark');
        expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal(
          'rgb(22, 27, 34)',
        );
      }
      const faq = doc.querySelector('ogi-faq')!;
      const summary = faq.shadowRoot!.querySelector('summary')!;
      const id = summary.closest('details')!.id;
      summary.click();
      await until(() => doc.querySelector('#log')!.textContent === `${id}:true`, 'the toggle in the log');
      summary.click();
      await until(() => doc.querySelector('#log')!.textContent === `${id}:true,${id}:false`, 'the second toggle');
      // A property: the second FAQ shows the questions handed to it as `items`, at the level asked for.
      const own = doc.querySelector('ogi-faq#own')!;
      await until(
        () => own.shadowRoot!.querySelector('summary')?.textContent?.includes('Our own question?') === true,
        'the own question',
      );
      expect(own.shadowRoot!.querySelectorAll('details').length, 'only the own question').to.equal(1);
      expect(own.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h4');
      expect(errors).to.deep.equal([]);
      frame.remove();
    });

    if (framework === 'vue') {
      it('is compiled at build time, with the ogi- tags as custom elements', async () => {
        const frame = await loadFrame('/.out/frameworks/vue/index.html');
        const src = (frame.contentDocument!.querySelector('script[type="module"]') as HTMLScriptElement).src;
        const code = await (await fetch(src)).text();
        // Without `isCustomElement` in the plugin's options, the compiler looks each tag up as a component.
        expect(/resolveComponent\(\s*["']ogi-/.test(code), 'an ogi- tag looked up as a component').to.equal(false);
        // Vue's runtime-only build: no template compiler in the page.
        expect(code.includes('compileToFunction'), 'the template compiler in the page').to.equal(false);
        expect(code.includes('"ogi-faq"'), 'the compiled template').to.equal(true);
        frame.remove();
      });
    }
  });
}
