/**
 * dist/ogi-autoloader.js (src/autoloader.ts), as a page loads it: each page is a fresh document
 * in an iframe (its own module map, its own resource timing). Imports nothing from src/.
 *
 * The behaviour tests serve the built files through `/__autoload/<run>/<fails>/` (middleware
 * `autoloadDist` in web-test-runner.config.mjs): every request is logged per run, and an element
 * module can be made to fail. They replace the page's `requestIdleCallback` by one that holds the
 * callbacks until the test runs them, so "later, in idle time" is a step the test takes.
 */
import { expect } from '@open-wc/testing';
import { blankPage, defined, type Win } from './support/page.js';
import { TAGS } from './support/tags.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The files `file` (under /dist/) imports statically, followed transitively, itself included. */
async function withImports(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = await (await fetch(file)).text();
  for (const [, spec] of source.matchAll(/(?:import|from)\s*["'](\.[^"']+)["']/g)) {
    await withImports(new URL(spec, new URL(file, location.origin)).pathname, seen);
  }
  return seen;
}

/** The paths of the scripts `win`'s page has requested. */
const scriptsRequested = (win: Win): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.endsWith('.js'));

describe('dist/ogi-autoloader.js', () => {
  it('on a page with only <ogi-contact>, requests only the contact module and its chunks', async () => {
    const win = await blankPage(
      '<script type="module" src="/dist/ogi-autoloader.js"></script><ogi-contact lang="en"></ogi-contact>',
    );
    await defined(win, 'ogi-contact');
    const el = win.document.querySelector('ogi-contact') as Widget;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('contact@opengovindonesia.org');
    // Give a stray import time to show up before counting.
    await new Promise((r) => setTimeout(r, 300));
    const expected = [...(await withImports('/dist/ogi-contact.js')), '/dist/ogi-autoloader.js'].sort();
    expect(expected.some((p) => p.startsWith('/dist/chunks/'))).to.equal(true);
    expect([...new Set(scriptsRequested(win))].sort()).to.deep.equal(expected);
    for (const tag of TAGS.filter((t) => t !== 'ogi-contact'))
      expect(win.customElements.get(tag), tag).to.equal(undefined);
  });

  it('defines a widget added later, one inside an open shadow root, and one added to a shadow root later', async () => {
    const win = await blankPage('<script type="module" src="/dist/ogi-autoloader.js"></script><p>no widget yet</p>');
    const doc = win.document;
    // Let the autoloader run on the page as loaded (nothing to load).
    await new Promise((r) => setTimeout(r, 200));
    expect(scriptsRequested(win)).to.deep.equal(['/dist/ogi-autoloader.js']);

    doc.body.append(doc.createElement('ogi-faq'));
    await defined(win, 'ogi-faq');

    // A site's component: an open shadow root holding a widget, added in one go.
    const host = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).append(doc.createElement('ogi-about'));
    doc.body.append(host);
    await defined(win, 'ogi-about');

    // A component whose open shadow root gets the widget after the component was added.
    const later = doc.createElement('section');
    const shadow = later.attachShadow({ mode: 'open' });
    doc.body.append(later);
    await new Promise((r) => setTimeout(r, 50));
    const timeline = doc.createElement('ogi-ogp-timeline');
    shadow.append(timeline);
    await defined(win, 'ogi-ogp-timeline');
    await (timeline as Widget).updateComplete;
    expect(timeline.shadowRoot!.querySelector('[part~="title"]')).to.exist;
    expect(win.customElements.get('ogi-contact')).to.equal(undefined);
  });
});

/** Lets the frame's pending microtasks (mutation observer callbacks) and one task run. */
const turn = () => new Promise((r) => setTimeout(r, 0));

interface Loader {
  win: Win;
  doc: Document;
  /** Idle callbacks the autoloader asked for and that have not run, with the options it gave. */
  idle: { fn: IdleRequestCallback; options?: IdleRequestOptions }[];
  /** Runs the held idle callbacks. */
  runIdle(): void;
  /** How many times a MutationObserver of the page was disconnected. */
  disconnects(): number;
  /** What the page wrote with console.error, and the reasons of its unhandled rejections. */
  errors: string[];
  rejections: string[];
  /** The files of this run the server was asked for (query included), in order. */
  requests(): Promise<string[]>;
}

/**
 * A page holding `body` (set up by `before`, if given, while no script has run), then the
 * autoloader from `/__autoload/<run>/<fails>/`; resolves once the autoloader has run.
 */
async function autoloader(body: string, { fails = 0, before = (_doc: Document) => {} } = {}): Promise<Loader> {
  const win = await blankPage(body);
  const doc = win.document;
  const run = `r${Math.random().toString(36).slice(2)}`;
  const idle: Loader['idle'] = [];
  let disconnects = 0;
  const errors: string[] = [];
  const rejections: string[] = [];
  win.requestIdleCallback = (fn, options) => idle.push({ fn, options });
  const disconnect = win.MutationObserver.prototype.disconnect;
  win.MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    disconnects++;
    disconnect.call(this);
  };
  win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  win.addEventListener('unhandledrejection', (e) => rejections.push(String(e.reason)));
  before(doc);
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `/__autoload/${run}/${fails}/ogi-autoloader.js`;
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error('the autoloader did not load'));
  });
  doc.head.append(script);
  await loaded;
  return {
    win,
    doc,
    idle,
    runIdle: () => idle.splice(0).forEach(({ fn }) => fn({ didTimeout: false, timeRemaining: () => 50 })),
    disconnects: () => disconnects,
    errors,
    rejections,
    requests: async () => (await fetch(`/__autoload/${run}/log`)).json(),
  };
}

