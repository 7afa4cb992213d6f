import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field, openAt, runAndWait, scenarioLink } from './app-page.js';
import { openApp, screenshot, waitForRuns, watchProblems } from './browser.js';

// Named plans on the what-if page: several pinned at once, kept in the link (and run again from
// it), compared with the one selected, and the changes written in words under their groups.

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

/**
 * A link to a short baseline, and a link's plans part with two plans of it: “Été”, and
 * “Broken”, whose scenario has -1 replications.
 */
function goodAndBrokenPlans(): { link: string; part: string } {
  const link = scenarioLink(url, 'baseline.json', 10, 2);
  const raw = JSON.parse(Buffer.from(new URL(link).hash.split('&j=')[1], 'base64url').toString()) as unknown;
  const plans = [
    { name: 'Été', scenarioName: 'baseline.json', raw },
    { name: 'Broken', scenarioName: 'baseline.json', raw: { ...(raw as object), replications: -1 } },
  ];
  return { link, part: Buffer.from(JSON.stringify(plans)).toString('base64url') };
}

/** Pins the last run under `name`, typed into the name field. */
async function pinAs(name: string): Promise<void> {
  await page.fill('#plan-name', name);
  await page.click('#pin');
}

const planNames = () => page.locator('#plans li').evaluateAll((items) => items.map((li) => li.dataset.plan));
const comparedWith = () => page.locator('#plans li:has(input:checked)').getAttribute('data-plan');
/** The plan's value on the card of labour cost per week: `plan 54,321`. */
const planCost = () => page.locator('[data-kpi="cost.perWeek|all"] .plan').innerText();
/** The changes table: its rows of KPIs, its groups in order, and its count line. */
const changes = {
  rows: () => page.locator('#changes tbody tr:not(.group-heading)'),
  groups: () => page.locator('#changes tbody').evaluateAll((b) => b.map((x) => x.dataset.group)),
  count: () => page.locator('#changes .section-body > p').first().innerText(),
};

