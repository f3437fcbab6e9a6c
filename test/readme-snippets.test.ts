/**
 * The README's snippets as a webmaster copies them: every ```html block that loads a file of
 * dist/ with an `integrity` attribute is pasted, unchanged but for the folder, into a blank page
 * next to the built files. With the hashes it carries (scripts/check/snippet-integrity.mjs writes the
 * real ones), every script and preload loads and every widget of the block is defined; with any
 * one hash changed, the browser refuses that file and no widget of the block appears (for a
 * per-element module, a chunk that fails its preload check fails the module).
 */
import { expect } from '@open-wc/testing';
import { sleep, until } from './support/dom.js';

type Win = Window & typeof globalThis & { __loaded: string[]; __failed: string[] };

/** The built files byte for byte (see `rawDist` in web-test-runner.config.mjs). */
const RAW = '/raw/dist/';

/** Where the README says dist/ lives: a versioned folder on the site, or an npm CDN. */
const DIST_URL =
  /(?:\/assets\/ogi-widgets\/\d+\.\d+\.\d+\/|https:\/\/cdn\.jsdelivr\.net\/npm\/ogi-widgets@\d+\.\d+\.\d+\/dist\/)/g;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** The ```html blocks of the README that load a file of dist/ with an integrity attribute. */
async function snippets(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .filter((block) => /\bintegrity="/.test(block) && new RegExp(DIST_URL.source).test(block));
}

/**
 * `block` pasted into a blank page, its folder pointed at the built files; resolves once the page
 * has loaded, with the URLs of the scripts and preloads that loaded and of those that failed.
 */
async function paste(block: string): Promise<Win> {
  const html = block.replace(DIST_URL, RAW);
  const frame = document.createElement('iframe');
  // Load and error events of scripts and links do not bubble; a capturing listener sees them all.
  const watch = `<script>window.__loaded=[];window.__failed=[];for(const[t,l]of[['load',__loaded],['error',__failed]])document.addEventListener(t,(e)=>{const x=e.target;if(x.src||x.href)l.push(new URL(x.src||x.href).pathname)},true)</script>`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pasted</title>${watch}</head><body>${html}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as Win;
}

/**
 * The paths (under RAW) of the files a block gives a hash for, with the hash: by an `integrity`
 * attribute (script, link) or in an import map's `integrity`.
 */
function checked(block: string): { path: string; hash: string }[] {
  const html = block.replace(DIST_URL, RAW);
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].flatMap(([tag]) => {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    const hash = /\bintegrity="([^"]+)"/.exec(tag)?.[1];
    return url && hash ? [{ path: url, hash }] : [];
  });
  const maps = [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].flatMap(([, json]) =>
    Object.entries((JSON.parse(json) as { integrity?: Record<string, string> }).integrity ?? {}).map(
      ([path, hash]) => ({ path, hash }),
    ),
  );
  return [...tags, ...maps];
}

const tagsOf = (block: string) => [...new Set([...block.matchAll(/<(ogi-[a-z-]+)[\s>]/g)].map((m) => m[1]))];

/** A well-formed hash that is not the file's: the first base64 digit changed. */
const wrong = (hash: string) => hash.replace(/^sha384-(.)/, (_, c: string) => `sha384-${c === 'A' ? 'B' : 'A'}`);

describe("the README's snippets, pasted", () => {
  it('are found: the recommended one, the alternatives, the fragment, the CDN', async () => {
    const blocks = await snippets();
    expect(blocks.length).to.be.at.least(6);
    const files = blocks.flatMap((b) => checked(b).map((c) => c.path));
    for (const file of ['ogi-widgets.js', 'ogi-autoloader.js', 'ogi-contact.js', 'ogi-widgets.iife.js'])
      expect(files, file).to.include(RAW + file);
    expect(files.some((f) => f.startsWith(`${RAW}chunks/`))).to.equal(true);
  });

  it('carry the values of dist/integrity.json, never a placeholder', async () => {
    const hashes = (await (await fetch(`${RAW}integrity.json`)).json()) as Record<string, string>;
    for (const block of await snippets()) {
      for (const { path, hash } of checked(block)) {
        expect(hash, path).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
        expect(hash, path).to.equal(hashes[path.slice(RAW.length)]);
      }
    }
  });

  it('load with their hashes: every file passes its check and every widget is defined', async () => {
    for (const block of await snippets()) {
      const win = await paste(block);
      const files = checked(block).map((c) => c.path);
      for (const tag of tagsOf(block))
        await until(() => Boolean(win.customElements.get(tag)), `${tag} from\n${block}`, 8000);
      await until(() => files.every((f) => win.__loaded.includes(f)), `every file loaded:\n${block}`, 8000);
      expect(win.__failed, block).to.deep.equal([]);
    }
  });

  it('are refused when a file is not the one a hash gives: that file fails and no widget appears', async () => {
    let refused = 0;
    for (const block of await snippets()) {
      const tags = tagsOf(block);
      for (const { path, hash } of new Map(checked(block).map((c) => [c.path, c])).values()) {
        // Every hash the block gives for that file (a chunk's is in the import map and its preload).
        const win = await paste(block.split(hash).join(wrong(hash)));
        // The file is refused; for a chunk's preload, WebKit fires no error on the link itself,
        // but the module script that imports the chunk fails.
        await until(() => win.__failed.length > 0, `${path} refused`, 8000);
        if (!path.includes('/chunks/')) expect(win.__failed, path).to.include(path);
        // Give a module graph, or the autoloader's imports, time to define something if they could.
        await sleep(300);
        for (const tag of tags) expect(win.customElements.get(tag), `${tag} with ${path} wrong`).to.equal(undefined);
        refused++;
      }
    }
    expect(refused).to.be.at.least(8);
  });
});
