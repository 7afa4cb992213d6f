import { describe, expect, it } from 'vitest';
import { Playback } from '../../src/viz/floor/playback.js';
import { Replay } from '../../src/viz/floor/replay.js';
import { rows } from './trace-rows.js';

/** Case 1 arrives at 10 and is taken at 20; case 2 arrives at 15; the run ends at 100 (minutes). */
const replay = new Replay(
  [
    rows.arrived(10, 1, 'C', 'standard'),
    rows.queued(10, 1, 'router'),
    rows.arrived(15, 2, 'B', 'standard'),
    rows.taken(20, 1, 'router', 'router/1', 'triage'),
  ],
  [],
  { endAt: 100 },
);

/** A playback on the replay at `at`, recording what it tells the controls. */
function playbackAt(at: number): { playback: Playback; shown: boolean[] } {
  const shown: boolean[] = [];
  const playback = new Playback({ setPlaying: (p) => shown.push(p) });
  playback.load(replay, at);
  return { playback, shown };
}

describe('the playback of a replay', () => {
  it('steps to the next row of the floor or of one case, one row at a time within a minute, and back, pausing first', () => {
    const { playback, shown } = playbackAt(0);
    playback.play();
    playback.step(null);
    expect([playback.at, playback.rows, playback.playing]).toEqual([10, 1, false]);
    expect(shown).toEqual([true, false]);
    // Case 1 arrived at 10; its queued row of the same minute is the next step, not 15.
    expect(replay.seek(playback.at, playback.rows!).cases.get(1)!.status).toBe('arriving');
    playback.step(null);
    expect([playback.at, playback.rows]).toEqual([10, 2]);
    expect(replay.seek(playback.at, playback.rows!).cases.get(1)!.status).toBe('queued');
    playback.step(null);
    expect(playback.at).toBe(15);
    playback.step(1);
    expect([playback.at, playback.rows]).toEqual([20, 4]);
    playback.stepBack();
    expect([playback.at, playback.rows]).toEqual([15, 3]);
    playback.step(2);
    expect(playback.at).toBe(15);
    playback.stepBack();
    playback.stepBack();
    expect([playback.at, playback.rows]).toEqual([10, 1]);
    // Scrubbed between rows, a step back goes to just after the last row before the clock.
    playback.moveTo(17, true);
    playback.stepBack();
    expect([playback.at, playback.rows]).toEqual([15, 3]);
  });

  it('moves on at its speed while playing, and pauses at the end of the run', () => {
    const { playback } = playbackAt(0);
    playback.speed = 60;
    playback.advance(1000);
    expect(playback.at).toBe(0);
    playback.play();
    playback.advance(500);
    expect(playback.at).toBe(30);
    playback.advance(2000);
    expect([playback.at, playback.playing]).toEqual([100, false]);
    // Play at the end starts again from the beginning, as a jump.
    playback.snap = false;
    playback.play();
    expect([playback.at, playback.playing, playback.snap]).toEqual([0, true, true]);
  });

  it('keeps a time it is moved to within the run, gliding unless it jumps', () => {
    const { playback } = playbackAt(50);
    playback.snap = false;
    playback.dirty = false;
    playback.moveTo(-5, false);
    expect([playback.at, playback.snap, playback.dirty]).toEqual([0, false, true]);
    playback.moveTo(500, true);
    expect([playback.at, playback.snap]).toEqual([100, true]);
  });
});