describe('named plans on the what-if page', () => {
  it('two pinned plans survive a reload', async () => {
    problems.length = 0;
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 3));
    // The name field offers a default.
    expect(await page.inputValue('#plan-name')).toBe('Plan 1');
    await pinAs('Today');
    await page.fill(field('pools.se.specialties.XADM.sesPerTeam'), '16');
    await runAndWait(page);
    await pinAs('More SEs');
    expect(await page.inputValue('#plan-name')).toBe('Plan 3');
    await page.fill(field('pools.router.staff'), '9');
    await runAndWait(page);
    expect(await planNames()).toEqual(['Today', 'More SEs']);
    expect(await comparedWith()).toBe('More SEs');
    const moreSes = await planCost();
    expect(page.url()).toMatch(/&p=[\w-]+&c=1$/);

    await page.reload();
    await waitForRuns(page, 1);
    expect(await planNames()).toEqual(['Today', 'More SEs']);
    expect(await comparedWith()).toBe('More SEs');
    expect(await page.locator('#kpis h2').innerText()).toContain('“More SEs” → now');
    // Run again from the link, each plan gives the very figures it gave when it was pinned.
    expect(await planCost()).toBe(moreSes);
    expect(moreSes).toMatch(/^plan \d/);
    expect(await page.inputValue(field('pools.router.staff'))).toBe('9');

    // The other plan: two fewer SEs in each XADM team cost less.
    await page.click('#plans li[data-plan="Today"] label');
    expect(await comparedWith()).toBe('Today');
    const today = await planCost();
    expect(today).toMatch(/^plan \d/);
    expect(Number(today.replace(/\D/g, ''))).toBeLessThan(Number(moreSes.replace(/\D/g, '')));
    expect(page.url()).toMatch(/&c=0$/);
    expect(await page.locator('#changes h2').innerText()).toContain('“Today”');

    // The changes in words, under their groups in order, with their codes beside them.
    const groups = await changes.groups();
    expect(groups.length).toBeGreaterThan(1);
    const order = ['service', 'ladder', 'pools', 'cost'];
    expect([...groups].sort((a, b) => order.indexOf(a!) - order.indexOf(b!))).toEqual(groups);
    // Six more XADM SEs than “Today” (+2 in each of 3 teams), in every replication alike.
    const ses = page.locator('#changes tr[data-kpi="headcount|role:se"]');
    expect(await ses.locator('.kpi-words').innerText()).toBe('Headcount, support engineers (people)');
    expect(await ses.locator('.kpi-code').innerText()).toBe('headcount|role:se');
    expect(await ses.getAttribute('data-direction')).toBe('up');
    expect(await ses.locator('td[data-label="change ± 95%"]').innerText()).toMatch(/^\+6(\.0)? ± 0/);
    expect(await ses.locator('xpath=ancestor::tbody').getAttribute('data-group')).toBe('pools');
    for (const text of await page.locator('#changes .kpi-words').allInnerTexts())
      expect(text).toMatch(/^[A-Z0-9]/);

    // Significant changes only, as before; unticked, every compared KPI.
    const count = await changes.count();
    const [significant, compared] = count.match(/\d+/g)!.map(Number);
    expect(count).toBe(`${significant} of ${compared} KPIs changed significantly.`);
    expect(await changes.rows().count()).toBe(significant);
    expect(await page.locator('#changes tr[data-significant="false"]').count()).toBe(0);
    await page.uncheck('#significant-only');
    expect(await changes.rows().count()).toBe(compared);
    expect(compared).toBeGreaterThan(significant);
    const quiet = page.locator('#changes tr[data-significant="false"]');
    expect(await quiet.count()).toBe(compared - significant);
    expect(await quiet.first().getAttribute('data-direction')).toBeNull();
    expect(await changes.count()).toBe(count);
    const cost = page.locator('#changes tr[data-kpi="cost.perWeek|all"]');
    expect(await cost.locator('.kpi-words').innerText()).toBe('Labour cost per week');
    expect(await page.locator('#changes tbody[data-group="cost"] .group-heading').innerText()).toBe('Cost');
    expect(await changes.groups()).toEqual(order);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'app-plans', false);
    await page.locator('#changes').scrollIntoViewIfNeeded();
    await screenshot(page, 'app-plans-changes', false);

    // Removing the plan compared with compares with the one left.
    await page.click('#plans li[data-plan="Today"] .remove-plan');
    expect(await planNames()).toEqual(['More SEs']);
    expect(await planCost()).toBe(moreSes);
    expect(problems).toEqual([]);
  });

  it('says which plans of a link it left out, and why, and pins the others', async () => {
    const { link, part } = goodAndBrokenPlans();
    await openAt(page, `${link}&p=${part}&c=1`);
    expect(await planNames()).toEqual(['Été']);
    const notice = await page.locator('#page-notice').innerText();
    expect(notice).toContain('the plan “Broken” (baseline.json) is not a valid scenario (replications:');
    // The plan compared with was left out: the one pinned is compared with.
    expect(await comparedWith()).toBe('Été');
    expect(await planCost()).toMatch(/^plan \d/);
  });

  it('pins a link’s plans even when it names a scenario the app does not have, and lists both notices', async () => {
    const { part } = goodAndBrokenPlans();
    await page.goto('about:blank');
    await page.goto(`${url}#s=nowhere.json&p=${part}&c=0`);
    await waitForRuns(page, 1);
    expect(await planNames()).toEqual(['Été']);
    const notices = await page.locator('#page-notice p').allInnerTexts();
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('names the scenario “nowhere.json”, which the app does not have');
    expect(notices[1]).toContain('the plan “Broken” (baseline.json) is not a valid scenario');
    expect(await page.locator('#page-notice button').count()).toBe(1);
  });

  it('keeps the buttons of a run started while another runs until that one ends', async () => {
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 2));
    await page.fill(field('horizon.days'), '400');
    await page.click('#run');
    await page.locator('#cancel:enabled').waitFor();
    // Choosing a scenario runs it, which ends the run in progress.
    await page.selectOption('#scenario-select', 'understaffed-tier1.json');
    await page.waitForTimeout(500);
    expect(await page.locator('#run').isDisabled()).toBe(true);
    expect(await page.locator('#cancel').isEnabled()).toBe(true);
    expect(await page.locator('#results').getAttribute('data-state')).toBe('running');
    await page.click('#cancel');
    await page.locator('#run:enabled').waitFor();
  });
});
