import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Minimal windowing: only rows in view (plus a margin) are in the DOM, so 20k imported nodes scroll as
 * smoothly as 277. Rows have a fixed height, which is what makes the arithmetic this small.
 */
export function VirtualRows<T>({
  rows, rowHeight, height, renderRow, scrollToIndex, testId,
}: {
  rows: T[]; rowHeight: number; height: number; renderRow: (row: T, index: number) => ReactNode; scrollToIndex?: number; testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el || scrollToIndex === undefined || scrollToIndex < 0) return;
    const y = scrollToIndex * rowHeight;
    if (y < el.scrollTop || y + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, y - el.clientHeight / 2);
    // The scroll event comes a frame later: the window of rows must follow now, or it is drawn for the old position.
    setTop(el.scrollTop);
  }, [scrollToIndex, rowHeight, height]);
  const margin = 8;
  const first = Math.max(0, Math.floor(top / rowHeight) - margin);
  const last = Math.min(rows.length, Math.ceil((top + height) / rowHeight) + margin);
  return (
    <div ref={box} className="vrows" style={{ height, overflowY: 'auto', position: 'relative' }} onScroll={(e) => setTop(e.currentTarget.scrollTop)} data-testid={testId}>
      <div style={{ height: rows.length * rowHeight, position: 'relative' }}>
        <div style={{ position: 'absolute', top: first * rowHeight, left: 0, right: 0 }}>
          {rows.slice(first, last).map((r, i) => renderRow(r, first + i))}
        </div>
      </div>
    </div>
  );
}
