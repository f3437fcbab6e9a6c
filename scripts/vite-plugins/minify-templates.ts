/**
 * A build-only Vite plugin that minifies the static text of Lit's `css`, `html` and `svg`
 * tagged templates in our own source (terser leaves template text as written).
 * It parses each file with TypeScript, so it only ever touches template text, never code,
 * strings or expressions:
 *  - css: comments removed, whitespace collapsed, spaces around `{ } ; , : >` and around `*`
 *    and `/` inside `calc()` dropped, `0.5` written `.5` (quoted strings kept as written);
 *  - html/svg: every run of whitespace that contains a line break becomes one space
 *    (HTML collapses it to one space anyway).
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const QUOTED = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/;

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(QUOTED)
    .map((chunk, i) =>
      i % 2 === 1
        ? chunk
        : chunk
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/\s*>\s*/g, '>')
            .replace(/(?<![\w.-])0\.(\d)/g, '.$1')
            // In calc(), `*` and `/` need no spaces (`+` and `-` do); elsewhere ` * ` may be a selector.
            .replace(/calc\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/g, (calc) => calc.replace(/\s*([*/])\s*/g, '$1'))
            .replace(/;}/g, '}'),
    )
    .join('');
}

export function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function minifyTemplates(code: string, fileName: string): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      ['css', 'html', 'svg'].includes(node.tag.text)
    ) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const t = node.template;
      const parts: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t]
        : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        // Text sits after the opening "`" or "}" and before the closing "`" or "${".
        const closesWithBacktick = ts.isNoSubstitutionTemplateLiteral(part) || part.kind === ts.SyntaxKind.TemplateTail;
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (closesWithBacktick ? 1 : 2);
        const text = code.slice(start, end);
        const min = minify(text);
        if (min !== text) edits.push({ start, end, text: min });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'ogi-minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplates(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
