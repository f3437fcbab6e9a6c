// Editor completion generated from dist/custom-elements.json (and the declaration files the
// build wrote): dist/vscode.html-custom-data.json (VS Code) and dist/web-types.json (JetBrains).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Values an attribute takes, by the exported type its manifest entry names: a union of string
 * literals (`Theme` = 'light' | 'dark' | 'auto') gives its members. Read from the declaration
 * files the build wrote (dist/types/index.d.ts), so a new attribute of such a type needs nothing here.
 */
export function typeResolver(dir) {
  const entry = join(dir, 'types/index.d.ts');
  const program = ts.createProgram([entry], { skipLibCheck: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry));
  const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
  return (typeName) => {
    let symbol = exported.get(typeName);
    if (!symbol) return undefined;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const members = type.isUnion() ? type.types : [type];
    return members.every((t) => t.isStringLiteral()) ? members.map((t) => t.value) : undefined;
  };
}

/**
 * Attributes whose values the manifest's type does not spell out: `lang` is typed `string`
 * (a site may add a language of its own) but the widgets carry the `Locale`s; a heading level
 * is a number from 1 to 6.
 */
const SUGGESTED = {
  lang: (resolveType) => resolveType('Locale'),
  'heading-level': () => ['1', '2', '3', '4', '5', '6'],
};

/** The four elements of the manifest, each with its attributes and their values, in manifest order. */
export function elementsFromManifest(manifest, resolveType) {
  const declarations = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  return declarations.map((d) => ({
    tag: d.tagName,
    summary: d.summary ?? '',
    description: d.description ?? '',
    attributes: (d.attributes ?? []).map((a) => {
      const suggested = SUGGESTED[a.name]?.(resolveType);
      const values = suggested ?? (a.type?.text ? resolveType(a.type.text) : undefined);
      // A suggested list is not the type: `lang="en-GB"` or a site's own language stays valid.
      const type = !suggested && values ? values.map((v) => JSON.stringify(v)).join(' | ') : (a.type?.text ?? 'string');
      return { name: a.name, description: a.description ?? '', type, default: a.default, values };
    }),
    events: (d.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: e.description ?? '' })),
    parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
    cssProperties: (d.cssProperties ?? []).map((p) => ({
      name: p.name,
      description: p.description ?? '',
      default: p.default,
    })),
  }));
}

/** VS Code's HTML custom data, version 1.1 (the `html.customData` setting). */
export function vscodeCustomData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tag,
      description: {
        kind: 'markdown',
        value: [
          e.summary,
          e.description,
          e.events.length ? `Events: ${e.events.map((ev) => `\`${ev.name}\``).join(', ')}.` : '',
          `Parts: ${e.parts.map((p) => `\`${p.name}\``).join(', ')}.`,
        ]
          .filter(Boolean)
          .join('\n\n'),
      },
      attributes: e.attributes.map((a) => ({
        name: a.name,
        description: {
          kind: 'markdown',
          value: a.default ? `${a.description}\n\nDefault: \`${unquote(a.default)}\`.` : a.description,
        },
        ...(a.values ? { values: a.values.map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

/** JetBrains web-types (version 2 of the format), read by WebStorm and the other JetBrains IDEs. */
export function webTypes(elements) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((e) => ({
          name: e.tag,
          description: [e.summary, e.description].filter(Boolean).join('\n\n'),
          attributes: e.attributes.map((a) => ({
            name: a.name,
            description: a.description,
            ...(a.default ? { default: unquote(a.default) } : {}),
            value: { type: a.type, required: false },
            ...(a.values ? { values: a.values.map((name) => ({ name })) } : {}),
          })),
          events: e.events,
          js: { events: e.events },
          css: { parts: e.parts, properties: e.cssProperties.map(({ name, description }) => ({ name, description })) },
        })),
      },
    },
  };
}

const unquote = (text) => String(text).replace(/^'(.*)'$/, '$1');
const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** Writes both files into `dir` from its custom-elements.json; returns the elements, in manifest order. */
export function writeEditorData(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const elements = elementsFromManifest(manifest, typeResolver(dir));
  writeJson(join(dir, 'vscode.html-custom-data.json'), vscodeCustomData(elements));
  writeJson(join(dir, 'web-types.json'), webTypes(elements));
  return elements;
}
