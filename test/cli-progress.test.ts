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
  it('writes nothing when stderr is not a terminal (piped, CI)', () => {
    expect(drawn(false, false)).toBe('');
  });

  it('writes nothing on a terminal with --quiet', () => {
    expect(drawn(true, true)).toBe('');
  });

  it('redraws one line on a terminal and clears it at the end', () => {
    const text = drawn(true, false);
    expect(text).toContain('Baseline [####################] 2.0/2 replications');
    expect(text).not.toContain('\n');
    // Every draw starts at the line's beginning, and the last one blanks it.
    expect(text.startsWith('\r')).toBe(true);
    expect(text.endsWith(`\r${' '.repeat(99)}\r`)).toBe(true);
  });
});
