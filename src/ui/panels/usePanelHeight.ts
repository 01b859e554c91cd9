import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The height from the top of the referenced element to the bottom of the scrolling panel it sits in
 * (`.tab-body`), so a table fills a tall panel instead of stopping at a fixed number of rows. Never less
 * than `min`; `min` where layout cannot be measured (jsdom).
 */
export function usePanelHeight<E extends HTMLElement>(min: number): [React.RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const el = ref.current;
    const panel = el?.closest('.tab-body');
    if (!el || !panel || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const bottom = panel.getBoundingClientRect().bottom - parseFloat(getComputedStyle(panel).paddingBottom || '0');
      const top = el.getBoundingClientRect().top;
      setHeight(Math.max(min, Math.floor(bottom - top)));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(panel);
    return () => ro.disconnect();
  }, [min]);
  return [ref, height];
}
