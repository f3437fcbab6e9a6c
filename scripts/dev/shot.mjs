/* global URLSearchParams, location, customElements -- a page script, in the browser */
// The widget of a screenshot page (shot.html, govuk.html, sidebar.html), from the page's query:
//   tag        the element (required)
//   lang       the page's and the widget's language (default id); an element with data-en takes
//              that text in English
//   theme      the widget's theme, and the page's `dark` class (default light)
//   dist       the built folder, relative to the repository (default dist)
//   script     the file of `dist` to load (default `<tag>.js`; the host pages load ogi-widgets.js)
//   host       `native`: shot.html draws its own card around the widget
// Any other parameter becomes an attribute of the widget. It goes in the page's `[data-widget-slot]`,
// or at the end of the body. `window.ready` resolves to false when the element is not in the build.
const q = new URLSearchParams(location.search);
const tag = q.get('tag');
const lang = q.get('lang') ?? 'id';
document.documentElement.lang = lang;
document.body.classList.toggle('dark', q.get('theme') === 'dark');
document.body.classList.toggle('native', q.get('host') === 'native');
if (lang === 'en') for (const el of document.querySelectorAll('[data-en]')) el.textContent = el.dataset.en;
const el = document.createElement(tag);
el.setAttribute('theme', q.get('theme') ?? 'light');
for (const [k, v] of q) if (!['tag', 'lang', 'theme', 'dist', 'host', 'script'].includes(k)) el.setAttribute(k, v);
(document.querySelector('[data-widget-slot]') ?? document.body).append(el);
try {
  await import(`../../${q.get('dist') ?? 'dist'}/${q.get('script') ?? `${tag}.js`}`);
} finally {
  window.ready = customElements.get(tag) ? el.updateComplete.then(() => true) : Promise.resolve(false);
}
