import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../src/cli/load-scenario.js';
import { removeTempDirs, requireBuiltCli, tempDir, tiersim } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

describe('tiersim compare', () => {
  it('writes a tidy comparison.csv and finds no significant change between a scenario and itself', () => {
    const out = tempDir();
    const result = tiersim(
      'compare',
      'scenarios/baseline.json',
      'scenarios/baseline.json',
      '--days',
      '10',
      '--reps',
      '3',
      '--quiet',
      '--out',
      out,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Significant changes: B − A: 0 of \d+ KPIs/);
    const csv = readFileSync(join(out, 'comparison.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(
      'kpi,scope,unit,base,other,baseMean,otherMean,difference,halfWidth,replications,significant',
    );
    expect(csv.slice(1).every((l) => l.endsWith(',false'))).toBe(true);
  });

  it('shows a router cut raising abandonment significantly', () => {
    const result = tiersim(
      'compare',
      'scenarios/baseline.json',
      'scenarios/router-cut.json',
      '--days',
      '14',
      '--reps',
      '4',
      '--quiet',
      '--format',
      'csv',
    );
    expect(result.status, result.stderr).toBe(0);
    const row = result.stdout
      .split('\n')
      .find((l) => l.startsWith('abandoned.share,pool:router,'))!
      .split(',');
    expect(Number(row[7])).toBeGreaterThan(0);
    expect(row[10]).toBe('true');
  });

  it('needs two scenarios and two replications', () => {
    expect(tiersim('compare', 'scenarios/baseline.json').status).toBe(2);
    expect(
      tiersim('compare', 'scenarios/baseline.json', 'scenarios/router-cut.json', '--reps', '1').stderr,
    ).toContain('--reps must be a whole number >= 2');
  });
});

describe('tiersim optimize', () => {
  it('keeps the 10 routers an M/M/10 at 90% load needs for a mean wait within 15 min, and writes the optimised scenario', () => {
    // Erlang C: 10 routers wait 6.7 min on average; 9 routers are at 100% load, an unstable queue.
    const out = tempDir();
    const result = tiersim(
      'optimize',
      'scenarios/textbook-mmc.json',
      '--days',
      '20',
      '--reps',
      '4',
      '--pools',
      'router',
      '--goal',
      'wait.mean@pool:router<=15',
      '--quiet',
      '--out',
      out,
    );
    expect(result.status, result.stderr).toBe(0);
    // scenario.json is an overlay of the input: the routers it keeps come from there.
    expect(loadScenarioFile(join(out, 'scenario.json')).pools.router.staff).toBe(10);
    expect(tiersim('validate', join(out, 'scenario.json')).status).toBe(0);
    expect(readFileSync(join(out, 'optimize.csv'), 'utf8').split('\n')[0]).toBe(
      'kind,name,role,unit,before,after,costPerWeekBefore,costPerWeek,op,target,value,halfWidth,met',
    );
  });

  it('rejects a malformed goal with one line', () => {
    const result = tiersim('optimize', 'scenarios/baseline.json', '--goal', 'sla.attainment=0.9', '--quiet');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
