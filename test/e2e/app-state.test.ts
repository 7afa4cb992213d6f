import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field, openAt, runAndWait, scenarioLink } from './app-page.js';
import { openApp, ROOT, waitForRuns } from './browser.js';

// What the what-if page says about what it shows: which scenario, whether its results are those
// of the scenario in the form, and what is wrong with a file or a link it was given.

let url: string;
let page: Page;
let done: () => Promise<void>;

const setField = (path: string, value: string) => page.fill(field(path), value);

/** Opens the page afresh on the baseline with a short run, so no test depends on another's state. */
const openBaseline = () => openAt(page, scenarioLink(url, 'baseline.json', 10, 2));

beforeAll(async () => {
  ({ url, page, done } = await openApp());
}, 60_000);

afterAll(async () => {
  await done?.();
});

describe('what the what-if page says about what it shows', () => {
  it('marks the results stale after an edit of any field and running during a run, and says so', async () => {
    await openBaseline();
    const results = page.locator('#results');
    const note = page.locator('#results-state');
    expect(await results.getAttribute('data-state')).toBe('current');
    expect(await note.isVisible()).toBe(false);
    for (const input of await page.locator('input[data-path]').all()) {
      const was = await input.inputValue();
      await input.fill(`${was}1`);
      expect(await results.getAttribute('data-state'), (await input.getAttribute('data-path')) ?? '').toBe(
        'stale',
      );
      await input.fill(was);
    }
    expect(await note.innerText()).toMatch(/^Out of date/);
    await setField('horizon.days', '730');
    await page.click('#run');
    await page.locator('#results[data-state="running"]').waitFor();
    expect(await results.getAttribute('aria-busy')).toBe('true');
    expect(await note.innerText()).toMatch(/^Running/);
    await page.click('#cancel');
    await page.locator('#results[data-state="stale"]').waitFor();
    await setField('horizon.days', '10');
    await runAndWait(page);
    expect(await results.getAttribute('data-state')).toBe('current');
    expect(await results.getAttribute('aria-busy')).toBeNull();
    expect(await note.isVisible()).toBe(false);
  });

  it('shows the scenario’s name and description at the top of the page and in its title', async () => {
    const titleOf = (file: string) =>
      JSON.parse(readFileSync(join(ROOT, 'scenarios', file), 'utf8')) as {
        name: string;
        description: string;
      };
    await openBaseline();
    const heading = page.locator('#scenario-title');
    const baseline = titleOf('baseline.json');
    expect(await heading.locator('h2').innerText()).toBe(baseline.name);
    expect(await heading.locator('.scenario-description').textContent()).toBe(baseline.description);
    expect(await page.title()).toContain(baseline.name);
    const before = await page.evaluate(() => window.tiersim!.runs);
    await page.selectOption('#scenario-select', 'understaffed-tier1.json');
    await waitForRuns(page, before + 1);
    expect(await heading.locator('h2').innerText()).toBe(titleOf('understaffed-tier1.json').name);
  });
});
