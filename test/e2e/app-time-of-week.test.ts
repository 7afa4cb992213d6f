import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field, openAt, runAndWait, scenarioLink } from './app-page.js';
import { openApp, SCREENSHOTS } from './browser.js';

// The time-of-week view: for each hour of the week, the service level of the cases that arrived
// in it, and one pool's people on shift against the people Erlang C needs at that hour's load.

let url: string;
let page: Page;
let done: () => Promise<void>;

beforeAll(async () => {
  ({ url, page, done } = await openApp());
}, 60_000);

afterAll(async () => {
  await done?.();
});

const view = () => page.locator('[data-view="time-of-week"]');
/** How many heatmap cells have each verdict. */
const verdicts = () =>
  page.$$eval('[data-view="time-of-week"] rect[data-verdict]', (cells) => {
    const count = { below: 0, met: 0, few: 0 };
    for (const c of cells) count[(c as SVGRectElement).dataset.verdict as keyof typeof count]++;
    return { cells: cells.length, ...count };
  });
const peopleChart = () => page.locator('[data-view="time-of-week"] svg[data-chart="people"]');

describe('the time-of-week view', () => {
  it('shows all 168 hours of the baseline, and an SE team’s people on shift and needed', async () => {
    // Three weeks after the baseline's warm-up, 4 replications.
    await openAt(page, scenarioLink(url, 'baseline.json', 22, 4));
    await expect.poll(() => view().count()).toBe(1);
    const cells = await verdicts();
    expect(cells.cells).toBe(168);
    expect(cells.below + cells.met + cells.few).toBe(168);
    expect(await peopleChart().getAttribute('data-pool')).toBe('se/XADM');
    expect(await view().locator('.needed-line').count()).toBe(1);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await view().screenshot({ path: join(SCREENSHOTS, 'app-time-of-week-baseline.png') });
    // Every hour has an SE of each specialty on duty in the baseline.
    expect(await view().locator('.time-of-week-headline').textContent()).toMatch(
      /^Below the 90% goal in \d+ of \d+ hours with enough cases to judge\. se\/XADM: fewer on shift than Erlang C needs in \d+ of 168 hours\.$/,
    );
  });

  it('turns hours red and shows XADM short of people when its teams shrink from 14 to 6 SEs', async () => {
    const before = await verdicts();
    const shortBefore = Number(await peopleChart().getAttribute('data-short-hours'));
    await page.fill(field('pools.se.specialties.XADM.sesPerTeam'), '6');
    await runAndWait(page);
    const after = await verdicts();
    expect(after.below).toBeGreaterThan(before.below);
    expect(Number(await peopleChart().getAttribute('data-short-hours'))).toBeGreaterThan(shortBefore);
    // A below-goal cell says when, how much and who is short.
    const title = await view().locator('rect[data-verdict="below"] title').first().textContent();
    await view().screenshot({ path: join(SCREENSHOTS, 'app-time-of-week.png') });
    expect(title).toMatch(
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:00: \d+\.\d% answered in time \(goal 90%\); .* cases a week; se\/XADM: .* on shift, \d+ needed$/,
    );
  });

  it('shows another pool’s people when it is chosen, without Erlang C for a pool that gives no first responses', async () => {
    await view().locator('select.pool-select').selectOption('problemControl');
    expect(await peopleChart().getAttribute('data-pool')).toBe('problemControl');
    expect(await view().locator('.needed-line').count()).toBe(0);
    expect(await view().locator('.now-line').count()).toBe(2);
  });

  it('draws the pinned plan beside now on the same charts: time of week, first-response CDF and utilisation', async () => {
    await view().locator('select.pool-select').selectOption('se/XADM');
    // The plan: XADM cut to 6 SEs a team (the run on screen); now: back to 14.
    await page.click('#pin');
    await page.fill(field('pools.se.specialties.XADM.sesPerTeam'), '14');
    await runAndWait(page);
    const chart = (name: string) => view().locator(`svg[data-chart="${name}"]`);
    expect(await chart('service-level').locator('.plan-line').count()).toBe(1);
    expect(await chart('people').locator('.plan-line').count()).toBe(1);
    // Three severities, now and in the plan.
    expect(await page.locator('[data-view="cdf"] path.line').count()).toBe(3);
    expect(await page.locator('[data-view="cdf"] path.plan-line').count()).toBe(3);
    // The plan's XADM SEs were busier: its mark lies right of now's bar end.
    const xadm = page.locator('[data-view="utilisation"] g.bars > g').filter({
      has: page.locator('title', { hasText: /^se\/XADM: utilisation/ }),
    });
    const planX = Number(await xadm.locator('.plan-mark').getAttribute('x1'));
    const nowWidth = Number(await xadm.locator('rect.bar').getAttribute('width'));
    expect(planX).toBeGreaterThan(nowWidth);
    await view().screenshot({ path: join(SCREENSHOTS, 'app-time-of-week-plan.png') });
  });
});
