// The React and Vue types (scripts/build/framework-types.mjs, part of `npm run build`), checked on the
// built dist/ (run by `npm test` after the browser tests: `node --test test/node/`). That the
// types work in a .tsx file and a .vue component is `npm run check:frameworks`' part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { TAGS } from '../../scripts/lib/values.mjs';
import { elementTypes, packageTypes } from '../../scripts/build/framework-types.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
const types = packageTypes(dist);

/** The manifest with one change to <ogi-faq>'s declaration. */
function withFaq(change) {
  const copy = JSON.parse(JSON.stringify(manifest));
  const faq = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'ogi-faq');
  change(faq);
  return copy;
}

describe('framework types (dist/frameworks/)', () => {
  it('cover every element, with the typed attributes, the properties and the events of its JSDoc', () => {
    const elements = elementTypes(manifest, types);
    assert.deepEqual(elements.map((e) => e.tag).sort(), [...TAGS].sort());
    const faq = elements.find((e) => e.tag === 'ogi-faq');
    const attr = Object.fromEntries(faq.attributes.map((a) => [a.name, a.type]));
    assert.deepEqual(attr, {
      searchable: 'boolean',
      lang: 'string',
      'content-src': 'string',
      'heading-level': 'number | `${number}`',
      theme: 'Theme',
    });
    assert.ok(faq.properties.some((p) => p.name === 'items' && p.type === "OgiFaq['items']"));
    assert.ok(faq.properties.some((p) => p.name === 'content'));
    assert.ok(!faq.properties.some((p) => p.name === 'locale'), 'no read-only property');
    assert.deepEqual(
      faq.events.map((e) => e.name),
      ['ogi-faq-search', 'ogi-faq-toggle', 'ogi-content-error'],
    );
    const timeline = elements.find((e) => e.tag === 'ogi-ogp-timeline');
    assert.equal(timeline.attributes.find((a) => a.name === 'orientation').type, 'OgpTimelineOrientation');
  });

  it('are written for React 19 and Vue, published through exports', () => {
    const react = readFileSync(join(dist, 'frameworks/react.d.ts'), 'utf8');
    const vue = readFileSync(join(dist, 'frameworks/vue.d.ts'), 'utf8');
    for (const tag of TAGS) {
      assert.match(react, new RegExp(`'${tag}': OgiReactProps<'${tag}'>`));
      assert.match(vue, new RegExp(`'${tag}': OgiVueElement<'${tag}'>`));
    }
    assert.match(react, /declare module 'react' \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements/);
    assert.match(vue, /declare module 'vue' \{\n {2}interface GlobalComponents/);
  });

  it('stop the build for an event @fires names that HTMLElementEventMap does not declare', () => {
    const bad = withFaq((faq) => faq.events.push({ name: 'ogi-faq-unknown', description: '' }));
    assert.throws(
      () => elementTypes(bad, types),
      /OgiFaq fires ogi-faq-unknown, which HTMLElementEventMap does not declare/,
    );
  });

  it('stop the build for an attribute type the package does not export and no field carries', () => {
    const bad = withFaq((faq) => faq.attributes.push({ name: 'mood', type: { text: 'Mood' } }));
    assert.throws(() => elementTypes(bad, types), /attribute mood has type Mood, which the package does not export/);
  });
});