/** The element modules among `requests`, in order. */
const modules = (requests: string[]) => requests.filter((r) => /^ogi-(?!autoloader)/.test(r));

/** Resolves when `check` holds (checked after each task), or rejects naming `what` after `timeout` ms. */
async function until(check: () => boolean, what: string, timeout = 8000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`${what}: not within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('dist/ogi-autoloader.js: idle time, stopping, retrying', () => {
  it('looks at additions in idle time, in one look for everything added before it', async () => {
    const l = await autoloader('<p>no widget yet</p>');
    expect(l.idle, 'nothing added yet: no look scheduled').to.have.length(0);

    // A busy stretch: additions in three separate tasks, one of them removed again.
    l.doc.body.append(l.doc.createElement('ogi-faq'));
    await turn();
    for (let i = 0; i < 500; i++) l.doc.body.append(l.doc.createElement('div'));
    const gone = l.doc.createElement('ogi-ogp-timeline');
    l.doc.body.append(gone);
    await turn();
    const section = l.doc.createElement('section');
    section.innerHTML = '<div><ogi-contact></ogi-contact></div>';
    l.doc.body.append(section);
    gone.remove();
    await turn();

    expect(l.idle, 'one look for the whole stretch').to.have.length(1);
    expect(l.idle[0].options?.timeout, 'looks within a bounded time on a page that is never idle').to.be.a('number');
    expect(modules(await l.requests()), 'nothing loaded before the look').to.deep.equal([]);
    expect(l.win.customElements.get('ogi-faq')).to.equal(undefined);

    l.runIdle();
    await defined(l.win, 'ogi-faq');
    await defined(l.win, 'ogi-contact');
    expect(modules(await l.requests()), 'what was gone at the look is not loaded').to.have.members([
      'ogi-faq.js',
      'ogi-contact.js',
    ]);

    // The next addition schedules the next look.
    l.doc.body.append(l.doc.createElement('ogi-about'));
    await turn();
    expect(l.idle).to.have.length(1);
    l.runIdle();
    await defined(l.win, 'ogi-about');
  });

  it('stops watching the page and its shadow roots once every module has been asked for', async () => {
    let shadow!: ShadowRoot;
    const l = await autoloader('<ogi-faq></ogi-faq><ogi-about></ogi-about>', {
      // A site's component with an open shadow root holding a widget.
      before: (doc) => {
        const host = doc.body.appendChild(doc.createElement('div'));
        shadow = host.attachShadow({ mode: 'open' });
        shadow.append(doc.createElement('ogi-contact'));
      },
    });
    // Three of four asked for on the first look: still watching.
    await Promise.all(['ogi-faq', 'ogi-about', 'ogi-contact'].map((t) => defined(l.win, t)));
    expect(l.disconnects()).to.equal(0);

    shadow.append(l.doc.createElement('ogi-ogp-timeline'));
    await turn();
    expect(l.idle, 'an addition to a watched shadow root is looked at').to.have.length(1);
    l.runIdle();
    await defined(l.win, 'ogi-ogp-timeline');
    expect(l.disconnects(), 'the last module asked for: the observer is disconnected').to.equal(1);

    // A busy page from now on: the autoloader is no longer called at all.
    for (let i = 0; i < 200; i++) {
      l.doc.body.append(l.doc.createElement('div'));
      shadow.append(l.doc.createElement('ogi-faq'));
    }
    await turn();
    expect(l.idle, 'no look scheduled after the last module').to.have.length(0);
    expect(modules(await l.requests())).to.have.members([
      'ogi-faq.js',
      'ogi-about.js',
      'ogi-contact.js',
      'ogi-ogp-timeline.js',
    ]);
  });

  it('loads a module that failed to load once, on its second try, and says nothing', async () => {
    const l = await autoloader('<ogi-faq lang="en"></ogi-faq>', { fails: 1 });
    await defined(l.win, 'ogi-faq');
    const el = l.doc.querySelector('ogi-faq') as Widget;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Frequently asked questions');
    expect(modules(await l.requests())).to.deep.equal(['ogi-faq.js', 'ogi-faq.js?retry']);
    expect(l.errors).to.deep.equal([]);
    expect(l.rejections).to.deep.equal([]);
  });

  it('reports a module that fails twice on the console, with no unhandled rejection and no third try', async () => {
    const l = await autoloader('<ogi-faq></ogi-faq>', { fails: 99 });
    await until(() => l.errors.length + l.rejections.length > 0, 'an error or a rejection');
    // An unhandled rejection is reported in a task after the microtasks that left it unhandled.
    await turn();
    await turn();
    expect(l.rejections).to.deep.equal([]);
    expect(l.errors).to.have.length(1);
    expect(l.errors[0]).to.match(/^\[ogi-widgets\] could not load \S*\/ogi-faq\.js\?retry/);
    expect(modules(await l.requests())).to.deep.equal(['ogi-faq.js', 'ogi-faq.js?retry']);
    expect(l.win.customElements.get('ogi-faq')).to.equal(undefined);
  });
});
