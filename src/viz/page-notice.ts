/**
 * A notice across the top of the page about how it was opened (a link it could not follow), shown
 * until it is dismissed: the page goes on with another scenario, and must not do so silently.
 */
export function showNotice(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
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
