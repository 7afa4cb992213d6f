import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY } from '../../src/sim/index.js';
import { FONT } from '../../src/viz/floor/floor-background.js';
import { openApp, screenshot } from './browser.js';
import { floorHelpers, hardCaseTrace, seatName } from './floor-page.js';

let url: string;
let page: Page;
let done: () => Promise<void>;

const { floor, time, story, scrubTo, nextFrame, chooseLesson, openLesson } = floorHelpers(
  () => page,
  () => url,
);

beforeAll(async () => {
  ({ url, page, done } = await openApp());
}, 60_000);

afterAll(async () => {
  await done?.();
});

describe('the floor plan in Chromium', () => {
  it('opens on the quiet day with labelled controls, draws the floor, and fetches nothing from the network', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${url}floor.html`);
    await page.waitForFunction(() => window.floor?.lesson === 'quiet-day', null, { timeout: 60_000 });
    await nextFrame();
    for (const id of ['play', 'step', 'speed', 'timeline', 'clock', 'show-me', 'story', 'narration'])
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    for (const id of [
      'show-me',
      'speed',
      'timeline',
      'clock',
      'upload-trace',
      'days',
      'pair-scenario',
      'what-if',
    ])
      expect(await page.locator(`label[for="${id}"]`).count(), `label of ${id}`).toBe(1);
    expect(await page.locator('#speed option').allInnerTexts()).toEqual([
      '1 min/s',
      '10 min/s',
      '1 h/s',
      '6 h/s',
      '1 day/s',
    ]);
    await scrubTo(11 * 60);
    expect(await page.locator('#clock').innerText()).toBe('Mon 11:00');
    expect(await floor((f) => f.caseCount)).toBeGreaterThan(0);
    await screenshot(page, 'floor-01-quiet-day', false);
    expect(
      requests.filter((r) => !r.startsWith(url) && !r.startsWith('blob:') && !r.startsWith('data:')),
    ).toEqual([]);
  });

  it('Show me the hard case: it follows case 5 from just before its arrival', async () => {
    await openLesson('quiet-day');
    await chooseLesson('hard-case-hotfix');
    const rows = hardCaseTrace().filter((r) => r.caseId === 5);
    expect(await floor((f) => f.followed)).toBe(5);
    expect(await time()).toBe(rows[0].at - 10);
    expect(await page.locator('#clock').innerText()).toBe('Mon 08:50');
    expect(await story()).toBe('');
    expect(await page.locator('#case-now').innerText()).toBe('Not here yet: it arrives Mon 09:00.');
  });

  it('plays, pauses, and steps to the next row of the trace (button and →), one row at a time within a minute', async () => {
    await openLesson('hard-case-hotfix');
    const trace = hardCaseTrace();
    await page.click('#play');
    await page.waitForFunction(() => window.floor!.time > 8 * 60 + 55);
    await page.click('#pause');
    const paused = await time();
    await page.waitForTimeout(300);
    expect(await time()).toBe(paused);
    expect(await floor((f) => f.playing)).toBe(false);

    const next = trace.findIndex((r) => r.at > paused);
    await page.click('#step');
    expect([await time(), await floor((f) => f.rowsApplied)]).toEqual([trace[next].at, next + 1]);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => window.floor!.rowsApplied === n, next + 2);
    expect(await time()).toBe(trace[next + 1].at);
    await page.keyboard.press(' ');
    await page.waitForFunction(() => window.floor!.playing);
    await page.keyboard.press(' ');
    await page.waitForFunction(() => !window.floor!.playing);

    // Case 1 arrives, queues for a router and is taken, all at 08:05: three steps, one row each.
    const first = trace.filter((r) => r.caseId === 1 && r.at === trace.find((x) => x.caseId === 1)!.at);
    expect(first.map((r) => r.event)).toEqual(['arrived', 'queued', 'taken']);
    await scrubTo(first[0].at - 1);
    const seen: Array<string | undefined> = [];
    for (let i = 0; i < 3; i++) {
      await page.click('#step');
      await nextFrame();
      expect(await time()).toBe(first[0].at);
      seen.push(await page.evaluate(() => window.floor!.caseStatus(1)?.status));
    }
    expect(seen).toEqual(['arriving', 'queued', 'withEngineer']);
    expect(await page.locator('#clock').innerText()).toBe('Mon 08:05');
    // And back one row: the case is in the router's queue again.
    await page.keyboard.press('ArrowLeft');
    await nextFrame();
    expect(await page.evaluate(() => window.floor!.caseStatus(1))).toEqual({
      place: 'router',
      status: 'queued',
    });
  });

  it('tells the followed case’s story as it climbs to an escalation engineer and waits for a hotfix', async () => {
    await openLesson('hard-case-hotfix');
    const rows = hardCaseTrace().filter((r) => r.caseId === 5);
    /** Who took the case at a place (the first time). */
    const takenAt = (place: string) => rows.find((r) => r.event === 'taken' && r.place === place)!;
    const ee = takenAt('escalation');
    await scrubTo(Math.floor(ee.at) + 30);
    expect(await page.locator('#case-now').innerText()).toBe(
      `Now: ${seatName(ee.engineer)} is working on it.`,
    );
    await screenshot(page, 'floor-02-hard-case-escalation-engineer', false);

    // Play to the end at one day per second.
    await page.selectOption('#speed', String(MINUTES_PER_DAY));
    await page.click('#play');
    await page.waitForFunction(() => window.floor!.storyText().includes('resolved'), null, {
      timeout: 20_000,
    });
    await page.click('#pause');
    await nextFrame();
    const text = await story();
    expect(text.split('\n')[0]).toBe('Mon 09:00 — arrived: Sev B, XADM, standard contract');
    for (const expected of [
      `— ${seatName(takenAt('router').engineer)} triaged it`,
      `— ${seatName(rows.find((r) => r.event === 'taken' && r.how === 'owner')!.engineer)} took it and owns it`,
      '— waiting on the customer',
      '— escalated to Problem Control: too hard for tier 1 (difficulty)',
      `— ${seatName(takenAt('problemControl').engineer)} took it`,
      '— escalated to an escalation engineer: too hard for Problem Control (difficulty)',
      `— ${seatName(ee.engineer)} took it`,
      '— waiting for a hotfix from the product group',
      // The verdicts: the first response against the scenario's 2 h target, and who resolved it.
      '09:06 — first response after 6 min, within its 2 h target (Sev B, standard contract): SLA met',
      `— resolved by the product group: its hotfix closed the case; nobody in support worked on it after ${seatName(ee.engineer)} proved the bug and asked for the fix`,
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/^Tue \d\d:\d\d — resolved: the product group released the hotfix$/m);
    const hotfixAt = rows.find((r) => r.event === 'hotfixWait')!.at;
    await scrubTo(Math.floor(hotfixAt) + 60);
    expect(await page.locator('#case-now').innerText()).toBe(
      'Now: waiting for a hotfix from the product group.',
    );
    await screenshot(page, 'floor-03-hard-case-hotfix-wait', false);
  });

  it('writes each person’s tag below their seat, legible and apart, and highlights the followed case’s owner', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      await openLesson('hard-case-hotfix');
      const rows = hardCaseTrace().filter((r) => r.caseId === 5);
      const owner = rows.find((r) => r.event === 'taken' && r.how === 'owner')!;
      await scrubTo(Math.ceil(owner.at) + 1);
      const tags = await floor((f) => f.seatTags());
      expect(tags).toHaveLength((await floor((f) => f.seatRects())).length);
      // Measured in the browser's own font: every tag fits its strip, at 8 px or more.
      const tooWide = await page.evaluate(
        ([list, font]) => {
          const ctx = document.createElement('canvas').getContext('2d')!;
          return list.filter((t) => {
            ctx.font = `600 ${t.size}px ${font}`;
            return t.size < 8 || ctx.measureText(t.text).width > t.w;
          });
        },
        [tags, FONT] as const,
      );
      expect(tooWide).toEqual([]);
      expect(await floor((f) => f.highlighted())).toEqual([
        { id: owner.engineer, role: 'owner', atSeat: true, name: 'XADM 1·7' },
      ]);
      // Waiting on the customer, the case is in the waiting area and its owner's seat is framed.
      const wait = rows.find((r) => r.event === 'customerWait')!;
      await scrubTo(Math.ceil(wait.at) + 10);
      expect(await floor((f) => f.highlighted())).toEqual([
        { id: owner.engineer, role: 'owner', atSeat: false, name: 'XADM 1·7' },
      ]);
      await screenshot(page, 'floor-labels', false);
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it('scrubbing back shrinks the story to the rows before that time and turns the clock back', async () => {
    await openLesson('hard-case-hotfix');
    const rows = hardCaseTrace().filter((r) => r.caseId === 5);
    const escalatedAt = rows.find((r) => r.event === 'escalated')!.at;
    const before = Math.floor(escalatedAt) - 1;
    await scrubTo(before);
    const text = await story();
    expect(text).not.toMatch(/escalated|hotfix|resolved/);
    // One line per row but the queued ones, and the first response's SLA verdict.
    expect(text.split('\n')).toHaveLength(
      rows.filter((r) => r.at <= before && r.event !== 'queued').length + 1,
    );
    const hh = String(Math.floor((before % MINUTES_PER_DAY) / 60)).padStart(2, '0');
    const mm = String(before % 60).padStart(2, '0');
    expect(await page.locator('#clock').innerText()).toBe(`Mon ${hh}:${mm}`);
    await screenshot(page, 'floor-04-hard-case-scrubbed-back', false);
    // And forward again: the same story as before at the same time.
    await scrubTo(before + 600);
    await scrubTo(before);
    expect(await story()).toBe(text);
  });

  it('follows a case clicked on the canvas and tells a role’s story when its area is clicked', async () => {
    await openLesson('understaffed-day');
    await scrubTo(16 * 60);
    const [id] = await floor((f) =>
      f
        .caseIds()
        .filter((c) => f.dotPosition(c) !== null)
        .slice(-1),
    );
    const dot = await page.evaluate((c) => window.floor!.dotPosition(c), id);
    await page.locator('#floor-canvas').click({ position: { x: dot!.x, y: dot!.y } });
    expect(await floor((f) => f.followed)).toBe(id);
    await nextFrame();
    expect((await story()).split('\n')[0]).toMatch(/— arrived: Sev [ABC]/);
    await screenshot(page, 'floor-05-understaffed-following', false);

    // At a busy hour some people are away for training or meetings, between cases: their seats show it.
    await scrubTo(11 * 60);
    expect(await floor((f) => f.seatsAway)).toBeGreaterThan(0);
    expect(await page.locator('.legend li', { hasText: 'seat: away (training, meetings)' }).count()).toBe(1);
    expect(await floor((f) => f.caseIds().includes(0))).toBe(false);
    await screenshot(page, 'floor-06-understaffed-seats-away', false);
    // Scrubbing away and back gives the same seats.
    const away = await floor((f) => f.seatsAway);
    await scrubTo(20 * 60);
    await scrubTo(11 * 60);
    expect(await floor((f) => f.seatsAway)).toBe(away);

    const area = (await page.evaluate(() => window.floor!.placeArea('productGroup')))!;
    await page
      .locator('#floor-canvas')
      .click({ position: { x: area.x + area.w / 2, y: area.y + area.h - 8 } });
    expect(await page.locator('#narration h3').innerText()).toBe('Product group');
    await page.click('button[data-role="escalation"]');
    expect(await page.locator('#narration h3').innerText()).toBe('Escalation engineer (EE)');
    expect(await page.locator('#narration p').innerText()).toMatch(/last line/);
  });
});
