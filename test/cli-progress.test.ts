import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../src/cli/progress.js';

const realIsTTY = process.stderr.isTTY;

/** What a Progress writes to stderr for updates at 0, 1 and 2 of 2 replications, then finish. */
function drawn(isTTY: boolean, quiet: boolean): string {
  process.stderr.isTTY = isTTY;
  let text = '';
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  try {
    const progress = new Progress('Baseline', quiet);
    progress.update(0, 2);
    progress.update(2, 2);
    progress.finish();
  } finally {
    write.mockRestore();
  }
  return text;
}

afterEach(() => {
  process.stderr.isTTY = realIsTTY;
});

describe('the progress line', () => {
  it('writes nothing in its first ten seconds when stderr is not a terminal (piped, CI)', () => {
    expect(drawn(false, false)).toBe('');
  });

  it('writes a plain line every ten seconds when stderr is not a terminal', () => {
    process.stderr.isTTY = false;
    let text = '';
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      text += String(chunk);
      return true;
    });
    let now = 1_000_000;
    try {
      const progress = new Progress('Sweep', false, () => now);
      progress.update(1, 8); // at 0 s: nothing
      now += 10_000;
      progress.update(4, 8); // at 10 s: a line, ETA 10 s
      now += 5_000;
      progress.update(6, 8); // at 15 s: too soon
      now += 5_000;
      progress.update(8, 8); // at 20 s: a line
      progress.finish();
    } finally {
      write.mockRestore();
    }
    expect(text).toBe(
      'Sweep: 4/8 replications, 10s elapsed, ETA 10s\nSweep: 8/8 replications, 20s elapsed, ETA 0s\n',
    );
  });

  it('writes nothing on a terminal with --quiet', () => {
    expect(drawn(true, true)).toBe('');
  });

  it('redraws one line on a terminal and clears it at the end', () => {
    const text = drawn(true, false);
    expect(text).toContain('Baseline [####################] 2/2 replications');
    expect(text).not.toContain('\n');
    // Every draw starts at the line's beginning, and the last one blanks it.
    expect(text.startsWith('\r')).toBe(true);
    expect(text.endsWith(`\r${' '.repeat(99)}\r`)).toBe(true);
  });
});
