/**
 * Calls `redraw` whenever `root` changes width (a phone turned, a window resized, a scroll bar
 * come or gone), at most once a frame. Charts are drawn at the width of their container so that
 * their text keeps the size views.css gives it; scaling a drawing instead would shrink it.
 */
export function redrawOnResize(root: HTMLElement, redraw: () => void): void {
  let width = root.clientWidth;
  let pending = false;
  new ResizeObserver(() => {
    if (root.clientWidth === width || pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      width = root.clientWidth;
      redraw();
    });
  }).observe(root);
}
