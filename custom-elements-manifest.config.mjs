// Custom elements manifest (custom-elements.json), generated from the elements' JSDoc.
// `npm run analyze` writes it; it is committed, and `npm test` fails when it is stale.
// It describes the published package: module paths are those of dist/ (the package ships no
// src/), only what the package's entry points export is listed, and each src/define/<tag>.ts
// module exports its element's definition. test/node/manifest.node.test.mjs checks all three.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Custom element callbacks the browser calls: not API for an integrator. */
const lifecycleMembers = new Set([
  'formAssociated', 'formResetCallback', 'formStateRestoreCallback', 'formDisabledCallback', 'formAssociatedCallback',
  'connectedCallback', 'disconnectedCallback', 'adoptedCallback', 'attributeChangedCallback', 'observedAttributes',
]);

/**
 * Keeps the manifest to the public API: Lit's reactive state (`state: true`) and protected or
 * private members are not attributes or properties an integrator can use, and the analyzer also
 * lists a nameless event for every `dispatchEvent(new SomeEvent())` in the shared base class,
 * whose real events are documented by `@event` on each element.
 */
function publicApiOnly() {
  const internalFields = new Set(['locale', 'inputIssues', 'formDisabled', 'headingOffset']);
  return {
    name: 'kompetence-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const hidden = new Set(
            (decl.members ?? [])
              .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || internalFields.has(m.name) || m.name?.startsWith('#')
                || lifecycleMembers.has(m.name))
              .map((m) => m.name),
          );
          if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name));
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name) && !internalFields.has(a.name));
          }
          if (decl.events) decl.events = decl.events.filter((e) => e.name);
          // Abstract bases are LitElements too, but they are not elements a page can use.
          if (decl.customElement && !decl.tagName) delete decl.customElement;
        }
      }
    },
  };
}

/**
 * Attributes as HTML has them:
 * - an attribute is text: a list property's attribute (`goals="metoder viden"`) is typed `string`,
 *   not as the property's array;
 * - an attribute the JSDoc documents (`@attr value`, `@attr plan`, the chooser's `@attr goals`) is
 *   linked to its property of the same name (`fieldName`, and the property's `attribute`), which
 *   the analyzer cannot see where the shared base reads the attribute (src/internal/input-core.ts).
 */
function attributesAsText() {
  const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  return {
    name: 'kompetence-attributes-as-text',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.tagName) continue;
          decl.attributes = (decl.attributes ?? []).map((attribute) => {
            const linked = { ...attribute };
            if (linked.type?.text?.endsWith('[]')) {
              linked.type = { text: 'string' };
              delete linked.default; // the property's `[]`: no attribute is no list
            }
            const index = linked.fieldName ? -1 : (decl.members ?? []).findIndex((m) => m.kind === 'field' && m.name === camel(linked.name));
            if (index >= 0) {
              linked.fieldName = decl.members[index].name;
              // Inherited members may be shared between elements: replaced, never edited.
              decl.members[index] = { ...decl.members[index], attribute: linked.name };
            }
            return linked;
          });
        }
      }
    },
  };
}

/** The package's exported type for each plan part an element edits (src/model/plan.ts, ids.ts). */
const partTypes = {
  opgave: 'Opgave', perspektiv: 'Perspektiv', laeringsmaal: 'Laeringsmaal', ansvar: 'AnsvarItem[]',
  traeningsbane: 'Traeningsbane', laeringsformer: 'LearningFormId[]', mobilitet: 'MobilitetItem', hverdag: 'Hverdag',
};

/**
 * An element's `value` is declared once in the shared base as `PartValue<P>`; the analyzer keeps
 * that generic, which says nothing in API tables and IDE hovers. Each element class names its part
 * (`extends KompetenceFieldElement<'opgave'>`): the value's type is written as that part's type.
 */
function concreteValueTypes() {
  const parts = new Map();
  return {
    name: 'kompetence-concrete-value-types',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const base = node.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      const arg = base?.typeArguments?.[0];
      if (arg && ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) parts.set(node.name.text, arg.literal.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          const part = parts.get(decl.name);
          if (!part) continue;
          const text = partTypes[part] ?? `PartValue<'${part}'>`;
          // Inherited members may share one type object between elements: replace it, never edit it.
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            if (item.type?.text?.includes('PartValue<P>')) item.type = { ...item.type, text: item.type.text.replaceAll('PartValue<P>', text) };
          }
        }
      }
    },
  };
}

/**
 * The modules' exports as JavaScript has them:
 * - each src/define/<tag>.ts registers its element with `defineElement('<tag>', Class)` (guarded,
 *   src/internal/define.ts), which the analyzer does not read as a definition: the module's
 *   `custom-element-definition` export is added here, pointing at the imported class;
 * - `export type { … }` exports nothing at run time, but the analyzer lists it as a `js` export
 *   (of the exporting module, for a name it only imported): it is dropped.
 */
