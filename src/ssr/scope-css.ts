/**
 * Prefixes every selector of a stylesheet with `scope` (`.item` → `:host(ogi-faq) .item`),
 * inside `@media`, `@supports` and `@container` too; `@keyframes` are left as written, and
 * a selector that starts with `:host` is narrowed instead (`:host .x` → `:host(ogi-faq) .x`,
 * `:host([a]) .x` → `:host(ogi-faq[a]) .x`).
 * For our own styles only: it knows comments, strings and brackets, not every corner of CSS.
 */
export function scopeCss(css: string, scope: string): string {
  let out = '';
  let i = 0;
  /** Copies a `{ … }` block of declarations (or anything left as is) starting at `i`, brackets balanced. */
  const copyBlock = () => {
    let depth = 0;
    const start = i;
    for (; i < css.length; i++) {
      const c = css[i];
      if (c === '"' || c === "'") i = css.indexOf(c, i + 1);
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        i++;
        break;
      }
    }
    out += css.slice(start, i);
  };
  const rules = (): void => {
    while (i < css.length) {
      const rest = css.slice(i);
      const space = /^(\s+|\/\*[\s\S]*?\*\/)/.exec(rest);
      if (space) {
        out += space[0];
        i += space[0].length;
        continue;
      }
      if (css[i] === '}') return;
      const open = css.indexOf('{', i);
      if (open < 0) throw new Error(`scopeCss: no block after "${rest.slice(0, 40)}"`);
      const prelude = css.slice(i, open);
      if (prelude.startsWith('@')) {
        if (/^@(-\w+-)?keyframes\b/.test(prelude)) {
          copyBlock();
          continue;
        }
        out += `${prelude}{`;
        i = open + 1;
        rules();
        out += '}';
        i++;
        continue;
      }
      out += splitSelectors(prelude)
        .map((s) => {
          const selector = s.trim();
          if (selector.startsWith(':host(')) {
            // `:host([a])` in the scope `:host(x)` is `:host(x[a])`.
            let close = 6;
            for (let depth = 1; depth; close++) depth += selector[close] === '(' ? 1 : selector[close] === ')' ? -1 : 0;
            if (!scope.endsWith(')')) throw new Error(`scopeCss: ${selector} needs a :host(…) scope`);
            return `${scope.slice(0, -1)}${selector.slice(6, close - 1)})${selector.slice(close)}`;
          }
          return selector.startsWith(':host') ? `${scope}${selector.slice(5)}` : `${scope} ${selector}`;
        })
        .join(',');
      i = open;
      copyBlock();
    }
  };
  rules();
  return out;
}

/** Splits a selector list at its top-level commas (not those inside `:is(a, b)`). */
function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let j = 0; j < list.length; j++) {
    const c = list[j];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, j));
      start = j + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}
