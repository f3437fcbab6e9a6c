#!/usr/bin/env node
/**
 * ogi-widgets render <tag> [--lang id|en] [--theme light|dark|auto] [--heading-level 1-6]
 *                          [--content FILE.json] [--stylesheet URL] [--searchable]
 *
 * Prints one widget as static HTML (a declarative shadow root; no script needed to show it).
 * A mistake: one line on stderr, nothing on stdout, exit code 1 (2 for a bad command line).
 */
import { Buffer } from 'node:buffer';
import { constants, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoder, parseArgs } from 'node:util';

const USAGE = `Usage: ogi-widgets render <tag> [options]

Prints one widget as an HTML fragment with a declarative shadow root: it shows with
JavaScript off, and the widgets' script takes it over when it loads.

  <tag>                   ogi-about, ogi-faq, ogi-ogp-timeline or ogi-contact
  --lang id|en            the language (default: id), or one a --content file brings a pack for
  --theme light|dark|auto the colour theme (default: light)
  --heading-level 1-6     the level of the widget's title (default: 2)
  --stylesheet URL        link this stylesheet (dist/ogi-widgets.css, wherever you serve it)
                          instead of inline styles; for pages whose CSP forbids inline styles
  --searchable            ogi-faq only: with its search field above the questions
  --content FILE.json     a regional content file (at most 256 KB): rendered, and carried in
                          the fragment so that the script shows the same; its problems are
                          listed on stderr and the valid rest applies
  -h, --help              this help
`;

class UsageError extends Error {}

/** The largest --content file read (bytes). */
const MAX_CONTENT = 256 * 1024;

/** Quoted for the terminal: control characters (escape sequences) are written as `\u001b`, never sent raw. */
const quote = (value) => JSON.stringify(String(value).slice(0, 200));

function fail(message, code = 1) {
  const line = String(message)
    .split('\n')[0]
    // eslint-disable-next-line no-control-regex -- these are the characters it escapes
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  process.stderr.write(`ogi-widgets: ${line}\n`);
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
        searchable: { type: 'boolean' },
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
        ? `unknown command ${quote(command)}; try: ogi-widgets render <tag>`
        : 'missing command; try: ogi-widgets render <tag> (or --help)',
    );
  if (!tag) throw new UsageError('missing <tag>; one of ogi-about, ogi-faq, ogi-ogp-timeline, ogi-contact');
  if (extra.length) throw new UsageError(`unexpected argument ${quote(extra[0])}`);

  const options = { lang: values.lang, theme: values.theme, stylesheet: values.stylesheet };
  if (values.searchable) options.searchable = true;
  if (values.content !== undefined) {
    const file = quote(values.content);
    let text;
    let handle;
    try {
      // Opened without blocking, then checked on the open file: a FIFO or a device never hangs the command.
      handle = await open(values.content, constants.O_RDONLY | constants.O_NONBLOCK);
      const info = await handle.stat();
      if (!info.isFile()) throw Object.assign(new Error(), { code: 'not a regular file' });
      if (info.size > MAX_CONTENT) throw Object.assign(new Error(), { code: 'over 256 KB' });
      const buffer = Buffer.alloc(MAX_CONTENT + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > MAX_CONTENT) throw Object.assign(new Error(), { code: 'over 256 KB' });
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead));
    } catch (error) {
      const why = error instanceof TypeError ? 'not UTF-8 text' : (error.code ?? 'unreadable');
      throw new Error(`cannot read ${file}: ${why}`);
    } finally {
      await handle?.close();
    }
    try {
      options.content = JSON.parse(text);
    } catch (error) {
      // Never the parser's message: it quotes the file's bytes.
      const at = /position (\d+)/.exec(error.message)?.[1];
      throw new Error(`${file} is not valid JSON${at ? ` (at character ${at})` : ''}`);
    }
  }
  // Loaded only now: a bad command line gets its answer without loading the renderer.
  const { renderToString, parseHeadingLevel } = await loadRenderer();
  // The level as the elements read it (the renderer's parser, src/shared/values.ts).
  if (values['heading-level'] !== undefined) {
    const raw = values['heading-level'];
    options.headingLevel = parseHeadingLevel(raw);
    if (!options.headingLevel)
      throw new UsageError(`--heading-level must be a whole number from 1 to 6, not ${quote(raw)}`);
  }
  const html = await renderToString(tag, options);
  process.stdout.write(`${html}\n`);
}

/**
 * dist/ssr/, whose Lit server renderer (@lit-labs/ssr, @lit-labs/ssr-client) is an optional peer
 * dependency: a browser user never needs it, so npm does not install it with the package.
 */
async function loadRenderer() {
  try {
    return await import('../dist/ssr/index.js');
  } catch (error) {
    const missing = /Cannot find (?:package|module) '(@lit-labs\/[\w-]+)/.exec(error?.message ?? '')?.[1];
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !missing) throw error;
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const PEERS = pkg.peerDependencies ?? {};
    throw new Error(
      `the server renderer needs ${missing}: npm install @lit-labs/ssr@${PEERS['@lit-labs/ssr']} @lit-labs/ssr-client@${PEERS['@lit-labs/ssr-client']}`,
    );
  }
}

main(process.argv.slice(2)).catch((error) => fail(error.message, error instanceof UsageError ? 2 : 1));
