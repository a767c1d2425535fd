// Helpers shared by the project's scripts. Plain Node 20, no dependencies beyond the devDependencies.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command in the project root with inherited output; exits the process when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0 && !options.allowFailure) {
    console.error(`\n✗ ${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}`);
    process.exit(result.status || 1);
  }
  return result.status ?? 1;
}

/** Self-contained, minified ES module of one entry, built in memory with the settings of vite.config.ts. */
export async function bundleInMemory(entry, { minify = true } = {}) {
  const { build } = await import('vite');
  const output = await build({
    configFile: path.join(root, 'vite.config.ts'),
    root,
    logLevel: 'error',
    build: {
      write: false,
      minify,
      lib: { entry: path.join(root, entry), formats: ['es'], fileName: () => 'entry.js' },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  // Vite may hand back the same output twice (one per environment); keep one per file name.
  const byName = new Map(outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const chunks = [...byName.values()];
  if (chunks.length !== 1) throw new Error(`${entry}: expected one chunk, got ${chunks.length}`);
  return chunks[0];
}

/**
 * The custom elements of a manifest (custom-elements.json), in tag order: each class declaration
 * with `modulePath`, the path of its module.
 */
export function elementsOf(manifest) {
  return (manifest.modules ?? [])
    .flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ ...decl, modulePath: mod.path })))
    .filter((d) => d.kind === 'class' && d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName, 'en'));
}

/**
 * The events of an element's declaration documented with `@event`, each name once: they have a
 * description and a custom, hyphenated name. The analyzer also infers nameless or misnamed events
 * from `dispatchEvent` calls, which are not part of the API.
 */
export function documentedEvents(decl) {
  const seen = new Map();
  for (const e of decl.events ?? []) if (e.name?.includes('-') && e.description && !seen.has(e.name)) seen.set(e.name, e);
  return [...seen.values()];
}
