#!/usr/bin/env node
/**
 * ogi-widgets render <tag> [--lang id|en] [--theme light|dark|auto] [--heading-level 1-6]
 *                          [--content FILE.json] [--stylesheet URL]
 *
 * Prints one widget as static HTML (a declarative shadow root; no script needed to show it).
 * A mistake: one line on stderr, nothing on stdout, exit code 1 (2 for a bad command line).
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage: ogi-widgets render <tag> [options]

Prints one widget as an HTML fragment with a declarative shadow root: it shows with
JavaScript off, and the widgets' script takes it over when it loads.

  <tag>                   ogi-about, ogi-faq, ogi-ogp-timeline or ogi-contact
  --lang id|en            the language (default: id), or one a --content file brings a pack for
  --theme light|dark|auto the colour theme (default: light)
  --heading-level 1-6     the level of the widget's title (default: 2)
  --stylesheet URL        link this stylesheet (dist/ogi-widgets.css, wherever you serve it)
                          instead of inline styles; for pages whose CSP forbids inline styles
  --content FILE.json     a regional content file (at most 256 KB): rendered, and carried in
                          the fragment so that the script shows the same; its problems are
                          listed on stderr and the valid rest applies
  -h, --help              this help
`;

class UsageError extends Error {}

function fail(message, code = 1) {
  process.stderr.write(`ogi-widgets: ${String(message).split('\n')[0]}\n`);
  process.exitCode = code;
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string' },
        theme: { type: 'string' },
        'heading-level': { type: 'string' },
        content: { type: 'string' },
        stylesheet: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const [command, tag, ...extra] = positionals;
  if (command !== 'render')
    throw new UsageError(
      command
        ? `unknown command "${command}"; try: ogi-widgets render <tag>`
        : 'missing command; try: ogi-widgets render <tag> (or --help)',
    );
  if (!tag) throw new UsageError('missing <tag>; one of ogi-about, ogi-faq, ogi-ogp-timeline, ogi-contact');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);

  const options = { lang: values.lang, theme: values.theme, stylesheet: values.stylesheet };
  if (values['heading-level'] !== undefined) {
    const raw = values['heading-level'];
    options.headingLevel = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  }
  if (values.content !== undefined) {
    let text;
    try {
      const info = await stat(values.content);
      if (!info.isFile()) throw Object.assign(new Error(), { code: 'not a regular file' });
      if (info.size > 256 * 1024) throw Object.assign(new Error(), { code: 'over 256 KB' });
      text = await readFile(values.content, 'utf8');
    } catch (error) {
      throw new Error(`cannot read ${values.content}: ${error.code ?? error.message}`);
    }
    try {
      options.content = JSON.parse(text);
    } catch (error) {
      throw new Error(`${values.content} is not valid JSON: ${error.message}`);
    }
  }
  // Loaded only now: a bad command line gets its answer without loading the renderer.
  const { renderToString } = await import('../dist/ssr/index.js');
  const html = await renderToString(tag, options);
  process.stdout.write(`${html}\n`);
}

main(process.argv.slice(2)).catch((error) => fail(error.message, error instanceof UsageError ? 2 : 1));
