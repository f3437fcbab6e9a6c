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

/** Where the demo's content editor asks for its "without JavaScript" fragments (`POST`, next to the pages). */
export const RENDER_PATH = /\/static\/render$/;
/** The largest request it reads: a content file's limit (256 KB) and the options around it. */
const MAX_BODY = 300_000;

/**
 * The body of a `POST …/static/render` (`{ jobs: [{ tag, options }] }`, `options` as
 * `renderToString` takes them, `content` included), read and checked, or an error message.
 */
export async function readRenderRequest(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_BODY) return { error: 'request over 300 KB' };
  }
  try {
    const { jobs } = JSON.parse(body);
    if (!Array.isArray(jobs) || jobs.length > 8) return { error: 'expected { jobs: [...] } (at most 8)' };
    return { jobs };
  } catch {
    return { error: 'invalid JSON' };
  }
}

/**
 * Renders each job with the real renderer (`render`: `renderToString`) into the fragments the
 * editor shows and copies; a job the renderer refuses is an error with its one-line message.
 */
export async function renderJobs(render, jobs) {
  const fragments = [];
  for (const { tag, options } of jobs) {
    try {
      fragments.push(await render(tag, options));
    } catch (error) {
      return { status: 400, body: String(error?.message ?? error) };
    }
  }
  return { status: 200, body: fragments.join('\n') };
}

/** The Vite plugin for `npm start` and `npm run build:demo`. */
export function demoStaticPlugin() {
  return {
    name: 'ogi-demo-static-fragments',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (req.method === 'POST' && RENDER_PATH.test(new URL(req.url ?? '/', 'http://x').pathname)) {
          const { jobs, error } = await readRenderRequest(req);
          const ssr = await server.ssrLoadModule(SSR_ENTRY);
          const out = error ? { status: 400, body: error } : await renderJobs(ssr.renderToString, jobs);
          res.statusCode = out.status;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          return void res.end(out.body);
        }
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
