import { OKABE_ITO } from '../views/palette.js';
import { el } from '../dom.js';
import { DOT_COLOURS, FOLLOW_COLOUR, SEAT_COLOURS } from './floor-colours.js';
import { NARRATION, type RoleKey } from './narration.js';
import { storyLineText, type StoryLine } from './story.js';

/** A small SVG swatch for the legend. */
function swatch(kind: 'seat' | 'dot', fill: string, extra = ''): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('viewBox', '0 0 18 18');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML =
    kind === 'seat'
      ? `<defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse"><path d="M0 5L5 0" stroke="#8a8a8a"/></pattern></defs>` +
        `<rect x="3" y="3" width="12" height="12" fill="${fill}" stroke="${extra === 'off' ? '#8a8a8a' : '#4d4d4d'}" ${extra === 'off' ? 'stroke-dasharray="2 2"' : ''}/>` +
        (extra === 'off' ? '<rect x="3" y="3" width="12" height="12" fill="url(#hatch)"/>' : '') +
        (extra === 'away' ? '<rect x="5.2" y="7.7" width="7.6" height="2.6" fill="#fff"/>' : '') +
        (extra === 'tl'
          ? '<rect x="1.5" y="1.5" width="15" height="15" fill="none" stroke="#1b1b1b" stroke-width="2"/>'
          : '') +
        (extra === 'owner'
          ? `<rect x="1.5" y="1.5" width="15" height="15" fill="none" stroke="${FOLLOW_COLOUR}" stroke-width="3"/>`
          : '')
      : `<circle cx="9" cy="9" r="5" fill="${fill}" stroke="#fff"/>` +
        (extra === 'ring'
          ? '<circle cx="9" cy="9" r="7" fill="none" stroke="#1b1b1b" stroke-width="1.4"/>'
          : '') +
        (extra === 'flag' ? '<rect x="10" y="1" width="6" height="6" fill="#1b1b1b"/>' : '') +
        (extra === 'follow'
          ? `<circle cx="9" cy="9" r="7.5" fill="none" stroke="${FOLLOW_COLOUR}" stroke-width="3"/>`
          : '');
  return svg;
}

/** What the side panel asks the page to do. */
export interface PanelActions {
  follow(caseId: number): void;
  unfollow(): void;
  narrate(role: RoleKey): void;
}

/**
 * The side panel: what to watch (the lesson's summary, the scenario's description folded
 * below it), the guide, the followed case's story as it unfolds, the paragraph of the role
 * last clicked (with a button per role, for the keyboard), and the legend. Its boxes grow with
 * their text: nothing in them scrolls on its own but the story.
 */
export class SidePanel {
  readonly root = el('aside', { class: 'floor-side', 'aria-label': 'Story and roles' });
  private readonly lessonTitle = el('h2', { id: 'lesson-title' });
  private readonly lessonText = el('p', { class: 'lesson-text', id: 'lesson-text' });
  private readonly about = el('details', { class: 'lesson-about', id: 'lesson-about' });
  private readonly aboutText = el('p', {});
  private readonly followHeading = el('h2', { id: 'follow-heading' }, 'Follow a case');
  private readonly now = el(
    'p',
    { class: 'now', id: 'case-now', 'aria-live': 'polite' },
    'Click a dot to follow its case.',
  );
  private readonly story = el('ol', { id: 'story', class: 'story', 'aria-live': 'polite' });
  private readonly unfollowButton = el(
    'button',
    { type: 'button', id: 'unfollow', hidden: '' },
    'Stop following',
  );
  private readonly narration = el('section', { id: 'narration', class: 'narration', 'aria-live': 'polite' });
  private storyKey = '';

