// Writes the JSON Schemas of scenarios/ (scenario.schema.json, sweep.schema.json,
// mapping.schema.json) from the compiled parsers' zod schemas, so editors check scenario, sweep
// and history mapping files as tiersim does. Run by `npm run build` after tsc; the files are
// committed (a test checks they are up to date).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { EDITOR_SCHEMAS, schemaText } = await import(
  pathToFileURL(join(root, 'dist/cli/schema-files.js')).href
);
for (const { file, generate } of EDITOR_SCHEMAS) {
  const path = join(root, 'scenarios', file);
  const text = schemaText(generate());
  let before = null;
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    // Not there yet: written below.
  }
  if (before === text) continue;
  writeFileSync(path, text);
  console.log(`gen-schema: wrote scenarios/${file} (commit it with the change that made it differ)`);
}
