// The demo's example content file (demo/example-content.json, quoted by the README) is valid
// against the published JSON Schema, and the browser's own check finds nothing in it either.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const schema = readJson('dist/ogi-content.schema.json');
const example = readJson('demo/example-content.json');
const { checkContent } = await import(join(root, 'dist/ssr/index.js'));

describe('demo/example-content.json', () => {
  it('is valid against dist/ogi-content.schema.json (Ajv, strict)', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    assert.equal(validate(example), true, JSON.stringify(validate.errors));
  });

  it('passes the browser’s check', () => {
    const errors = [];
    checkContent(example, undefined, errors);
    assert.deepEqual(errors, []);
  });
});