  constructor(actions: PanelActions, guide: HTMLElement) {
    const lesson = el('section', { class: 'lesson' });
    this.about.append(el('summary', {}, 'About this run'), this.aboutText);
    lesson.append(this.lessonTitle, this.lessonText, this.about);
    const follow = el('section', { class: 'follow' });
    this.unfollowButton.addEventListener('click', () => actions.unfollow());
    // For the keyboard: follow a case by its number (the canvas needs a pointer).
    const byNumber = el('form', { class: 'follow-by-number' });
    const input = el('input', { type: 'number', id: 'follow-id', min: '1', step: '1', inputmode: 'numeric' });
    byNumber.append(
      el('label', { for: 'follow-id' }, 'Case number'),
      input,
      el('button', { type: 'submit' }, 'Follow'),
    );
    byNumber.addEventListener('submit', (e) => {
      e.preventDefault();
      const id = Number(input.value);
      if (Number.isInteger(id) && id > 0) actions.follow(id);
    });
    follow.append(this.followHeading, this.now, this.story, this.unfollowButton, byNumber);
    const roles = el('section', { class: 'roles' });
    roles.append(
      el('h2', {}, 'Who does what'),
      el('p', { class: 'hint' }, 'Click an area or a seat on the floor, or a role here.'),
    );
    const list = el('div', { class: 'role-buttons' });
    for (const [role, n] of Object.entries(NARRATION) as Array<[RoleKey, (typeof NARRATION)[RoleKey]]>) {
      const b = el('button', { type: 'button', 'data-role': role }, n.title);
      b.addEventListener('click', () => actions.narrate(role));
      list.append(b);
    }
    roles.append(this.narration, list);
    this.root.append(lesson, guide, follow, this.legend(), roles);
  }

  /** What is replayed: a title, what to watch, and the longer description ('' for none), folded. */
  setLesson(title: string, text: string, about = ''): void {
    this.lessonTitle.textContent = title;
    this.lessonText.textContent = text;
    this.aboutText.textContent = about;
    this.about.hidden = about === '';
    this.about.open = false;
  }

  /** Shows a role's paragraph. */
  narrate(role: RoleKey): void {
    const n = NARRATION[role];
    this.narration.replaceChildren(el('h3', {}, n.title), el('p', {}, n.text));
    this.narration.dataset.role = role;
  }

  /** The followed case's story so far (the DOM changes only when a line is added or removed), and where it is now. */
  setStory(caseId: number | null, lines: readonly StoryLine[], now: string): void {
    this.now.textContent = caseId === null ? 'Click a dot to follow its case.' : now;
    this.followHeading.textContent = caseId === null ? 'Follow a case' : `Following case ${caseId}`;
    this.unfollowButton.hidden = caseId === null;
    const key = `${caseId}|${lines.length}`;
    if (key === this.storyKey) return;
    this.storyKey = key;
    this.story.replaceChildren(
      ...lines.map((l, i) => {
        const li = el('li', {}, storyLineText(l));
        if (l.verdict !== undefined) li.classList.add('verdict', `verdict-${l.verdict}`);
        if (i === lines.length - 1) li.classList.add('latest');
        return li;
      }),
    );
    // Keep the newest line in view inside the list (scrollIntoView would scroll the whole page too).
    this.story.scrollTop = this.story.scrollHeight;
  }

  private legend(): HTMLElement {
    const box = el('section', { class: 'legend', 'aria-label': 'Legend' });
    box.append(el('h2', {}, 'Legend'));
    const list = el('ul', {});
    const item = (svg: SVGSVGElement, text: string) => {
      const li = el('li');
      li.append(svg, document.createTextNode(text));
      list.append(li);
    };
    item(swatch('seat', SEAT_COLOURS.free), 'seat: free');
    item(swatch('seat', SEAT_COLOURS.busy), 'seat: working a case');
    item(swatch('seat', SEAT_COLOURS.consult), 'seat: in a consult (SE and TL)');
    item(swatch('seat', SEAT_COLOURS.away, 'away'), 'seat: away (training, meetings)');
    item(swatch('seat', SEAT_COLOURS.off, 'off'), 'seat: off shift');
    item(swatch('seat', SEAT_COLOURS.free, 'tl'), 'technical lead (first seat of a team)');
    item(swatch('dot', DOT_COLOURS.A), 'case: Sev A (server down)');
    item(swatch('dot', DOT_COLOURS.B), 'case: Sev B');
    item(swatch('dot', DOT_COLOURS.C), 'case: Sev C');
    item(swatch('dot', OKABE_ITO.grey, 'ring'), 'ring: premier contract');
    item(swatch('dot', OKABE_ITO.grey, 'flag'), 'flag: politically sensitive');
    item(swatch('dot', OKABE_ITO.grey, 'follow'), 'the case you follow');
    item(swatch('seat', SEAT_COLOURS.free, 'owner'), 'its owner’s seat (named above it)');
    box.append(list);
    return box;
  }
}
