/**
 * Frameworks: a React 19 page and a Vue 3 page (test/frameworks/, built by
 * `npm run build:fixtures` before the tests) render the elements, set their attributes
 * from state and listen to ogi-faq-toggle.
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
      expect(errors).to.deep.equal([]);
      frame.remove();
    });
  });
}
