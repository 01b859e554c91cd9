/** A vertical drag handle; reports the pointer's horizontal movement (keyboard: arrows move 20 px). */
export function ResizeHandle({ onResize, label, value, min, max }: { onResize: (dx: number) => void; label: string; value?: number; min?: number; max?: number }) {
  return (
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value ?? 0}
      aria-valuemin={min ?? 0}
      aria-valuemax={max ?? 100}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onResize(-20);
        if (e.key === 'ArrowRight') onResize(20);
      }}
      onPointerDown={(e) => {
        const el = e.currentTarget;
        el.setPointerCapture(e.pointerId);
        let x = e.clientX;
        const move = (ev: PointerEvent) => { onResize(ev.clientX - x); x = ev.clientX; };
        const up = () => { el.removeEventListener('pointermove', move); el.removeEventListener('pointerup', up); };
        el.addEventListener('pointermove', move);
        el.addEventListener('pointerup', up);
      }}
    />
  );
}
