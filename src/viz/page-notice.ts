/**
 * A notice across the top of the page about how it was opened (a link it could not follow), shown
 * until it is dismissed: the page goes on with another scenario, and must not do so silently.
 * Notices shown before it is dismissed are listed together, with one Dismiss button.
 */
export function showNotice(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  // A second notice (a link whose scenario and one of whose plans both fail) joins the first.
  const shown = root.hidden ? null : root.querySelector('button');
  if (shown) {
    shown.before(p);
    return;
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => {
    root.replaceChildren();
    root.hidden = true;
  });
  root.replaceChildren(p, dismiss);
  root.hidden = false;
}
