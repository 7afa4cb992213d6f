// Frame rate of the floor plan with many cases on screen. Run after `npx vite build`:
//   node bench/floor-fps.mjs [--cases 500] [--seconds 5] [--dpr 1] [--lesson understaffed-day --at 960]
// Serves dist-app/, opens floor.html in headless Debian Chromium (the browser tests' flags),
// loads `?bench=N` (N made-up cases on the baseline's floor, all present at once) or a lesson,
// plays at 1 h/s and counts requestAnimationFrame callbacks. Prints one JSON line.
import { parseArgs } from 'node:util';
import { withAppPage } from './browser.mjs';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '5' },
    dpr: { type: 'string', default: '1' },
    lesson: { type: 'string' },
    at: { type: 'string' },
  },
});
await withAppPage({ page: 'floor.html', deviceScaleFactor: Number(values.dpr) }, async (page, url) => {
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
});
