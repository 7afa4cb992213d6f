import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY } from '../../src/sim/index.js';
import { openApp, screenshot } from './browser.js';
import { floorHelpers, hardCaseTrace } from './floor-page.js';

let url: string;
let page: Page;
let done: () => Promise<void>;

const { floor, story, scrubTo, openLesson, nextRun } = floorHelpers(
  () => page,
  () => url,
);

beforeAll(async () => {
  ({ url, page, done } = await openApp());
}, 60_000);

afterAll(async () => {
  await done?.();
});

/** Elements of the side panel and toolbar whose text overflows its box (scrolls or is cut), by id or text. */
async function overflowing(): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [
      ...document.querySelectorAll(
        '#lesson-title, #lesson-text, #lesson-about, #guide-point, #guide-ask, #what-if-label, #what-if-ask, #what-if-changed, .guide-step, #show-me',
      ),
    ] as HTMLElement[];
    return boxes
      .filter((b) => b.offsetParent !== null)
      .filter((b) => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1)
      .map((b) => b.id || b.textContent!.slice(0, 40));
  });
}

describe('the floor plan’s lessons: texts, guides and what-ifs', () => {
  it('walks through the hard case’s guide, and its what-if replays the same day with a later hotfix', async () => {
    await openLesson('hard-case-hotfix');
    const rows = hardCaseTrace().filter((r) => r.caseId === 5);
    await page.click('#guide-next');
    expect(await floor((f) => [f.guideStep, f.mark])).toEqual([
      0,
      rows.find((r) => r.event === 'taken' && r.how === 'owner')!.engineer,
    ]);
    await page.click('.guide-step[data-step="2"]');
    const pc = rows.find((r) => r.event === 'taken' && r.place === 'problemControl')!;
    expect(await floor((f) => [f.guideStep, f.mark, f.time])).toEqual([2, 'problemControl', pc.at]);
    expect(await page.locator('#guide-point').innerText()).toBe(
      'Point at: Problem Control takes it: the product’s best diagnosticians',
    );
    expect(await page.locator('#guide-ask').innerText()).toBe(
      'Ask: What do they have that the team has not?',
    );
    await page.click('#guide-next');
    await page.click('#guide-next');
    const hotfix = rows.find((r) => r.event === 'hotfixWait')!;
    expect(await floor((f) => [f.guideStep, f.mark, f.time])).toEqual([4, 'productGroup', hotfix.at + 30]);

    const runs = await floor((f) => f.runs);
    await page.check('#what-if');
    await nextRun(runs);
    expect(await floor((f) => f.whatIf)).toBe(true);
    // The same moment, the same case, the same step.
    expect(await floor((f) => [f.time, f.followed, f.guideStep, f.lesson])).toEqual([
      hotfix.at + 30,
      5,
      4,
      'hard-case-hotfix',
    ]);
    expect(await floor((f) => f.whatChanged())).toEqual([
      'First response: after 6 min (se/XADM/t1/7, SLA met), the same',
      'Climbed to: the product group, the same',
      "Outcome: resolved Tue 23:46 by the product group's hotfix → resolved Thu 23:46 by the product group's hotfix",
      'Open for: 1 d 15 h → 3 d 15 h',
    ]);
    expect(await page.locator('#what-if-changed li').allInnerTexts()).toEqual(
      await floor((f) => f.whatChanged()),
    );
    expect(await page.locator('#floor-status').innerText()).toBe(
      'Replaying the what-if: What if the hotfix took 3 days instead of 1?',
    );
    expect(await page.locator('#timeline').getAttribute('max')).toBe(String(5 * MINUTES_PER_DAY));
    await screenshot(page, 'floor-what-if', false);
    // Played to its end, the story of the what-if resolves two days later.
    await scrubTo(5 * MINUTES_PER_DAY);
    expect(await story()).toMatch(/^Thu 23:46 — resolved: the product group released the hotfix$/m);

    const back = await floor((f) => f.runs);
    // The keyboard ticks the box too (space is the box's own key, not Play's).
    await page.focus('#what-if');
    await page.keyboard.press(' ');
    await nextRun(back);
    expect(await floor((f) => f.whatIf)).toBe(false);
    expect(await floor((f) => [f.whatChanged(), f.followed])).toEqual([[], 5]);
    expect(await page.locator('#timeline').getAttribute('max')).toBe(String(3 * MINUTES_PER_DAY));
  });

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`keeps every lesson’s texts inside their boxes at ${width} x ${height}, through its guide and what-if`, async () => {
      await page.setViewportSize({ width, height });
      try {
        for (const id of ['quiet-day', 'server-down-pod', 'hard-case-hotfix', 'understaffed-day']) {
          await openLesson(id);
          await page.locator('#lesson-about summary').click();
          expect(await overflowing(), `${id} at ${width}`).toEqual([]);
          const steps = await page.locator('.guide-step').count();
          for (let i = 0; i < steps; i++) {
            await page.click(`.guide-step[data-step="${i}"]`);
            expect(await overflowing(), `${id} step ${i + 1} at ${width}`).toEqual([]);
          }
          const runs = await floor((f) => f.runs);
          await page.check('#what-if');
          await nextRun(runs);
          expect(await floor((f) => f.whatIf), id).toBe(true);
          expect(await floor((f) => f.whatChanged().length), id).toBe(4);
          expect(await overflowing(), `${id} what-if at ${width}`).toEqual([]);
        }
        await screenshot(page, `floor-08-lesson-texts-${width}`, true);
      } finally {
        await page.setViewportSize({ width: 1400, height: 900 });
      }
    });
  }
});
