// Rewrites test/fixtures/overlays/before/<variant>.json: each recorded shipped variant of the baseline as
// the full file its overlay resolves to (CSV paths relative to its place in scenarios/). Run it
// after `npm run build` when the baseline changes on purpose; test/scenario-overlay-variants
// then checks that every overlay still resolves to exactly its recorded full file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { resolveOverlays } from '../dist/sim/index.js';

/** Every recorded variant: the files under test/fixtures/overlays/before (and teach/). */
const BEFORE = 'test/fixtures/overlays/before';
const VARIANTS = ['', 'teach/'].flatMap((sub) =>
  readdirSync(join(BEFORE, sub))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${sub}${name.slice(0, -'.json'.length)}`),
);
for (const variant of VARIANTS) {
  const file = `scenarios/${variant}.json`;
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const base = dirname(resolve(file));
  const { raw: full } = resolveOverlays(raw, {
    file,
    readText: (p) => readFileSync(resolve(base, p), 'utf8'),
  });
  delete full.extends;
  writeFileSync(`${BEFORE}/${variant}.json`, `${JSON.stringify(full, null, 2)}\n`);
}
