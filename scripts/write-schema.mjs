// Writes dist/kompetenceplan.schema.json from the built model (dist/model/index.js), so the shipped
// JSON Schema is exactly the one `planJsonSchema` exports. Run after tsc (npm run build does).
import { writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib.mjs';

const modelEntry = path.join(root, 'dist/model/index.js');
const target = path.join(root, 'dist/kompetenceplan.schema.json');
try {
  await access(modelEntry);
} catch {
  console.error(`✗ ${path.relative(root, modelEntry)} is missing: run tsc -p tsconfig.build.json first`);
  process.exit(1);
}
const model = await import(pathToFileURL(modelEntry).href);
if (!model.planJsonSchema) {
  console.log('• skipped dist/kompetenceplan.schema.json: the model does not export planJsonSchema yet');
} else {
  await writeFile(target, `${JSON.stringify(model.planJsonSchema, null, 2)}\n`);
  console.log(`• ${path.relative(root, target)} (${JSON.stringify(model.planJsonSchema).length} bytes)`);
}
