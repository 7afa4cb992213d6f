import type { Scenario } from '../sim/index.js';

/** The name and description a scenario gives itself, as far as they can be read. */
export interface ScenarioTitle {
  readonly name: string;
  readonly description: string;
}

/**
 * The title of the scenario being edited: its parsed `name` and `description` when it is valid,
 * else the raw JSON's (when they are strings), else the file name.
 */
export function scenarioTitle(file: string, valid: Scenario | null, raw: unknown): ScenarioTitle {
  if (valid) return { name: valid.name, description: valid.description };
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const text = (x: unknown) => (typeof x === 'string' ? x.trim() : '');
  return { name: text(record.name) || file, description: text(record.description) };
}

/**
 * Writes the scenario's name (an <h2>) and description into `root`, and the name into the
 * document's title, so the page (and its tab, and a screenshot) says which scenario it shows.
 * A long description is cut to a few lines with a button to show all of it.
 */
export function showScenarioTitle(root: HTMLElement, title: ScenarioTitle): void {
  const h = document.createElement('h2');
  h.className = 'scenario-name';
  h.textContent = title.name;
  root.replaceChildren(h);
  document.title = `${title.name} · tiersim what-if staffing`;
  if (title.description === '') return;
  const p = document.createElement('p');
  p.className = 'scenario-description';
  p.textContent = title.description;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'scenario-more';
  more.setAttribute('aria-expanded', 'false');
  more.textContent = 'More';
  more.addEventListener('click', () => {
    const open = p.classList.toggle('expanded');
    more.setAttribute('aria-expanded', String(open));
    more.textContent = open ? 'Less' : 'More';
  });
  root.append(p, more);
  // The button only when the description is cut (once laid out; it is hidden on a hidden page).
  requestAnimationFrame(() => {
    more.hidden = p.scrollHeight <= p.clientHeight && !p.classList.contains('expanded');
  });
}
