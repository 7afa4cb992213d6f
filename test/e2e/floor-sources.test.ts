import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTES_PER_DAY, seatPlan } from '../../src/sim/index.js';
import { openApp, ROOT, screenshot } from './browser.js';
import { floorHelpers, hardCaseScenario } from './floor-page.js';

let url: string;
let page: Page;
let done: () => Promise<void>;
/** A folder for the CLI's outputs and the files uploaded. */
let work: string;

const { floor, story, scrubTo, nextFrame, openLesson, nextRun } = floorHelpers(
  () => page,
  () => url,
);

beforeAll(async () => {
  ({ url, page, done } = await openApp());
  work = mkdtempSync(join(tmpdir(), 'tiersim-floor-'));
}, 60_000);

afterAll(async () => {
  await done?.();
  rmSync(work, { recursive: true, force: true });
});

/** The hard case's trace.csv as the built CLI writes it (`npm run build` first). */
function cliTrace(): string {
  const cli = join(ROOT, 'dist/cli/main.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const out = join(work, 'hard-case');
  execFileSync(
    process.execPath,
    [cli, 'run', 'scenarios/teach/hard-case-hotfix.json', '--trace', '--out', out],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  return join(out, 'trace.csv');
}

/** Uploads a file to the page's trace input and waits for its run (or, `rejected`, for the status to change). */
async function uploadTrace(file: string, rejected = false): Promise<void> {
  const runs = await floor((f) => f.runs);
  const status = await page.locator('#floor-status').innerText();
  await page.setInputFiles('#upload-trace', file);
  if (rejected)
    await page.waitForFunction((s) => document.getElementById('floor-status')!.textContent !== s, status);
  else {
    await nextRun(runs);
    expect(await floor((f) => f.lesson)).toBe('upload');
  }
  await nextFrame();
}

describe('the floor plan replays any scenario or an uploaded trace.csv', () => {
  it('replays the first day of any bundled scenario, simulated in the page', async () => {
    await openLesson('quiet-day');
    const runs = await floor((f) => f.runs);
    await page.selectOption('#show-me', 'scenario:understaffed-tier1.json');
    await nextRun(runs);
    expect(await floor((f) => f.lesson)).toBe('scenario:understaffed-tier1.json');
    expect(new URL(page.url()).search).toBe('?scenario=understaffed-tier1.json&days=1');
    expect(await page.locator('#timeline').getAttribute('max')).toBe(String(MINUTES_PER_DAY));
    await scrubTo(14 * 60);
    expect(await floor((f) => f.caseCount)).toBeGreaterThan(20);
    expect(await page.locator('#lesson-title').innerText()).not.toBe('');
    // Two days: the same scenario, its run twice as long.
    const again = await floor((f) => f.runs);
    await page.selectOption('#days', '2');
    await nextRun(again);
    expect(await page.locator('#timeline').getAttribute('max')).toBe(String(2 * MINUTES_PER_DAY));
  });

  it('replays a trace.csv made by the CLI, uploaded, and follows its hard case to the resolution', async () => {
    await openLesson('quiet-day');
    const file = cliTrace();
    await uploadTrace(file);
    expect(await page.locator('#show-me').inputValue()).toBe('upload');
    expect(await page.locator('#lesson-title').innerText()).toBe('Uploaded: trace.csv');
    // The floor is built from the engineers the trace names: everyone in it has a seat.
    const named = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[4])
        .filter((id) => id !== undefined && id !== ''),
    );
    const seats = new Set((await floor((f) => f.seatRects())).map((s) => s.id));
    expect([...named].filter((id) => !seats.has(id))).toEqual([]);

    // Follow case 5 by its number and play to its resolution.
    await page.fill('#follow-id', '5');
    await page.click('.follow-by-number button[type="submit"]');
    expect(await floor((f) => f.followed)).toBe(5);
    await page.selectOption('#speed', String(MINUTES_PER_DAY));
    await page.click('#play');
    await page.waitForFunction(() => window.floor!.storyText().includes('— resolved'), null, {
      timeout: 20_000,
    });
    await page.click('#pause');
    await nextFrame();
    const lines = (await story()).split('\n');
    expect(lines[0]).toBe('Mon 09:00 — arrived: Sev B, XADM, standard contract');
    expect(lines).toContain('09:06 — first response after 6 min (no SLA target known without the scenario)');
    expect(lines.at(-2)).toMatch(/^Tue 23:46 — resolved: the product group released the hotfix$/);
    expect(lines.at(-1)).toMatch(
      /— resolved by the product group: its hotfix closed the case; nobody in support worked on it after EE \d+ proved the bug/,
    );
    expect(await page.locator('#case-now').innerText()).toBe('Now: resolved.');
    await screenshot(page, 'floor-07-uploaded-trace-resolved', false);

    // Paired with the scenario it came from: its seats, shifts and SLA targets.
    const runs = await floor((f) => f.runs);
    await page.selectOption('#pair-scenario', 'teach/hard-case-hotfix.json');
    await nextRun(runs);
    await scrubTo(16 * 60);
    expect(await floor((f) => f.seatRects().length)).toBe(
      seatPlan(hardCaseScenario()).flatMap((p) => p.seats).length,
    );
    expect(await story()).toContain(
      '09:06 — first response after 6 min, within its 2 h target (Sev B, standard contract): SLA met',
    );
    expect(await page.locator('#floor-status').innerText()).toBe('');
  });

  it('names the line of a bad trace.csv in one line and keeps the floor as it was', async () => {
    await openLesson('hard-case-hotfix');
    const runs = await floor((f) => f.runs);
    const bad = join(work, 'trace.csv');
    writeFileSync(
      bad,
      'at,caseId,event,place,engineer,detail\n485,1,arrived,arrival,,C standard\n485,1,lost,router,,\n',
    );
    await uploadTrace(bad, true);
    expect(await page.locator('#floor-status').innerText()).toBe(
      'trace.csv line 3: unknown event "lost" (expected arrived, queued, taken, consult, customerWait, transferred, escalated, hotfixWait, returned, resolved, abandoned, calledBack, away or back)',
    );
    expect(await floor((f) => [f.runs, f.lesson, f.followed])).toEqual([runs, 'hard-case-hotfix', 5]);
    writeFileSync(bad, 'arrivedAt,specialty,severity,contract\n485,XADM,C,standard\n');
    await uploadTrace(bad, true);
    expect(await page.locator('#floor-status').innerText()).toMatch(
      /^trace\.csv line 1: expected the header at,caseId,event,place,engineer,detail/,
    );
  });
});
