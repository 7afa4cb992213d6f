import { el } from './dom.js';

/** What the list of pinned plans asks the page to do. */
export interface PlanListActions {
  /** Compare the results with the plan at `index`. */
  select(index: number): void;
  /** Unpin the plan at `index`. */
  remove(index: number): void;
}

/**
 * Replaces `root`'s content with the pinned plans (`names`, in the order they were pinned): each
 * an item `li[data-plan=<name>]` with a radio button “compare with” (checked for the plan at
 * `selected`) and a Remove button. Hidden when no plan is pinned.
 */
export function renderPlanList(
  root: HTMLElement,
  names: readonly string[],
  selected: number | null,
  actions: PlanListActions,
): void {
  root.hidden = names.length === 0;
  if (names.length === 0) return root.replaceChildren();
  const fieldset = el('fieldset', { class: 'plan-list' });
  fieldset.append(el('legend', {}, 'Compare with the plan'));
  const list = el('ul');
  names.forEach((name, i) => {
    const id = `plan-${i}`;
    const radio = el('input', { type: 'radio', name: 'compare-plan', id, value: String(i) });
    radio.checked = i === selected;
    radio.addEventListener('change', () => {
      if (radio.checked) actions.select(i);
    });
    const remove = el(
      'button',
      { type: 'button', class: 'remove-plan', 'aria-label': `Remove the plan ${name}` },
      'Remove',
    );
    remove.addEventListener('click', () => actions.remove(i));
    const item = el('li', { 'data-plan': name });
    item.append(radio, el('label', { for: id }, name), remove);
    list.append(item);
  });
  fieldset.append(list);
  root.replaceChildren(fieldset);
}
