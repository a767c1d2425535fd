// IDE data from custom-elements.json, written to dist/ by `npm run build` (after tsc: the values of
// enum-typed attributes come from the built model in dist/model/):
//   dist/vscode.html-custom-data.json  VS Code's HTML custom data (the `html.customData` setting)
//   dist/web-types.json                JetBrains web-types (package.json's `web-types` field)
// Both list every element of the manifest with its summary, attributes (with values where the
// type is an enum), events, CSS parts and CSS custom properties.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { documentedEvents, elementsOf, root } from './lib.mjs';

export { elementsOf };
export const vscodeFile = 'dist/vscode.html-custom-data.json';
export const webTypesFile = 'dist/web-types.json';

/**
 * Enum types the manifest names but cannot spell out (aliases of the model's id lists), with the
 * export of `kompetence-elements/model` that lists their values. An attribute typed `T | null` is
 * an enum when `T` is here or a union of string literals.
 */
const enumExports = { ExampleId: 'exampleIds', Lang: 'languages', Experience: 'experiences', PlanGoalLevel: 'goalLevels' };

/** The enum values of the model, by type name (read from the built model). */
export async function loadEnums(modelUrl = pathToFileURL(path.join(root, 'dist/model/index.js')).href) {
  const model = await import(modelUrl);
  const enums = {};
  for (const [type, name] of Object.entries(enumExports)) {
    if (!Array.isArray(model[name])) throw new Error(`kompetence-elements/model does not export the list ${name} (for ${type})`);
    enums[type] = [...model[name]];
  }
  return enums;
}

/** Public instance properties (the analyzer config already drops private, protected and state). */
function propertiesOf(decl) {
  return (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
}

const typeOf = (attr) => attr.type?.text?.trim() ?? '';
const isBoolean = (attr) => typeOf(attr) === 'boolean';

/** The values of an enum-typed attribute, or undefined. `lang` always takes the model's languages. */
export function enumValues(attr, enums) {
  if (attr.name === 'lang') return enums.Lang;
  const members = typeOf(attr).split('|').map((t) => t.trim()).filter((t) => t && t !== 'null' && t !== 'undefined');
  if (members.length === 0) return undefined;
  if (members.every((t) => /^(['"]).*\1$/.test(t))) return members.map((t) => t.slice(1, -1));
  if (members.length === 1 && enums[members[0]]) return enums[members[0]];
  return undefined;
}

/** The element's description: its summary, then what else an editor wants to see in a tooltip. */
function describeElement(decl) {
  const lines = [decl.summary || decl.description || ''];
  const events = documentedEvents(decl);
  if (events.length) lines.push('', '**Events**', ...events.map((e) => `- \`${e.name}\`: ${e.description}`));
  if (decl.cssParts?.length) lines.push('', `**CSS parts:** ${decl.cssParts.map((p) => `\`${p.name}\``).join(', ')}`);
  if (decl.cssProperties?.length) lines.push('', `**CSS custom properties:** ${decl.cssProperties.map((p) => `\`${p.name}\``).join(', ')}`);
  return lines.join('\n').trim();
}

/** VS Code HTML custom data (version 1.1). */
export function vscodeCustomData(manifest, enums) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((decl) => ({
      name: decl.tagName,
      description: { kind: 'markdown', value: describeElement(decl) },
      attributes: (decl.attributes ?? []).map((attr) => {
        const values = enumValues(attr, enums);
        return {
          name: attr.name,
          ...(attr.description ? { description: attr.description } : {}),
          ...(isBoolean(attr) ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types. */
export function webTypes(manifest, pkg, enums) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((decl) => {
          const events = documentedEvents(decl).map((e) => ({
            name: e.name,
            description: e.description,
            ...(e.type?.text ? { type: e.type.text } : {}),
          }));
          return {
            name: decl.tagName,
            description: decl.summary || decl.description || '',
            source: { module: pkg.name, symbol: decl.name },
            attributes: (decl.attributes ?? []).map((attr) => {
              const values = enumValues(attr, enums);
              return {
                name: attr.name,
                ...(attr.description ? { description: attr.description } : {}),
                ...(attr.default !== undefined && attr.default !== 'null' ? { default: attr.default } : {}),
                value: isBoolean(attr)
                  ? { kind: 'no-value', type: 'boolean' }
                  : { kind: 'plain', type: values ? values.map((v) => `'${v}'`).join(' | ') : 'string' },
                ...(values ? { values: values.map((name) => ({ name })) } : {}),
              };
            }),
            events,
            js: {
              properties: propertiesOf(decl).map((m) => ({
                name: m.name,
                ...(m.description ? { description: m.description } : {}),
                ...(m.type?.text ? { type: m.type.text } : {}),
                ...(m.readonly ? { 'read-only': true } : {}),
              })),
              events,
            },
            css: {
              parts: (decl.cssParts ?? []).map((p) => ({ name: p.name, ...(p.description ? { description: p.description } : {}) })),
              properties: (decl.cssProperties ?? []).map((p) => ({ name: p.name, ...(p.description ? { description: p.description } : {}) })),
            },
            ...(decl.slots?.length ? { slots: decl.slots.map((s) => ({ name: s.name, ...(s.description ? { description: s.description } : {}) })) } : {}),
          };
        }),
      },
    },
  };
}

async function main() {
  const manifest = JSON.parse(await readFile(path.join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const enums = await loadEnums();
  const count = elementsOf(manifest).length;
  await writeFile(path.join(root, vscodeFile), `${JSON.stringify(vscodeCustomData(manifest, enums), null, 2)}\n`);
  await writeFile(path.join(root, webTypesFile), `${JSON.stringify(webTypes(manifest, pkg, enums), null, 2)}\n`);
  console.log(`• ${vscodeFile} and ${webTypesFile} (${count} elements)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
