// `npm run bench`: tiersim's engine beside a lean hand-written M/M/c on the same simjs kernel.
// Each case runs in its own process so that peak memory (maxRSS) is its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reference = join(root, '..', 'shared', 'bench', 'mmc-simjs-lean.cjs');

/** Runs one node process; returns its wall-clock seconds, peak memory (MB) and output. */
function spawnNode(label, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--require', join(root, 'bench/report-rss.cjs'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const processSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
  const rss = /@@maxRSS (\d+)/.exec(r.stderr);
  const cpu = /@@cpu (\d+)/.exec(r.stderr);
  return {
    stdout: r.stdout,
    processSeconds,
    cpuSeconds: cpu ? Number(cpu[1]) / 1e6 : null,
    peakMemoryMB: rss ? Math.round(Number(rss[1]) / 1024) : null,
  };
}

function run(label, args) {
  const { stdout, peakMemoryMB } = spawnNode(label, args);
  const json = JSON.parse(stdout.trim().split('\n').pop());
  return { label, ...json, peakMemoryMB };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Each engine case runs ROUNDS times, the cases taking turns, and the median run (by seconds)
// is reported: one run of each swung the M/M/c ratio from 3.0x to 4.7x on this shared machine.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const engineCases = [
  ...(existsSync(reference) ? [['reference: lean simjs M/M/c', [reference]]] : []),
  [
    'tiersim M/M/c, 1/4 horizon',
    ['bench/one.mjs', 'scenarios/textbook-mmc.json', String(1111111 / 4 / 1440)],
  ],
  ['tiersim M/M/c', ['bench/one.mjs', 'scenarios/textbook-mmc.json']],
  ['tiersim tiered network', ['bench/one.mjs', 'scenarios/textbook-tiers.json']],
  ['tiersim baseline, 1 year', ['bench/one.mjs', 'scenarios/baseline.json', '365']],
];
if (!existsSync(reference)) console.error(`(reference ${reference} not found; skipped)`);
const engineRuns = new Map(engineCases.map(([label]) => [label, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [label, args] of engineCases) engineRuns.get(label).push(run(label, args));
}
const rows = engineCases.map(([label]) => {
  const runs = [...engineRuns.get(label)].sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)];
});

const pad = (s, n) => String(s).padStart(n);
console.log(
  `${`case (median of ${ROUNDS})`.padEnd(30)}${pad('arrivals', 10)}${pad('seconds', 9)}${pad('arrivals/s', 12)}${pad('events/s', 11)}` +
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
  // The same ratio round by round (each round's runs back to back), to show how much it moves.
  const perRound = engineRuns
    .get('tiersim M/M/c')
    .map((m, i) => m.seconds / m.arrivals / (engineRuns.get(ref.label)[i].seconds / ref.arrivals))
    .sort((a, b) => a - b);
  console.log(
    `\ntiersim M/M/c takes ${ratio.toFixed(2)}x the reference's time per arrival (budget: 3x; medians of ${ROUNDS} runs; ` +
      `round by round ${perRound[0].toFixed(2)}x to ${perRound[perRound.length - 1].toFixed(2)}x).`,
  );
  const { queueing } = await import('../dist/sim/index.js');
  const erlangC = queueing.mmc({ arrivalRate: 0.9, meanService: 10, servers: 10 }).meanWait;
  console.log(
    `mean wait: reference ${ref.meanWait} min, tiersim ${mmc.routerMeanWait} min (Erlang C: ${erlangC.toFixed(4)} min)`,
  );
}

// Whole processes, as a user runs them: the lean reference, `tiersim run` of the same M/M/c
// (one replication, ~1M arrivals) printing kpis.csv on stdout, and the same run writing its
// files with --out (timeseries.csv is ~6.5 MB). The CLI runs alternate, three times each; the
// medians are compared, so what --out adds is the cost of writing the files.
const outDir = mkdtempSync(join(tmpdir(), 'tiersim-bench-'));
const cli = ['dist/cli/main.js', 'run', 'scenarios/textbook-mmc.json', '--reps', '1', '--quiet'];
const wholeCases = [
  ...(existsSync(reference) ? [['reference: lean simjs M/M/c', [reference]]] : []),
  ['tiersim run M/M/c, CSV on stdout', [...cli, '--format', 'csv']],
  ['tiersim run M/M/c, --out DIR', [...cli, '--format', 'csv', '--out', outDir]],
];
const samples = new Map(wholeCases.map(([label]) => [label, []]));
try {
  for (let round = 0; round < 3; round++) {
    for (const [label, args] of wholeCases) samples.get(label).push(spawnNode(label, args));
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
const whole = wholeCases.map(([label]) => ({
  label,
  processSeconds: +median(samples.get(label).map((s) => s.processSeconds)).toFixed(3),
  cpuSeconds: +median(samples.get(label).map((s) => s.cpuSeconds)).toFixed(3),
  peakMemoryMB: median(samples.get(label).map((s) => s.peakMemoryMB)),
}));
console.log(
  `\n${'whole process (median of 3)'.padEnd(36)}${pad('seconds', 9)}${pad('CPU s', 9)}${pad('peak MB', 9)}`,
);
for (const w of whole)
  console.log(
    `${w.label.padEnd(36)}${pad(w.processSeconds, 9)}${pad(w.cpuSeconds, 9)}${pad(w.peakMemoryMB, 9)}`,
  );
const toStdout = whole.find((w) => w.label.endsWith('stdout'));
const toFiles = whole.find((w) => w.label.endsWith('--out DIR'));
const percent = (key) => ((toFiles[key] / toStdout[key] - 1) * 100).toFixed(1);
console.log(
  `writing the files with --out costs ${percent('processSeconds')}% of the run's time ` +
    `(${percent('cpuSeconds')}% of its CPU time; budget: 15%); ` +
    `peak memory ${toFiles.peakMemoryMB} MB against ${toStdout.peakMemoryMB} MB.`,
);
console.log('seconds: wall clock of the whole process; CPU s: user + system time of all its threads');
console.log('(steadier than the wall clock on a busy machine, but blind to waiting for the disk).');
console.log(JSON.stringify([...rows, ...whole]));
