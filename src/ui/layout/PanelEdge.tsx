import { ResizeHandle } from '../ResizeHandle.tsx';

interface Props {
  side: 'left' | 'right';
  open: boolean;
  onToggle: () => void;
  toggleLabel: string;
  resizeLabel: string;
  value: number;
  min: number;
  max: number;
  onResize: (dx: number) => void;
}

/**
 * The strip between a side panel and the graph: a button that hides or shows the panel (the graph
 * gets the room on a small projector) above the drag handle that sets its width.
 */
export function PanelEdge({ side, open, onToggle, toggleLabel, resizeLabel, ...resize }: Props) {
  // The arrow points where the panel will go: towards its edge to hide it, away to bring it back.
  const arrow = (side === 'left') === open ? '‹' : '›';
  return (
    <div className={`panel-edge panel-edge-${side}`}>
      <button type="button" className="panel-toggle" aria-expanded={open} aria-label={toggleLabel} title={toggleLabel} data-testid={`toggle-${side}-panel`} onClick={onToggle}>{arrow}</button>
      {open && <ResizeHandle label={resizeLabel} {...resize} />}
    </div>
  );
}
