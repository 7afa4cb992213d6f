import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field, openAt, runAndWait, scenarioLink } from './app-page.js';
import { openApp, ROOT, screenshot, waitForRuns } from './browser.js';

// What the what-if page says about what it shows: which scenario, whether its results are those
// of the scenario in the form, and what is wrong with a file or a link it was given.

let url: string;
let page: Page;
let done: () => Promise<void>;

const setField = (path: string, value: string) => page.fill(field(path), value);
/** The paths of the fields marked invalid (red), with what they show. */
const invalidFields = () =>
  page.$$eval('input[aria-invalid="true"]', (inputs) =>
    inputs.map((i) => `${(i as HTMLInputElement).dataset.path}=${(i as HTMLInputElement).value}`).sort(),
  );

/** Loads `content` as the scenario file `name` through the page's file input. */
async function loadFile(name: string, content: unknown): Promise<void> {
  const path = join(ROOT, 'test-output', name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(content));
  await page.setInputFiles('#scenario-file', path);
  await page.locator('.errors p').waitFor();
}

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
    // The closed groups opened: every input outside a section (those of the form before it had
    // sections), the first of each section (its other inputs are written alike).
    await page.$$eval('details.group', (groups) =>
      groups.forEach((g) => ((g as HTMLDetailsElement).open = true)),
    );
    const paths = await page.$$eval('details.group .group-body', (bodies) =>
      bodies.flatMap((body) => {
        const picked: string[] = [];
        let inSection = false;
        let taken = false;
        for (const child of body.children) {
          if (child.matches('h3.subhead')) [inSection, taken] = [true, false];
          for (const input of child.querySelectorAll<HTMLInputElement>('input[data-path]')) {
            if (inSection && taken) break;
            picked.push(input.dataset.path!);
            taken = true;
          }
        }
        return picked;
      }),
    );
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      const input = page.locator(field(path));
      const was = await input.inputValue();
      await input.fill(`${was}1`);
      expect(await results.getAttribute('data-state'), path).toBe('stale');
      await input.fill(was);
      // The old value typed back is the scenario that ran, even where the edit wrote a defaulted
      // distribution or list out in full.
      expect(await results.getAttribute('data-state'), `${path} typed back`).toBe('current');
    }
    await page.locator(field(paths[0])).fill(`${await page.locator(field(paths[0])).inputValue()}1`);
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

  it('shows the figures of the replications done so far while a run goes on, then the full run', async () => {
    // One worker, so that replications come in one at a time.
    await openAt(page, scenarioLink(`${url}?workers=1`, 'baseline.json', 10, 2));
    const views = page.locator('#results-views');
    const previous = await views.innerText();
    // Long enough that the second partial draw, paced to a tenth of the time, comes before the end.
    await setField('horizon.days', '40');
    await setField('replications', '20');
    const runs = await page.evaluate(() => window.tiersim!.runs);
    await page.click('#run');
    /** What the page shows once it shows `n` or more replications of the run, or once it is done. */
    const partialOf = async (n: number) => {
      const handle = await page.waitForFunction(
        ([n, runs]) => {
          const results = document.getElementById('results')!;
          const shown = Number(results.dataset.partial?.split('/')[0] ?? 0);
          if (shown < n && window.tiersim!.runs === runs) return null;
          return {
            runs: window.tiersim!.runs,
            state: results.dataset.state,
            partial: results.dataset.partial,
            note: document.getElementById('results-state')!.innerText,
            kpis: document.getElementById('kpis')?.innerText ?? '',
            views: document.getElementById('results-views')!.innerText,
          };
        },
        [n, runs],
      );
      // Never null: waitForFunction waits for a value that is not.
      return (await handle.jsonValue())!;
    };
    // The first replication alone: no intervals yet, and nothing shows NaN for them.
    const first = await partialOf(1);
    expect(first.runs, 'the run ended before any partial result was shown').toBe(runs);
    expect(first).toMatchObject({ state: 'running', partial: '1/20' });
    expect(first.note).toMatch(/partial results: 1 of 20 replications so far/);
    expect(first.kpis).toMatch(/SLA severity A/);
    expect(first.kpis).not.toMatch(/±/);
    expect(first.views).not.toMatch(/NaN/);
    const second = await partialOf(2);
    expect(second.runs).toBe(runs);
    expect(second.note).toMatch(/partial results: ([2-9]|1\d) of 20 replications so far/);
    expect(second.kpis).toMatch(/±/);
    await screenshot(page, 'app-partial', false);
    // Cancelled, the figures go back to the last finished run's.
    await page.click('#cancel');
    await page.locator('#results[data-state="stale"]').waitFor();
    expect(await page.getAttribute('#results', 'data-partial')).toBeNull();
    expect(await views.innerText()).toBe(previous);
    // Finished, the figures are the full run's: those of the run on 3 workers, opened afresh.
    await setField('horizon.days', '20');
    await setField('replications', '4');
    await runAndWait(page);
    expect(await page.getAttribute('#results', 'data-state')).toBe('current');
    expect(await page.getAttribute('#results', 'data-partial')).toBeNull();
    expect(await page.locator('#results-state').isVisible()).toBe(false);
    const full = {
      views: await views.innerText(),
      csv: await page.evaluate(() => window.tiersim!.lastKpisCsv),
    };
    await openAt(page, scenarioLink(`${url}?workers=3`, 'baseline.json', 20, 4));
    expect({
      views: await views.innerText(),
      csv: await page.evaluate(() => window.tiersim!.lastKpisCsv),
    }).toEqual(full);
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

  it('opens a broken file in the form with its wrong fields red, and no other, to be fixed there', async () => {
    await openBaseline();
    await setField('pools.se.specialties.XADM.sesPerTeam', '10');
    const broken = { name: 'Broken', pools: { router: { staff: -2 } }, arrivals: { betaShare: 2 } };
    await loadFile('broken-scenario.json', broken);
    const errors = page.locator('.errors');
    expect(await errors.innerText()).toContain('pools.router.staff: expected a whole number >= 0, got -2');
    expect(await invalidFields()).toEqual(['arrivals.betaShare=2', 'pools.router.staff=-2']);
    expect(await page.locator('#run').isDisabled()).toBe(true);
    expect(await page.locator('#scenario-title h2').innerText()).toBe('Broken');
    expect(await page.getAttribute('#results', 'data-state')).toBe('stale');
    await screenshot(page, '04-broken-file');
    // Back to the scenario it replaced, edits and all.
    await page.click('#undo-load');
    expect(await page.inputValue(field('pools.se.specialties.XADM.sesPerTeam'))).toBe('10');
    expect(await invalidFields()).toEqual([]);
    expect(await errors.innerText()).toBe('');
    // Fixed in the form, it runs.
    await loadFile('broken-scenario.json', broken);
    await setField('pools.router.staff', '12');
    expect(await invalidFields()).toEqual(['arrivals.betaShare=2']);
    await setField('arrivals.betaShare', '0.03');
    expect(await invalidFields()).toEqual([]);
    await runAndWait(page);
    expect(await page.getAttribute('#results', 'data-state')).toBe('current');
  });

  it('replaces nothing and marks no field when the form cannot fix a broken file', async () => {
    await openBaseline();
    await setField('pools.se.specialties.XADM.sesPerTeam', '10');
    // No name (the form has no field for it), and an unknown field.
    await loadFile('nameless-scenario.json', { pools: { router: { staff: -2 } } });
    expect(await page.locator('.errors').innerText()).toContain('nothing was replaced');
    expect(await page.locator('.errors').innerText()).toContain('pools.router.staff');
    expect(await invalidFields()).toEqual([]);
    expect(await page.inputValue(field('pools.se.specialties.XADM.sesPerTeam'))).toBe('10');
    expect(await page.locator('#scenario-select').inputValue()).toBe('baseline.json');
    await loadFile('unknown-field.json', { extends: 'baseline.json', pools: { router: { staffing: 3 } } });
    expect(await page.locator('.errors').innerText()).toContain('pools.router.staffing: unknown field');
    expect(await invalidFields()).toEqual([]);
    expect(await page.locator('#run').isEnabled()).toBe(true);
  });

  it('says so when a link is broken or names a scenario it does not have, and shows the baseline', async () => {
    const notice = page.locator('#page-notice');
    const baseline = 'Exchange support baseline';
    const good = scenarioLink(url, 'baseline.json', 10, 2);
    for (const [hash, says] of [
      [
        '#s=no-such-scenario.json',
        /names the scenario “no-such-scenario\.json”, which the app does not have/,
      ],
      [good.slice(url.length, -6), /could not be opened: the scenario in it cannot be read/],
      ['#j=e30', /could not be opened: it names no scenario/],
    ] as const) {
      await openAt(page, `${url}${hash}`);
      expect(await notice.isVisible(), hash).toBe(true);
      expect(await notice.innerText(), hash).toMatch(says);
      expect(await notice.innerText(), hash).toMatch(/baseline is shown instead/);
      expect(await page.locator('#scenario-title h2').innerText()).toBe(baseline);
    }
    await notice.locator('button', { hasText: 'Dismiss' }).click();
    expect(await notice.isVisible()).toBe(false);
    // A good link, and a shipped scenario by its name alone, open with no notice.
    for (const link of [good, `${url}#s=understaffed-tier1.json`]) {
      await openAt(page, link);
      expect(await notice.isVisible(), link).toBe(false);
    }
    expect(await page.locator('#scenario-title h2').innerText()).toBe('Understaffed tier 1');
  });
});
