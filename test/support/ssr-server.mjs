/**
 * Test-server side of test/no-js.test.ts. The renders run in child processes (the built
 * `ogi-widgets` command, or `ogi-widgets/ssr` from a plain Node script), exactly as a
 * webmaster runs them, so the DOM shim never lands in the test runner's own process.
 *
 *  - executeServerCommand('ssr-render', { via: 'cli', args }): `{ code, stdout, stderr }` of the command;
 *    executeServerCommand('ssr-render', { via: 'api', jobs: [{ tag, options }] }): one such result per job;
 *  - GET /__ssr/page?tags=ogi-faq,ogi-contact&lang=en[&stylesheet=URL][&csp=strict]:
 *    a complete page made of API-rendered fragments, no script; `csp=strict` sends
 *    NO_SCRIPT_CSP as a real header, with violation reports going to /__ssr/csp-report;
 *  - GET /__ssr/csp-reports: the reports received so far (and forgets them);
 *  - GET /demo/static/<tag>.<lang>.h<level>.html: the demo's "without JavaScript" preview page,
 *    as `npm start` serves it (scripts/vite-plugins/demo-static.mjs), rendered here by the built renderer;
 *  - POST /demo/static/render: the content editor's fragments, as `npm start` renders them.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  RENDER_PATH,
  parseStaticPath,
  readRenderRequest,
  renderJobs,
  staticPage,
} from '../../scripts/vite-plugins/demo-static.mjs';
import { page } from '../../scripts/build/page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/ogi-widgets.mjs', import.meta.url));
const api = new URL('../../dist/ssr/index.js', import.meta.url).href;

/** The policy of a strict site that runs no script at all. */
export const NO_SCRIPT_CSP = "default-src 'self'; script-src 'none'; style-src 'self'";

function run(args, input) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { cwd: root, maxBuffer: 8 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin.end(input);
  });
}

/** The command with these arguments. */
export const renderWithCli = (args) => run([bin, ...args]);

/**
 * `renderToString(tag, options)` for each job, in one fresh Node process: `{ code, stdout, stderr }`
 * of each (a failed render: code 1, its error as stderr), in order.
 */
export async function renderWithApi(jobs) {
  const script = `import { renderToString } from ${JSON.stringify(api)};
let input = ''; for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const { tag, options } of JSON.parse(input)) {
  try { out.push({ code: 0, stdout: await renderToString(tag, options), stderr: '' }); }
  catch (error) { out.push({ code: 1, stdout: '', stderr: String(error) }); }
}
process.stdout.write(JSON.stringify(out));`;
  const result = await run(['--input-type=module', '-e', script], JSON.stringify(jobs));
  if (result.code !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

/** Pipes stdin through WordPress's wpautop() (test/support/wpautop.php, needs php-cli and wordpress). */
const WPAUTOP = `require('node:child_process').spawn('php', [${JSON.stringify(fileURLToPath(new URL('./wpautop.php', import.meta.url)))}], { stdio: 'inherit' }).on('exit', (c) => process.exit(c ?? 1));`;

let reports = [];

export function ssrMiddleware() {
  return async function ssrPages(context, next) {
    if (context.path === '/__ssr/csp-report' && context.method === 'POST') {
      let body = '';
      for await (const chunk of context.req) body += chunk;
      reports.push(body);
      context.status = 204;
      return undefined;
    }
    if (context.path === '/__ssr/csp-reports') {
      context.body = JSON.stringify(reports);
      context.type = 'application/json';
      reports = [];
      return undefined;
    }
    if (context.method === 'POST' && context.path.startsWith('/demo/') && RENDER_PATH.test(context.path)) {
      const { jobs, error } = await readRenderRequest(context.req);
      // Rendered in a child process (the DOM shim stays out of this one), then given out as the dev server does.
      const results = error ? [] : await renderWithApi(jobs);
      const out = error
        ? { status: 400, body: error }
        : await renderJobs(async () => {
            const { code, stdout, stderr } = results.shift();
            if (code !== 0) throw new Error(stderr.replace(/^\w*Error: /, ''));
            return stdout;
          }, jobs);
      context.status = out.status;
      context.type = 'text/plain';
      context.body = out.body;
      return undefined;
    }
    const demoStatic = context.path.startsWith('/demo/') ? parseStaticPath(context.path) : null;
    if (demoStatic) {
      const { tag, lang, headingLevel } = demoStatic;
      const [result] = await renderWithApi([{ tag, options: { lang, headingLevel } }]);
      if (result.code !== 0) return next();
      context.type = 'text/html';
      context.body = staticPage(result.stdout, lang);
      return undefined;
    }
    if (context.path !== '/__ssr/page') return next();
    const q = context.query;
    const lang = q.lang ?? 'id';
    const tags = String(q.tags ?? '').split(',');
    const results = await renderWithApi(
      tags.map((tag) => ({ tag, options: { lang, ...(q.stylesheet ? { stylesheet: q.stylesheet } : {}) } })),
    );
    const failed = results.find((r) => r.code !== 0);
    if (failed) {
      context.status = 500;
      context.body = failed.stderr;
      return undefined;
    }
    const fragments = results.map((r) => r.stdout);
    if (q.csp === 'strict') context.set('Content-Security-Policy', `${NO_SCRIPT_CSP}; report-uri /__ssr/csp-report`);
    context.type = 'text/html';
    const body = `${fragments.join('\n<p>Between the widgets.</p>\n')}\n<p id="after">After the widgets.</p>`;
    context.body = page({ lang, title: 'No script', body });
    return undefined;
  };
}

export const ssrPlugin = {
  name: 'ssr-render',
  async executeCommand({ command, payload }) {
    if (command === 'wpautop') return run(['-e', WPAUTOP], payload.html);
    if (command !== 'ssr-render') return undefined;
    return payload.via === 'cli' ? renderWithCli(payload.args) : renderWithApi(payload.jobs);
  },
};
