import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, waitForRuns } from './browser.js';

/** A shipped scenario's JSON, to edit before it goes into a link. */
export type RawScenario = Record<string, unknown> & {
  horizon: Record<string, number>;
  pools: Record<string, Record<string, unknown>>;
};

/** The selector of the form field at a dotted path of the scenario. */
export const field = (path: string): string => `input[data-path="${path}"]`;

/**
 * A link to the what-if page as the page writes them (`#s=<name>&j=<base64url JSON>`): the shipped
 * scenario `file` with a shorter run, and whatever else `edit` changes.
 */
export function scenarioLink(
  url: string,
  file: string,
  days: number,
  replications: number,
  edit: (raw: RawScenario) => void = () => {},
): string {
  const raw = JSON.parse(readFileSync(join(ROOT, 'scenarios', file), 'utf8')) as RawScenario;
  const edited = { ...raw, horizon: { ...raw.horizon, days }, replications };
  edit(edited);
  return `${url}#s=${file}&j=${Buffer.from(JSON.stringify(edited)).toString('base64url')}`;
}

/** Loads a link in a new document (a link that differs only by its hash would not reload the page). */
export async function openAt(page: Page, link: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(link);
  await waitForRuns(page, 1);
}

/** Presses Run and waits until that run has finished. */
export async function runAndWait(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.tiersim!.runs);
  await page.click('#run');
  await waitForRuns(page, before + 1);
}
