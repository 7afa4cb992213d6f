// `npm run bench`: tiersim's engine beside a lean hand-written M/M/c on the same simjs kernel.
// Each case runs in its own process so that peak memory (maxRSS) is its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reference = join(root, '..', 'shared', 'bench', 'mmc-simjs-lean.cjs');

function run(label, args) {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--require', join(root, 'bench/report-rss.cjs'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
  const json = JSON.parse(r.stdout.trim().split('\n').pop());
  const rss = /@@maxRSS (\d+)/.exec(r.stderr);
  return { label, ...json, peakMemoryMB: rss ? Math.round(Number(rss[1]) / 1024) : null };
}

const rows = [];
if (existsSync(reference)) rows.push(run('reference: lean simjs M/M/c', [reference]));
else console.error(`(reference ${reference} not found; skipped)`);
rows.push(
  run('tiersim M/M/c, 1/4 horizon', [
    'bench/one.mjs',
    'scenarios/textbook-mmc.json',
    String(1111111 / 4 / 1440),
  ]),
);
rows.push(run('tiersim M/M/c', ['bench/one.mjs', 'scenarios/textbook-mmc.json']));
rows.push(run('tiersim tiered network', ['bench/one.mjs', 'scenarios/textbook-tiers.json']));
rows.push(run('tiersim baseline, 1 year', ['bench/one.mjs', 'scenarios/baseline.json', '365']));

const pad = (s, n) => String(s).padStart(n);
console.log(
  `${'case'.padEnd(30)}${pad('arrivals', 10)}${pad('seconds', 9)}${pad('arrivals/s', 12)}${pad('events/s', 11)}` +
    `${pad('peak MB', 9)}${pad('heap MB', 9)}${pad('series MB', 10)}`,
);
for (const r of rows) {
  console.log(
    `${r.label.padEnd(30)}${pad(r.arrivals, 10)}${pad(r.seconds, 9)}${pad(r.arrivalsPerSecond, 12)}${pad(r.eventsPerSecond ?? '-', 11)}` +
      `${pad(r.peakMemoryMB, 9)}${pad(r.heapAfterGcMB ?? '-', 9)}${pad(r.seriesMB ?? '-', 10)}`,
  );
}
console.log('\npeak MB: maxRSS of the process; heap MB: live heap after a full GC at the end of the run;');
console.log('series MB: the hourly time series, which grows with the horizon (hours), not with cases.');
const ref = rows.find((r) => r.label.startsWith('reference'));
const mmc = rows.find((r) => r.label === 'tiersim M/M/c');
if (ref && mmc) {
  const ratio = mmc.seconds / mmc.arrivals / (ref.seconds / ref.arrivals);
  console.log(`\ntiersim M/M/c takes ${ratio.toFixed(2)}x the reference's time per arrival (budget: 3x).`);
  const { queueing } = await import('../dist/sim/index.js');
  const erlangC = queueing.mmc({ arrivalRate: 0.9, meanService: 10, servers: 10 }).meanWait;
  console.log(
    `mean wait: reference ${ref.meanWait} min, tiersim ${mmc.routerMeanWait} min (Erlang C: ${erlangC.toFixed(4)} min)`,
  );
}
console.log(JSON.stringify(rows));
