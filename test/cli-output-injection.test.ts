import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Progress } from '../src/cli/progress.js';
import { UserError } from '../src/cli/user-error.js';
import { csvField, csvTable, jsonProblem, kpisCsv, printable, type RunSummary } from '../src/sim/index.js';
import { ROOT, requireBuiltCli, removeTempDirs, tempDir, tiersim } from './fixtures/cli/cli.js';

beforeAll(requireBuiltCli);
afterAll(removeTempDirs);

const ESC = '\u001b';

describe('CSV fields a spreadsheet would run as formulas', () => {
  it('are quoted with a leading apostrophe (OWASP), whatever starts them: = + - @ tab CR', () => {
    expect(csvField('=HYPERLINK("http://x.example","click")')).toBe(
      `"'=HYPERLINK(""http://x.example"",""click"")"`,
    );
    expect(csvField('+cmd|calc')).toBe(`"'+cmd|calc"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvField('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
  });

  it('leave numbers as they are, negative and with exponents', () => {
    for (const n of ['-1.5', '-3e-5', '-3E-05', '+2', '-0.001', '-Infinity', '1e-05', '12', '-.5'])
      expect(csvField(n)).toBe(n);
  });

  it('leave other text as it was, quoting only what RFC 4180 needs, and ; or tab inside a field', () => {
    expect(csvField('baseline')).toBe('baseline');
    expect(csvField('se/XADM')).toBe('se/XADM');
    expect(csvField('')).toBe('');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    // A spreadsheet that splits on ; (or tab) must keep the field whole: `a;=1+1` is one cell.
    expect(csvField('a;=1+1')).toBe('"a;=1+1"');
    expect(csvField('a\tb')).toBe('"a\tb"');
  });

  it('neutralise header cells too, and keep every number of kpis.csv byte for byte', () => {
    expect(csvTable(['=x', 'y'], [['1', '-2']])).toBe(`"'=x",y\n1,-2\n`);
    const summary = {
      kpis: [
        {
          kpi: 'little.relativeGap',
          scope: 'pool:router',
          mean: -1.5e-7,
          halfWidth: 3e-9,
          replications: 2,
          unit: 'share',
        },
        {
          kpi: 'wait.mean',
          scope: 'pool:se/=X',
          mean: -12.25,
          halfWidth: NaN,
          replications: 1,
          unit: 'minutes',
        },
      ],
    } as unknown as RunSummary;
    expect(kpisCsv(summary)).toBe(
      'kpi,scope,mean,halfWidth,replications,unit\n' +
        'little.relativeGap,pool:router,-1.5e-7,3e-9,2,share\n' +
        'wait.mean,pool:se/=X,-12.25,,1,minutes\n',
    );
  });
});

describe('index.csv and comparison.csv of user-named scenarios', () => {
  /** Copies of the M/M/c scenario under `names` in a temporary folder; their paths from the root. */
  function copies(names: readonly string[]): string[] {
    const dir = tempDir();
    return names.map((name) => {
      const file = join(dir, `${name}.json`);
      copyFileSync(join(ROOT, 'scenarios/textbook-mmc.json'), file);
      return relative(ROOT, file);
    });
  }

  it('write names that start a formula as text, and the same numbers as plain names', () => {
    const hostile = copies(['=HYPERLINK(1)', '@evil', '-2+3']);
    const plain = copies(['a', 'b', 'c']);
    const outHostile = tempDir();
    const outPlain = tempDir();
    for (const [files, out] of [
      [hostile, outHostile],
      [plain, outPlain],
    ] as const) {
      const result = tiersim('run', ...files, '--days', '2', '--reps', '2', '--quiet', '--out', out);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
    const index = readFileSync(join(outHostile, 'index.csv'), 'utf8').split('\n');
    const reference = readFileSync(join(outPlain, 'index.csv'), 'utf8').split('\n');
    const ids = new Set(index.slice(1, -1).map((line) => line.split(',')[0]));
    expect([...ids]).toEqual([`"'=HYPERLINK(1)"`, `"'@evil"`, `"'-2+3"`]);
    // Everything after the scenario and file columns is the same, byte for byte.
    const rest = (lines: string[]): string[] => lines.map((line) => line.split(',').slice(2).join(','));
    expect(rest(index)).toEqual(rest(reference));
    expect(index.length).toBe(reference.length);
  });

  it('write a scenario name that starts a formula as text in comparison.csv', () => {
    const dir = tempDir();
    const base = relative(dir, join(ROOT, 'scenarios/textbook-mmc.json'));
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ extends: base, name: '=1+2', pools: { router: { staff: 11 } } }));
    const out = tempDir();
    const result = tiersim(
      'compare',
      'scenarios/textbook-mmc.json',
      other,
      '--days',
      '2',
      '--reps',
      '2',
      '--out',
      out,
    );
    expect(result.status).toBe(0);
    const lines = readFileSync(join(out, 'comparison.csv'), 'utf8').split('\n');
    expect(lines[1]).toMatch(/^[^,]+,[^,]+,[^,]+,Textbook M\/M\/c,"'=1\+2",/);
  });
});

describe('control characters in names on the terminal', () => {
  it('are escaped in the report of a scenario whose name holds an escape sequence', () => {
    const dir = tempDir();
    const file = join(dir, 'evil.json');
    const base = relative(dir, join(ROOT, 'scenarios/textbook-mmc.json'));
    writeFileSync(file, JSON.stringify({ extends: base, name: `${ESC}]0;pwned\u0007Evil` }));
    const result = tiersim('run', file, '--days', '2', '--reps', '2');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).not.toContain('\u0007');
    expect(result.stdout.split('\n')[0]).toBe('\\u001b]0;pwned\\u0007Evil');
  });

  it("are escaped in a batch's table and in a message naming a file", () => {
    const dir = tempDir();
    const file = join(dir, `red${ESC}[31m.json`);
    copyFileSync(join(ROOT, 'scenarios/textbook-mmc.json'), file);
    const batch = tiersim(
      'run',
      file,
      'scenarios/textbook-mmc.json',
      '--days',
      '2',
      '--reps',
      '2',
      '--quiet',
    );
    expect(batch.status).toBe(0);
    expect(batch.stdout).not.toContain(ESC);
    expect(batch.stdout).toContain('red\\u001b[31m');

    const missing = tiersim('run', join(dir, `gone${ESC}[2J.json`));
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toContain(ESC);
    expect(missing.stderr).toContain('gone\\u001b[2J.json: cannot read the file');
  });

  it("are escaped in validate's lines: an unknown field's name, a scenario's name", () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', [`${ESC}]0;pwned\u0007`]: 1 }));
    const refused = tiersim('validate', bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`${bad}: \\u001b]0;pwned\\u0007: unknown field\n`);
    const good = join(dir, 'good.json');
    const base = relative(dir, join(ROOT, 'scenarios/textbook-mmc.json'));
    writeFileSync(good, JSON.stringify({ extends: base, name: `${ESC}[2JWiped` }));
    const ok = tiersim('validate', good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`${good}: ok (\\u001b[2JWiped)\n`);
  });

  it('are escaped by printable(), which keeps line breaks only when asked', () => {
    expect(printable(`a${ESC}[2Jb`)).toBe('a\\u001b[2Jb');
    expect(printable('one\ntwo\u0007')).toBe('one\\u000atwo\\u0007');
    expect(printable('one\ntwo', true)).toBe('one\ntwo');
    // C1 controls (0x9b starts a sequence on some terminals) and bidirectional overrides.
    expect(printable('x\u009b31my\u202ez')).toBe('x\\u009b31my\\u202ez');
    expect(printable('Exchange support baseline, 24x7 — ünïcödé')).toBe(
      'Exchange support baseline, 24x7 — ünïcödé',
    );
    expect(new UserError(`${ESC}]0;x\u0007 bad\nsecond line`).message).toBe(
      '\\u001b]0;x\\u0007 bad\nsecond line',
    );
  });

  describe('in the progress line', () => {
    const realIsTTY = process.stderr.isTTY;
    afterEach(() => {
      process.stderr.isTTY = realIsTTY;
    });

    it('are escaped on a terminal and when piped', () => {
      for (const tty of [true, false]) {
        process.stderr.isTTY = tty;
        let text = '';
        const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
          text += String(chunk);
          return true;
        });
        let now = 0;
        try {
          const progress = new Progress(`${ESC}]0;pwned\u0007name`, false, () => now);
          now += 20_000;
          progress.update(1, 2);
          progress.finish();
        } finally {
          write.mockRestore();
        }
        expect(text).toContain('\\u001b]0;pwned\\u0007name');
        expect(text).not.toContain(ESC);
      }
    });
  });
});

describe('a JSON syntax error', () => {
  it("is described without the text V8 quotes from the file's start", () => {
    let error: unknown;
    try {
      JSON.parse('root:x:0:0:root:/root:/bin/bash');
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).toContain('root:x:0:0');
    expect(jsonProblem(error)).toBe("Unexpected token 'r'");
    expect(jsonProblem(new SyntaxError("Expected property name or '}' in JSON at position 1"))).toBe(
      "Expected property name or '}' in JSON at position 1",
    );
  });
});
