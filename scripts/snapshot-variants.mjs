// Writes test/fixtures/overlays/before/<variant>.json: each shipped variant of the baseline as
// the full file its overlay resolves to (CSV paths relative to its place in scenarios/). Run it
// after `npm run build` when the baseline changes on purpose; test/scenario-overlay-variants
// then checks that every overlay still resolves to exactly its recorded full file.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resolveOverlays } from '../dist/sim/index.js';

const VARIANTS = [
  'router-cut',
  'extra-pod',
  'beta-launch-surge',
  'understaffed-tier1',
  'trace-replay',
  'teach/hard-case-hotfix',
  'teach/quiet-day',
  'teach/server-down-pod',
  'teach/understaffed-day',
];
for (const variant of VARIANTS) {
  const file = `scenarios/${variant}.json`;
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const base = dirname(resolve(file));
  const { raw: full } = resolveOverlays(raw, {
    file,
    readText: (p) => readFileSync(resolve(base, p), 'utf8'),
  });
  delete full.extends;
  writeFileSync(`test/fixtures/overlays/before/${variant}.json`, `${JSON.stringify(full, null, 2)}\n`);
}
