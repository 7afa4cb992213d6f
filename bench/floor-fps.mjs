// Frame rate of the floor plan with many cases on screen. Run after `npx vite build`:
//   node bench/floor-fps.mjs [--cases 500] [--seconds 5] [--dpr 1] [--lesson understaffed-day --at 960]
// Serves dist-app/, opens floor.html in headless Debian Chromium (the browser tests' flags),
// loads `?bench=N` (N made-up cases on the baseline's floor, all present at once) or a lesson,
// plays at 1 h/s and counts requestAnimationFrame callbacks. Prints one JSON line.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const APP = join(ROOT, 'dist-app');
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '5' },
    dpr: { type: 'string', default: '1' },
    lesson: { type: 'string' },
    at: { type: 'string' },
  },
});
if (!existsSync(join(APP, 'floor.html'))) {
  console.error(`${APP}/floor.html is missing: run npx vite build first`);
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(APP, path);
  if (!file.startsWith(APP) || !existsSync(file) || statSync(file).isDirectory())
    file = join(APP, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const profile = mkdtempSync(join(tmpdir(), 'tiersim-fps-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  deviceScaleFactor: Number(values.dpr),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await context.newPage();
  const lesson = values.lesson ?? 'bench';
  await page.goto(
    `${url}floor.html?${values.lesson ? `lesson=${values.lesson}` : `bench=${Number(values.cases)}`}`,
  );
  await page.waitForFunction((l) => window.floor?.lesson === l, lesson, { timeout: 120_000 });
  if (values.at !== undefined) {
    await page.evaluate((v) => {
      const input = document.getElementById('timeline');
      input.value = v;
      input.dispatchEvent(new Event('input'));
    }, values.at);
  }
  await page.selectOption('#speed', '60');
  await page.click('#play');
  const seconds = Number(values.seconds);
  const measured = await page.evaluate(
    (ms) =>
      new Promise((done) => {
        let frames = 0;
        let minDots = Infinity;
        let maxDots = 0;
        let drawMs = 0;
        const began = performance.now();
        const tick = (now) => {
          frames++;
          minDots = Math.min(minDots, window.floor.dots);
          maxDots = Math.max(maxDots, window.floor.dots);
          drawMs += window.floor.drawMs;
          if (now - began < ms) requestAnimationFrame(tick);
          else
            done({
              frames,
              ms: now - began,
              minDots,
              maxDots,
              drawMs: drawMs / frames,
              simulatedMinutes: window.floor.time,
            });
        };
        requestAnimationFrame(tick);
      }),
    seconds * 1000,
  );
  console.log(
    JSON.stringify({
      load: values.lesson
        ? `${values.lesson}${values.at ? ` from minute ${values.at}` : ''}`
        : `${values.cases} made-up cases`,
      devicePixelRatio: Number(values.dpr),
      seconds: +(measured.ms / 1000).toFixed(2),
      frames: measured.frames,
      fps: +((measured.frames * 1000) / measured.ms).toFixed(1),
      dotsDrawn: { min: measured.minDots, max: measured.maxDots },
      replayAndDrawMsPerFrame: +measured.drawMs.toFixed(2),
      simulatedClockAtEnd: measured.simulatedMinutes,
    }),
  );
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.close();
}
