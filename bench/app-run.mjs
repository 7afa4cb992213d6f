// Time of a run in the what-if page (the engine in a Web Worker). Run after `npx vite build`:
//   node bench/app-run.mjs [--days 28] [--reps 5] [--repeat 3] [--workers N]
// Opens index.html in headless Debian Chromium, waits for the baseline's first run, then runs the
// baseline with the given horizon and replications `--repeat` times and prints one JSON line with
// each run's time as the page measured it (from the click to the results) and their median, and
// the same for the first partial result (the figures of the first replications done; null when
// the page showed none, or is a build from before the page showed any). `--workers N` opens the page
// with ?workers=N (without it, one worker per core).
import { parseArgs } from 'node:util';
import { withAppPage } from './browser.mjs';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '28' },
    reps: { type: 'string', default: '5' },
    repeat: { type: 'string', default: '3' },
    workers: { type: 'string' },
  },
});
const runs = () => window.tiersim.runs;
await withAppPage({ page: 'index.html' }, async (page, url) => {
  await page.goto(values.workers === undefined ? url : `${url}?workers=${values.workers}`);
  await page.waitForFunction(() => window.tiersim?.runs >= 1, null, { timeout: 120_000 });
  await page.fill('input[data-path="horizon.days"]', values.days);
  await page.fill('input[data-path="replications"]', values.reps);
  const seconds = [];
  const firstPartial = [];
  for (let i = 0; i < Number(values.repeat); i++) {
    const before = await page.evaluate(runs);
    await page.click('#run');
    await page.waitForFunction((n) => window.tiersim.runs > n, before, { timeout: 600_000 });
    const { lastRunMs, firstPartialMs } = await page.evaluate(() => window.tiersim);
    seconds.push(lastRunMs / 1000);
    firstPartial.push(firstPartialMs / 1000);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // JSON writes NaN (no partial result) as null.
  const fixed = (s) => +s.toFixed(3);
  console.log(
    JSON.stringify({
      run: `baseline, ${values.days} days x ${values.reps} replications in the browser`,
      workers: values.workers === undefined ? 'one per core' : Number(values.workers),
      cores: await page.evaluate(() => navigator.hardwareConcurrency),
      seconds: seconds.map(fixed),
      medianSeconds: fixed(median(seconds)),
      firstPartialSeconds: firstPartial.map(fixed),
      medianFirstPartialSeconds: fixed(median(firstPartial)),
    }),
  );
});
