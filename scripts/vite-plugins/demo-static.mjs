/**
 * The demo's "without JavaScript" preview: `static/<tag>.<lang>.h<level>.html` next to the demo
 * page, each a bare page holding one fragment exactly as `ogi-widgets render` writes it. The demo
 * shows it in a frame sandboxed without `allow-scripts`, so nothing in it can run.
 *
 * Always rendered by the real renderer (`src/ssr/`), never by a copy:
 *  - `npm start`: a Vite plugin renders each page on request, from source (`ssrLoadModule`);
 *  - `npm run build:demo`: the same plugin renders every page into `demo-dist/static/`;
 *  - the test server (web-test-runner) renders it with the built `dist/ssr/` (see
 *    test/support/ssr-server.mjs).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { page } from '../build/page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `…/static/ogi-faq.en.h3.html` → `{ tag, lang, headingLevel }` (as written: checked by `renderStaticPage`); `null` for anything else. */
export function parseStaticPath(path) {
  const m = /\/static\/(ogi-[a-z-]+)\.([a-z]{2})\.h(\d)\.html$/.exec(path);
  return m ? { tag: m[1], lang: m[2], headingLevel: m[3] } : null;
}

/** The page around a fragment: nothing but the fragment (the demo dresses it as a host page). */
export const staticPage = (fragment, lang) => page({ lang, body: fragment });

/**
 * Renders one page with a loaded `src/ssr/` (or `dist/ssr/`) module; `null` for a tag, language or
 * heading level the elements do not take (checked with the renderer's own values and parser).
 */
export async function renderStaticPage(ssr, { tag, lang, headingLevel }) {
  if (!ssr.TAGS.includes(tag) || !ssr.LOCALES.includes(lang) || !ssr.parseHeadingLevel(headingLevel)) return null;
  return staticPage(await ssr.renderToString(tag, { lang, headingLevel }), lang);
}

const SSR_ENTRY = resolve(root, 'src/ssr/index.ts');

/** The Vite plugin for `npm start` and `npm run build:demo`. */
export function demoStaticPlugin() {
  return {
    name: 'ogi-demo-static-fragments',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const wanted = parseStaticPath(new URL(req.url ?? '/', 'http://x').pathname);
        if (!wanted) return next();
        try {
          const page = await renderStaticPage(await server.ssrLoadModule(SSR_ENTRY), wanted);
          if (page === null) return next();
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(page);
        } catch (error) {
          next(error);
        }
      });
    },
    async generateBundle() {
      const { createServer } = await import('vite');
      const server = await createServer({
        configFile: false,
        root,
        logLevel: 'error',
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const ssr = await server.ssrLoadModule(SSR_ENTRY);
        for (const tag of ssr.TAGS) {
          for (const lang of ssr.LOCALES) {
            for (const headingLevel of ssr.HEADING_LEVELS) {
              this.emitFile({
                type: 'asset',
                fileName: `static/${tag}.${lang}.h${headingLevel}.html`,
                source: await renderStaticPage(ssr, { tag, lang, headingLevel }),
              });
            }
          }
        }
      } finally {
        await server.close();
      }
    },
  };
}
