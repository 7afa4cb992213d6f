import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseScenario, simulateReplication, type TraceRow } from '../../src/sim/index.js';
import { ROOT } from './browser.js';

/** Helpers of the floor plan's browser tests, on the page and app URL the test file opened. */

/** The hard case's scenario, parsed here from its file. */
export function hardCaseScenario() {
  const file = join(ROOT, 'scenarios/teach/hard-case-hotfix.json');
  return parseScenario(JSON.parse(readFileSync(file, 'utf8')), {
    file,
    readText: (p) => readFileSync(join(dirname(file), p), 'utf8'),
  });
}

/** The hard case's trace, run here on the same engine: the page must show exactly these rows. */
export function hardCaseTrace(): TraceRow[] {
  return simulateReplication(hardCaseScenario(), { replication: 0, trace: true }).trace!;
}

/** Functions driving the floor page that `page()` returns, served at `url()`. */
export function floorHelpers(page: () => Page, url: () => string) {
  /** Evaluates `f(window.floor)` in the page. */
  const floor = <T>(f: (w: NonNullable<Window['floor']>) => T): Promise<T> =>
    page().evaluate(`(${f.toString()})(window.floor)`) as Promise<T>;
  const time = () => page().evaluate(() => window.floor!.time);
  const story = () => page().evaluate(() => window.floor!.storyText());

  /** Waits until the page has drawn a frame (the clock and the story follow the time at each frame). */
  async function nextFrame(): Promise<void> {
    await page().evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
  }

  /** Drags the timeline to a time, minutes, and waits for the frame that shows it. */
  async function scrubTo(minutes: number): Promise<void> {
    await page().evaluate((v) => {
      const input = document.getElementById('timeline') as HTMLInputElement;
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, minutes);
    await page().waitForFunction((v) => window.floor!.time === v, minutes);
    await nextFrame();
  }

  /** Chooses a lesson in Show me and waits for its run. */
  async function chooseLesson(id: string): Promise<void> {
    const runs = await page().evaluate(() => window.floor!.runs);
    await page().selectOption('#show-me', id);
    await page().waitForFunction(
      ([l, n]) => window.floor!.lesson === l && window.floor!.runs > (n as number),
      [id, runs] as const,
      { timeout: 60_000 },
    );
    await nextFrame();
  }

  /** Opens the floor plan afresh on a lesson (`?lesson=`), so that no test depends on another's state. */
  async function openLesson(id: string): Promise<void> {
    await page().goto(`${url()}floor.html?lesson=${id}`);
    await page().waitForFunction((l) => window.floor?.lesson === l, id, { timeout: 60_000 });
    await nextFrame();
  }

  /** Waits for the page's next run after `runs` to be shown, and its first frame. */
  async function nextRun(runs: number): Promise<void> {
    await page().waitForFunction((n) => window.floor!.runs > n && window.floor!.lesson !== '', runs, {
      timeout: 60_000,
    });
    await nextFrame();
  }

  return { floor, time, story, nextFrame, scrubTo, chooseLesson, openLesson, nextRun };
}

/**
 * What the floor calls an engineer of the model (the seats' names, written out here from the
 * naming rule, not from the code that makes them): `se/XADM/t1/7` → `XADM 1·7`, `router/3` →
 * `Router 3`, `problemControl/2` → `PC 2`, `escalation/9` → `EE 9`, `tl/XADM/t1` → `TL XADM 1`.
 */
export function seatName(id: string): string {
  return id
    .replace(/^se\/(\w+)\/t(\d+)\/(\d+)$/, '$1 $2·$3')
    .replace(/^tl\/(\w+)\/t(\d+)$/, 'TL $1 $2')
    .replace(/^router\/(\d+)$/, 'Router $1')
    .replace(/^problemControl\/(\d+)$/, 'PC $1')
    .replace(/^escalation\/(\d+)$/, 'EE $1');
}
