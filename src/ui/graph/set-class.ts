import type { SingularElementArgument } from 'cytoscape';

/**
 * Sets or clears a class only where it changes. Every addClass/removeClass restyles its element even
 * when the class is already as asked, so re-applying the same highlight, filter or mark then costs a
 * pass of hasClass and no restyle.
 */
export function setClass(el: SingularElementArgument, cls: string, on: boolean): void {
  if (el.hasClass(cls) !== on) {
    if (on) el.addClass(cls);
    else el.removeClass(cls);
  }
}
