import { MINUTES_PER_DAY } from '../../sim/index.js';
import { clockText } from './clock.js';
import { el } from '../dom.js';

/** Speeds of the playback, simulated minutes per real second, and their labels. */
export const SPEEDS: ReadonlyArray<{ readonly minutesPerSecond: number; readonly label: string }> = [
  { minutesPerSecond: 1, label: '1 min/s' },
  { minutesPerSecond: 10, label: '10 min/s' },
  { minutesPerSecond: 60, label: '1 h/s' },
  { minutesPerSecond: 360, label: '6 h/s' },
  { minutesPerSecond: MINUTES_PER_DAY, label: '1 day/s' },
];

/** What the controls ask the page to do. */
export interface ControlActions {
  play(): void;
  pause(): void;
  /** To the next event (of the followed case when `ofCase`). */
  step(ofCase: boolean): void;
  stepBack(): void;
  setSpeed(minutesPerSecond: number): void;
  /** The timeline was dragged to a time, minutes. */
  scrub(atMinutes: number): void;
}

/**
 * The trainer's playback controls: play, pause, step, speed, the clock and a timeline to scrub.
 * Keyboard: space plays or pauses, → steps to the next row of the trace (with Shift: the
 * followed case's next row), ← steps back.
 */
export class Controls {
  readonly root = el('div', { class: 'row' });
  private readonly playButton = el(
    'button',
    { type: 'button', id: 'play', 'aria-keyshortcuts': 'Space' },
    '▶ Play',
  );
  private readonly pauseButton = el(
    'button',
    { type: 'button', id: 'pause', 'aria-keyshortcuts': 'Space' },
    '❚❚ Pause',
  );
  private readonly stepButton = el(
    'button',
    {
      type: 'button',
      id: 'step',
      'aria-keyshortcuts': 'ArrowRight',
      title: 'Next row of the trace, even within the same minute (→)',
    },
    'Step →',
  );
  private readonly stepCaseButton = el(
    'button',
    {
      type: 'button',
      id: 'step-case',
      'aria-keyshortcuts': 'Shift+ArrowRight',
      title: 'Next row of the followed case (Shift+→)',
      disabled: '',
    },
    'Step this case',
  );
  private readonly speed = el('select', { id: 'speed' });
  private readonly clock = el('output', { id: 'clock', 'aria-live': 'off' }, '—');
  private readonly timeline = el('input', {
    type: 'range',
    id: 'timeline',
    min: '0',
    max: '0',
    step: '1',
    value: '0',
    list: 'timeline-days',
  });
  /** Tick marks at midnight on the timeline. */
  private readonly days = el('datalist', { id: 'timeline-days' });
  private shownMinute = NaN;

  constructor(private readonly actions: ControlActions) {
    for (const s of SPEEDS) this.speed.append(el('option', { value: String(s.minutesPerSecond) }, s.label));
    this.speed.addEventListener('change', () => actions.setSpeed(Number(this.speed.value)));
    const speedLabel = el('label', { for: 'speed' }, 'Speed');
    const timelineLabel = el('label', { for: 'timeline', class: 'visually-hidden' }, 'Timeline');
    this.timeline.addEventListener('input', () => actions.scrub(Number(this.timeline.value)));
    this.playButton.addEventListener('click', () => actions.play());
    this.pauseButton.addEventListener('click', () => actions.pause());
    this.stepButton.addEventListener('click', () => actions.step(false));
    this.stepCaseButton.addEventListener('click', () => actions.step(true));
    const clockBox = el('span', { class: 'clock-box' });
    clockBox.append(el('label', { for: 'clock', class: 'visually-hidden' }, 'Simulated time'), this.clock);

    this.root.append(
      this.playButton,
      this.pauseButton,
      this.stepButton,
      this.stepCaseButton,
      speedLabel,
      this.speed,
      clockBox,
      timelineLabel,
      this.timeline,
      this.days,
    );
    this.setPlaying(false);
    this.setReady(false);
    document.addEventListener('keydown', this.onKey, true);
    // A button in focus would also act on the keyup of space: the page has handled it already.
    document.addEventListener(
      'keyup',
      (e) => {
        if (e.key === ' ' && !isTextEntry(e.target)) e.preventDefault();
      },
      true,
    );
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (
      isTextEntry(e.target) ||
      e.altKey ||
      e.ctrlKey ||
      e.metaKey ||
      (this.playButton.disabled && this.pauseButton.disabled)
    )
      return;
    if (e.key === ' ') {
      e.preventDefault();
      if (this.pauseButton.hidden) this.actions.play();
      else this.actions.pause();
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      this.actions.step(e.shiftKey);
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      this.actions.stepBack();
    }
  };

  /** Shows Play or Pause (one at a time, so space and the buttons always agree). */
  setPlaying(playing: boolean): void {
    this.playButton.hidden = playing;
    this.pauseButton.hidden = !playing;
  }

  /** Enables the playback controls once a run is loaded. */
  setReady(ready: boolean): void {
    for (const c of [this.playButton, this.pauseButton, this.stepButton, this.speed, this.timeline])
      c.disabled = !ready;
  }

  setFollowing(following: boolean): void {
    this.stepCaseButton.disabled = !following;
  }

  setSpeed(minutesPerSecond: number): void {
    this.speed.value = String(minutesPerSecond);
  }

  /** The run's span on the timeline, minutes. */
  setRange(startAt: number, endAt: number): void {
    this.timeline.min = String(Math.floor(startAt));
    this.timeline.max = String(Math.ceil(endAt));
    const ticks: HTMLOptionElement[] = [];
    for (let day = Math.ceil(startAt / MINUTES_PER_DAY); day * MINUTES_PER_DAY <= endAt; day++)
      ticks.push(el('option', { value: String(day * MINUTES_PER_DAY) }));
    this.days.replaceChildren(...ticks);
    this.shownMinute = NaN;
  }

  /** The clock and the timeline at a time (the DOM is touched once per simulated minute). */
  setTime(atMinutes: number): void {
    const minute = Math.floor(atMinutes);
    if (minute === this.shownMinute) return;
    this.shownMinute = minute;
    this.clock.value = clockText(atMinutes);
    this.timeline.value = String(minute);
    this.timeline.setAttribute('aria-valuetext', clockText(atMinutes));
  }
}

/**
 * Whether a key pressed in `target` is the element's own: typing, choosing in a list, ticking
 * the what-if box or opening the file chooser with space. On the timeline and on buttons, space
 * and the arrows drive the playback.
 */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'range' && target.type !== 'button';
}
