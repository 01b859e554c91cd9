import { useEffect, useState, type RefObject } from 'react';

interface Fold { key: string; folded: boolean; need: number }

/**
 * Whether a row's content is wider than the row, measured in the browser rather than guessed per
 * language: the words of en, ru and kk and the dataset's name all change the width a full row needs.
 * That width is remembered when the row folds, so it unfolds only once that much room is back (no
 * flicker at the boundary). A new `key` (the language) measures afresh.
 */
export function useFoldWhenCrowded(ref: RefObject<HTMLElement | null>, key: string): boolean {
  const [fold, setFold] = useState<Fold>({ key, folded: false, need: 0 });
  const folded = fold.key === key && fold.folded;
  useEffect(() => {
    const row = ref.current;
    // No layout to measure without ResizeObserver (jsdom): the full row stays.
    if (!row || typeof ResizeObserver === 'undefined') return;
    const check = () => setFold((f) => {
      const cur = f.key === key ? f : { key, folded: false, need: 0 };
      if (!cur.folded && row.scrollWidth > row.clientWidth + 1) return { key, folded: true, need: row.scrollWidth };
      if (cur.folded && row.clientWidth >= cur.need) return { key, folded: false, need: 0 };
      return cur === f ? f : cur;
    });
    // The row's own size changes with the window; its children's with their words (language, counts).
    const observer = new ResizeObserver(check);
    observer.observe(row);
    for (const child of row.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref, key, folded]);
  return folded;
}
