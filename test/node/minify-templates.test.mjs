/**
 * scripts/vite-plugins/minify-templates.ts: the build's plugin that minifies the text of Lit's `css`, `html`
 * and `svg` templates. Both builds (the browser's and the server's) run it, and hydration
 * compares the two renders' template text (src/shared/hydrate.ts): what it does must be exact,
 * deterministic and touch nothing but template text. The TypeScript file is compiled here with
 * esbuild (its `typescript` import resolved from this repository) and imported.
 */
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { readFile, readdir } from 'node:fs/promises';
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
let m;

before(async () => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('scripts/vite-plugins/minify-templates.ts', root))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text.replace(
    /from "typescript"/g,
    `from ${JSON.stringify(import.meta.resolve('typescript'))}`,
  );
  m = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
});

describe('minifyCss', () => {
  it('drops comments, collapses white space and the spaces around { } ; , > and after :', () => {
    const css = `
      /* a comment { with braces } */
      :host {
        display: block;
        margin: 0 auto ;
      }
      .a ,  .b  >  .c {
        color : red;
      }`;
    assert.equal(m.minifyCss(css), ' :host{display:block;margin:0 auto}.a,.b>.c{color :red}');
  });

  it('writes 0.5 as .5, and drops the spaces around * and / inside calc() only', () => {
    const css = `.a { margin: calc(var(--s) * 0.75) calc(-1 * (var(--s) + 2px) / 2); opacity: 0.5; width: 10.05em }
      .b * .c { grid-area: 1 / 1 }`;
    assert.equal(
      m.minifyCss(css),
      '.a{margin:calc(var(--s)*.75) calc(-1*(var(--s) + 2px)/2);opacity:.5;width:10.05em}.b * .c{grid-area:1 / 1}',
    );
  });

  it('keeps quoted strings as written, escaped quotes included', () => {
    const css = `.q::before { content: "a  ;  {b}\\"  c" ; font-family: 'Noto  Sans',  serif; }`;
    assert.equal(m.minifyCss(css), `.q::before{content:"a  ;  {b}\\"  c";font-family:'Noto  Sans',serif}`);
  });

  it('gives the same text when run again', () => {
    const once = m.minifyCss('.a {\n  color: red;\n}\n@media (min-width: 30rem) {\n  .a { padding: 1rem; }\n}\n');
    assert.equal(m.minifyCss(once), once);
  });
});

describe('minifyHtml', () => {
  it('makes each run of white space that holds a line break one space, and leaves the rest', () => {
    assert.equal(m.minifyHtml('<p>\n    <b>a</b>  <i>b</i>\n\t\n  </p>'), '<p> <b>a</b>  <i>b</i> </p>');
    assert.equal(m.minifyHtml('<pre>a  b</pre>'), '<pre>a  b</pre>');
  });
});

describe('minifyTemplates', () => {
  const source = `import { css, html, svg } from 'lit';
const styles = css\`
  .a {
    color: red;
  }
\`;
const plain = \`keep
   this\`;
const other = String.raw\`and
   this\`;
const quoted = 'a\\n   b';
export const view = (x: number, y: number) => html\`
  <div class="v">
    \${x +
      y}
    <span>\${'  two\\n  lines  '}</span>
  </div>
\`;
const icon = svg\`<svg>
  <path d="M0 0"/>
</svg>\`;
`;

  it('minifies the text of css, html and svg templates, and nothing else', () => {
    const out = m.minifyTemplates(source, '/repo/src/x.ts');
    assert.match(out, /const styles = css` \.a\{color:red\}`;/);
    assert.match(
      out,
      /html` <div class="v"> \$\{x \+\n {6}y\} <span>\$\{' {2}two\\n {2}lines {2}'\}<\/span> <\/div> `/,
    );
    assert.match(out, /svg`<svg> <path d="M0 0"\/> <\/svg>`/);
    // Code, plain template literals, other tags and strings are as written.
    for (const kept of [
      '`keep\n   this`',
      'String.raw`and\n   this`',
      "'a\\n   b'",
      'const view = (x: number, y: number) =>',
    ])
      assert.ok(out.includes(kept), kept);
  });

  it('changes no expression: the minified module computes the same values', () => {
    const out = m.minifyTemplates(source, '/repo/src/x.ts');
    // The module as a function of its tags: imports and exports taken out, types stripped.
    const run = (code) => {
      const body = code.replace(/^import .*$/m, '').replace(/^export /gm, '');
      const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
      return new Function('css', 'html', 'svg', `${js}; return view(1, 2);`);
    };
    const tag = (strings, ...values) => ({ strings: [...strings], values });
    const before = run(source)(tag, tag, tag);
    const after = run(out)(tag, tag, tag);
    assert.deepEqual(after.values, before.values);
    assert.deepEqual(after.values, [3, '  two\n  lines  ']);
    assert.equal(after.strings.length, before.strings.length);
  });

  it('gives the same text when run again, and the input itself when there is nothing to do', () => {
    const once = m.minifyTemplates(source, '/repo/src/x.ts');
    assert.equal(m.minifyTemplates(once, '/repo/src/x.ts'), once);
    const none = 'export const n = `a\n  b`;\n';
    assert.equal(m.minifyTemplates(none, '/repo/src/n.ts'), none);
  });

  it("leaves every element's source valid TypeScript, its html templates on one line", async () => {
    const folders = await readdir(new URL('src/components/', root));
    assert.ok(folders.length >= 4);
    for (const folder of folders) {
      const file = new URL(`src/components/${folder}/ogi-${folder}.ts`, root);
      const code = await readFile(file, 'utf8');
      const out = m.minifyTemplates(code, fileURLToPath(file));
      assert.ok(out.length < code.length, `${folder}: smaller`);
      const { diagnostics } = ts.transpileModule(out, { reportDiagnostics: true, fileName: 'x.ts' });
      assert.deepEqual(
        diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
        [],
        folder,
      );
      const sf = ts.createSourceFile('x.ts', out, ts.ScriptTarget.Latest, true);
      const texts = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
          const t = node.template;
          for (const part of ts.isNoSubstitutionTemplateLiteral(t)
            ? [t]
            : [t.head, ...t.templateSpans.map((s) => s.literal)])
            texts.push(part.rawText ?? part.text);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
      assert.ok(texts.length > 0, `${folder}: html templates`);
      for (const text of texts) assert.ok(!text.includes('\n'), `${folder}: ${JSON.stringify(text.slice(0, 60))}`);
      assert.equal(m.minifyTemplates(out, fileURLToPath(file)), out, `${folder}: stable`);
    }
  });
});

describe('minifyTemplatesPlugin', () => {
  it('runs before other transforms, at build time only, on the TypeScript of src/ only', () => {
    const plugin = m.minifyTemplatesPlugin();
    assert.equal(plugin.name, 'ogi-minify-templates');
    assert.equal(plugin.enforce, 'pre');
    assert.equal(plugin.apply, 'build');
    const code = "import { html } from 'lit';\nexport const v = html`<p>\n  a\n</p>`;\n";
    assert.deepEqual(plugin.transform(code, '/repo/src/components/x/ogi-x.ts'), {
      code: "import { html } from 'lit';\nexport const v = html`<p> a </p>`;\n",
      map: null,
    });
    assert.equal(plugin.transform(code, '/repo/node_modules/lit/x.ts'), null);
    assert.equal(plugin.transform(code, '/repo/src/x.js'), null);
    assert.equal(plugin.transform('export const n = 1;\n', '/repo/src/n.ts'), null);
  });
});
