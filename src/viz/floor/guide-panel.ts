import { el } from '../dom.js';
import type { Lesson } from './lessons.js';

/** What the guide asks the page to do. */
export interface GuideActions {
  /** Go to step `index` of the lesson's script (move the replay there and outline what to point at). */
  goTo(index: number): void;
  /** Replay the lesson's what-if (true) or the lesson itself (false). */
  whatIf(on: boolean): void;
}

/**
 * A lesson's guide in the side panel: a numbered button per step and Previous / Next to click
 * through them, the chosen step's words (what to point at, the question to ask; the first
 * step's before any is chosen), and the what-if toggle with what changed for the followed case.
 * Hidden when no lesson is loaded.
 */
export class GuidePanel {
  readonly root = el('section', {
    class: 'guide',
    id: 'guide',
    'aria-label': 'Guide for the trainer',
    hidden: '',
  });
  private readonly steps = el('div', {
    class: 'guide-steps',
    id: 'guide-steps',
    role: 'group',
    'aria-label': 'Steps',
  });
  private readonly point = el('p', { class: 'guide-point', id: 'guide-point', 'aria-live': 'polite' });
  private readonly question = el('p', { class: 'guide-ask', id: 'guide-ask' });
  private texts: ReadonlyArray<{ point: string; ask: string }> = [];
  private readonly previous = el('button', { type: 'button', id: 'guide-previous' }, '◀ Previous');
  private readonly next = el('button', { type: 'button', id: 'guide-next' }, 'Next ▶');
  private readonly toggle = el('input', { type: 'checkbox', id: 'what-if' });
  private readonly toggleLabel = el('label', { for: 'what-if', id: 'what-if-label' });
  private readonly ask = el('p', { class: 'what-if-ask', id: 'what-if-ask' });
  private readonly changed = el('ul', {
    class: 'what-if-changed',
    id: 'what-if-changed',
    'aria-live': 'polite',
  });
  private count = 0;
  private current = -1;

  constructor(private readonly actions: GuideActions) {
    this.previous.addEventListener('click', () => actions.goTo(Math.max(0, this.current - 1)));
    this.next.addEventListener('click', () => actions.goTo(Math.min(this.count - 1, this.current + 1)));
    this.toggle.addEventListener('change', () => actions.whatIf(this.toggle.checked));
    const nav = el('div', { class: 'guide-nav' });
    nav.append(this.steps, this.previous, this.next);
    const whatIf = el('div', { class: 'what-if' });
    const line = el('div', { class: 'what-if-toggle' });
    line.append(this.toggle, this.toggleLabel);
    whatIf.append(line, this.ask, this.changed);
    this.root.append(el('h2', {}, 'Guide'), nav, this.point, this.question, whatIf);
  }

  /** Shows a lesson's script and what-if (null: hides the guide), no step chosen, the toggle off. */
  setLesson(lesson: Lesson | null): void {
    this.root.hidden = lesson === null;
    if (lesson === null) return;
    this.count = lesson.guide.length;
    this.texts = lesson.guide.map((step) => ({ point: step.point, ask: step.ask }));
    this.steps.replaceChildren(
      ...lesson.guide.map((step, i) => {
        const button = el(
          'button',
          { type: 'button', class: 'guide-step', 'data-step': String(i), title: step.point },
          String(i + 1),
        );
        button.addEventListener('click', () => this.actions.goTo(i));
        return button;
      }),
    );
    this.toggleLabel.textContent = lesson.whatIf.label;
    this.ask.textContent = `Look for: ${lesson.whatIf.ask}`;
    this.setWhatIf(false, []);
    this.setStep(-1);
  }

  /** Marks step `index` as the current one and shows its words (-1: none chosen, the first step's words). */
  setStep(index: number): void {
    this.current = index;
    const text = this.texts[Math.max(0, index)];
    this.point.textContent = text === undefined ? '' : `Point at: ${text.point}`;
    this.question.textContent = text === undefined ? '' : `Ask: ${text.ask}`;
    this.root.classList.toggle('not-started', index < 0);
    this.steps.querySelectorAll('button.guide-step').forEach((b, i) => {
      b.classList.toggle('current', i === index);
      if (i === index) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
    this.previous.disabled = index <= 0;
    this.next.disabled = index >= this.count - 1;
  }

  /** The toggle's state and, when on, what changed for the followed case (one line each). */
  setWhatIf(on: boolean, lines: readonly string[]): void {
    this.toggle.checked = on;
    this.changed.replaceChildren(...lines.map((l) => el('li', {}, l)));
  }

  /** Disables the toggle while a run is on its way. */
  setBusy(busy: boolean): void {
    this.toggle.disabled = busy;
  }
}
