/**
 * Source maps' base64 VLQ numbers (the fields of `mappings`): the reader and writer the
 * build's own plugins use when they change a chunk's code after Rollup wrote its map
 * (strip-pure-annotations.ts).
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source-map VLQ: one field, read from `text` at `at.i`. */
export function readVlq(text: string, at: { i: number }): number {
  let value = 0;
  for (let shift = 0; ; shift += 5) {
    const digit = B64.indexOf(text[at.i++]);
    value += (digit & 31) * 2 ** shift;
    if (!(digit & 32)) break;
  }
  return value & 1 ? -(value - 1) / 2 : value / 2;
}

/** Source-map VLQ: one field, written. */
export function writeVlq(n: number): string {
  let v = n < 0 ? -n * 2 + 1 : n * 2;
  let out = '';
  do {
    const digit = v % 32;
    v = Math.floor(v / 32);
    out += B64[digit + (v ? 32 : 0)];
  } while (v);
  return out;
}