function runtimeExports() {
  return {
    name: 'kompetence-runtime-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        const typeOnly = new Set(node.exportClause.elements.filter((e) => node.isTypeOnly || e.isTypeOnly).map((e) => e.name.text));
        moduleDoc.exports = moduleDoc.exports.filter((e) => e.kind !== 'js' || !typeOnly.has(e.name));
        return;
      }
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !constructor || !ts.isIdentifier(constructor)) return;
      const className = constructor.text;
      const source = node.getSourceFile().statements.find((statement) => ts.isImportDeclaration(statement)
        && statement.importClause?.namedBindings?.elements?.some((e) => e.name.text === className));
      if (!source) throw new Error(`${moduleDoc.path}: defineElement's ${className} is not imported`);
      const specifier = source.moduleSpecifier.text;
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: className, module: path.posix.join(path.posix.dirname(moduleDoc.path), specifier) },
      });
    },
  };
}

/**
 * Keeps what the published package exports, as it is published:
 * - the modules and declarations reachable from the entry points of package.json's `exports`
 *   (followed through re-exports), so internal bases, helpers, messages and styles are left out;
 * - every module path as the dist/ file it is built to (`src/a/b.ts` → `dist/a/b.js`), since the
 *   package ships dist/ only.
 */
function publishedModulesOnly() {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  /** `src/…ts` for a path the analyzer wrote as `src/….ts`, `src/….js`, `/src/….js` or relative to `from`. */
  const sourcePath = (reference, from) => {
    const joined = reference.startsWith('.') ? path.posix.join(path.posix.dirname(from), reference) : reference.replace(/^\//, '');
    return joined.replace(/\.js$/, '.ts');
  };
  const distPath = (srcPath) => srcPath.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

  return {
    name: 'kompetence-published-modules-only',
    packageLinkPhase({ customElementsManifest }) {
      const modules = new Map(customElementsManifest.modules.map((m) => [m.path, m]));
      // Entry points: the sources of the exports' type declarations (`./dist/x.d.ts` → `src/x.ts`).
      const entries = Object.values(pkg.exports).map((target) => target?.types).filter(Boolean)
        .map((types) => types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts'))
        .flatMap((entry) => {
          if (!entry.includes('*')) return modules.has(entry) ? [entry] : [];
          const [before, after] = entry.split('*');
          return [...modules.keys()].filter((p) => p.startsWith(before) && p.endsWith(after) && !p.slice(before.length, -after.length).includes('/'));
        });

      const reached = new Map(); // module path → Set of export names reached ('*' for all)
      const declared = new Map(); // module path → Set of declaration names reached
      const add = (map, key, name) => (map.get(key) ?? map.set(key, new Set()).get(key)).add(name);
      const visit = (modulePath, name) => {
        const mod = modules.get(modulePath);
        if (!mod || reached.get(modulePath)?.has(name)) return;
        add(reached, modulePath, name);
        for (const e of mod.exports ?? []) {
          if (name !== '*' && e.name !== name && e.name !== '*') continue;
          if (e.declaration.package) continue;
          const target = sourcePath(e.declaration.module ?? modulePath, modulePath);
          if (target === modulePath) add(declared, modulePath, e.declaration.name);
          else visit(target, e.name === '*' ? name : e.declaration.name);
        }
      };
      for (const entry of entries) visit(entry, '*');

      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => reached.has(mod.path));
      for (const mod of customElementsManifest.modules) {
        const names = reached.get(mod.path);
        const all = names.has('*');
        mod.declarations = (mod.declarations ?? []).filter((d) => declared.get(mod.path)?.has(d.name));
        mod.exports = (mod.exports ?? []).filter((e) => all || names.has(e.name) || e.name === '*');
      }
      // A module reached only for the names of types (which the manifest does not declare) says nothing.
      customElementsManifest.modules = customElementsManifest.modules
        .filter((mod) => entries.includes(mod.path) || mod.declarations.length || mod.exports.length);
      // Every reference to a module of the package, as its dist/ file.
      const rewrite = (value, modulePath) => {
        if (Array.isArray(value)) return value.forEach((item) => rewrite(item, modulePath));
        if (!value || typeof value !== 'object') return;
        for (const [key, child] of Object.entries(value)) {
          if (key === 'module' && typeof child === 'string' && !value.package) value.module = distPath(sourcePath(child, modulePath));
          else rewrite(child, modulePath);
        }
      };
      for (const mod of customElementsManifest.modules) {
        rewrite(mod.declarations, mod.path);
        rewrite(mod.exports, mod.path);
        mod.path = distPath(mod.path);
      }
      // The analyzer's module order varies from run to run; a fixed order keeps committed diffs to real changes.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/react/ is generated from this manifest (scripts/react-wrappers.mjs): it must not feed back in.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  // package.json's customElements field is written by hand; the freshness check writes elsewhere.
  packagejson: false,
  plugins: [runtimeExports(), concreteValueTypes(), publicApiOnly(), attributesAsText(), publishedModulesOnly()],
};
