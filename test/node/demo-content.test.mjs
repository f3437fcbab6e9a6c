// The demo's example content file (demo/example-content.json, quoted by the README) and the file
// the demo's content editor writes when filled in by keyboard (test/fixtures/editor-content.json,
// which test/demo-editor.test.ts checks the form gives) are valid against the published JSON
// Schema, and the browser's own check finds nothing in them either.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const schema = readJson('dist/ogi-content.schema.json');
const { checkContent } = await import(join(root, 'dist/ssr/index.js'));

for (const file of ['demo/example-content.json', 'test/fixtures/editor-content.json']) {
  describe(file, () => {
    const content = readJson(file);

    it('is valid against dist/ogi-content.schema.json (Ajv, strict)', () => {
      const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
      assert.equal(validate(content), true, JSON.stringify(validate.errors));
    });

    it('passes the browser’s check', () => {
      const errors = [];
      checkContent(content, undefined, errors);
      assert.deepEqual(errors, []);
    });
  });
}
