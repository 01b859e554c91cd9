import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of the referenced element, followed as the panel is resized; `fallback` where
 * layout cannot be measured (jsdom), so tests there see the wide layout. `mounted` says the element is
 * rendered now (a component may show a placeholder first).
 */
export function useBoxWidth<E extends HTMLElement>(fallback: number, mounted: boolean): [React.RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => { if (el.clientWidth > 0) setWidth(el.clientWidth); };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [mounted]);
  return [ref, width];
}
