import type { Plugin } from 'vite';
import { readVlq, writeVlq } from './source-map-vlq.js';

/**
 * Drops the `/* @__PURE__ *\/` annotations that Vite keeps in library ES output: they only
 * help a later bundler drop unused code, and browsers download them. The chunk's source map
 * is shifted to match, so it still points at the right place.
 */
export function stripPureAnnotations(): Plugin {
  const mark = '/* @__PURE__ */';
  return {
    name: 'ogi-strip-pure-annotations',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes(mark)) continue;
        const lines = chunk.code.split('\n');
        // Per line, the generated columns where a mark was cut out.
        const cuts = lines.map((line) => {
          const at: number[] = [];
          for (let i = line.indexOf(mark); i >= 0; i = line.indexOf(mark, i + mark.length)) {
            // Kept where it is the only space between two words (`of/* @__PURE__ */new`).
            if (!(/[\w$]/.test(line[i - 1] ?? '') && /[\w$]/.test(line[i + mark.length] ?? ''))) at.push(i);
          }
          return at;
        });
        chunk.code = lines
          .map((line, l) => cuts[l].reduceRight((text, i) => text.slice(0, i) + text.slice(i + mark.length), line))
          .join('\n');
        const asset = bundle[`${chunk.fileName}.map`];
        if (!asset || asset.type !== 'asset') continue;
        const map = JSON.parse(String(asset.source));
        map.mappings = (map.mappings as string)
          .split(';')
          .map((line, l) => {
            let column = 0;
            let written = 0;
            return line
              .split(',')
              .filter(Boolean)
              .map((segment) => {
                const at = { i: 0 };
                column += readVlq(segment, at);
                const shifted = column - (cuts[l] ?? []).filter((c) => c < column).length * mark.length;
                const out = writeVlq(shifted - written) + segment.slice(at.i);
                written = shifted;
                return out;
              })
              .join(',');
          })
          .join(';');
        asset.source = JSON.stringify(map);
      }
    },
  };
}
