import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field, openAt, runAndWait, scenarioLink } from './app-page.js';
import { openApp, screenshot, watchProblems } from './browser.js';

// The what-if page on a phone (390 x 844 CSS px): nothing scrolls sideways, the charts are drawn
// at the width there is, and the page asks for nothing it does not have (a favicon included).

const PHONE = { width: 390, height: 844 };

let url: string;
let page: Page;
let done: () => Promise<void>;
/** What went wrong on the page since it was opened (see watchProblems). */
let problems: string[] = [];

beforeAll(async () => {
  ({ url, page, done } = await openApp());
  problems = watchProblems(page);
}, 60_000);

afterAll(async () => {
  await done?.();
});

/** What sticks out of the viewport sideways: each chart, and each text in a chart, by its box. */
function outside(page: Page) {
  return page.evaluate((width) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('svg.viz-chart, svg.viz-chart text')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
        out.push(
          `${el.tagName} "${el.textContent?.slice(0, 30)}" ${Math.round(box.left)}..${Math.round(box.right)}`,
        );
    }
    return out;
  }, PHONE.width);
}

/**
 * Nothing scrolls sideways, no chart or chart text sticks out, and the charts are drawn at the
 * width there is (not a wide drawing scaled down), so their text keeps its 14 px.
 */
async function fitsThePhone(): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await outside(page)).toEqual([]);
  const scales = await page.$$eval('svg.viz-chart', (svgs) =>
    svgs.map((svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('width'))),
  );
  expect(scales.length).toBeGreaterThanOrEqual(4);
  for (const scale of scales) expect(scale).toBeCloseTo(1, 2);
  const smallest = await page.$$eval('svg.viz-chart text', (texts) =>
    Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
  );
  expect(smallest).toBeGreaterThanOrEqual(13);
}

describe('the what-if page on a phone', () => {
  it('does not scroll sideways at 390 px, draws its charts to the width, and logs no error', async () => {
    await page.setViewportSize(PHONE);
    problems.length = 0;
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 2));
    await fitsThePhone();
    await screenshot(page, 'app-phone');
    // With a plan pinned and a change, so the changes table is there too.
    await page.click('#pin');
    await page.fill(field('pools.router.staff'), '9');
    await runAndWait(page);
    expect(await page.locator('[data-view="changes"] tbody tr').count()).toBeGreaterThan(0);
    await fitsThePhone();
    expect(problems).toEqual([]);
  });

  it('has an SVG favicon of its own', async () => {
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toMatch(/\.svg$/);
    const icon = await page.request.get(new URL(href!, page.url()).href);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('draws its charts again at the new width when the window narrows', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 2));
    const widest = () =>
      page.$$eval('svg.viz-chart', (svgs) => Math.max(...svgs.map((s) => Number(s.getAttribute('width')))));
    expect(await widest()).toBeGreaterThan(900);
    await page.setViewportSize(PHONE);
    await page.waitForFunction(
      (width) =>
        [...document.querySelectorAll('svg.viz-chart')].every(
          (s) => Number(s.getAttribute('width')) <= width,
        ),
      PHONE.width,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await outside(page)).toEqual([]);
  });
});
