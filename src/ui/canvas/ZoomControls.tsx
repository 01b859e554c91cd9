/**
 * Zoom in, zoom out and fit on the canvas itself (buttons, so the keyboard reaches them in tab order),
 * and whether the camera follows changes. A button step is the wheel notch's: ×1.25 about the centre.
 */
import type { Core } from 'cytoscape';
import { useT } from '../i18n.ts';
import { useAppState } from '../../state/store-context.tsx';
import { zoomBy, ZOOM_STEP } from './wheel-zoom.ts';
import './zoom-controls.css';

export function ZoomControls({ cy }: { cy: Core | null }) {
  const t = useT();
  const requestFit = useAppState((s) => s.requestFit);
  const follow = useAppState((s) => s.followChanges);
  const setFollow = useAppState((s) => s.setFollowChanges);
  const step = (factor: number) => {
    if (cy && !cy.destroyed()) zoomBy(cy, factor, { x: cy.width() / 2, y: cy.height() / 2 });
  };
  return (
    <div className="zoom-controls" role="group" aria-label={t('canvas.zoomGroup')} data-testid="zoom-controls">
      <button type="button" data-testid="zoom-in" aria-label={t('canvas.zoomIn')} title={t('canvas.zoomIn')} onClick={() => step(ZOOM_STEP)}>+</button>
      <button type="button" data-testid="zoom-out" aria-label={t('canvas.zoomOut')} title={t('canvas.zoomOut')} onClick={() => step(1 / ZOOM_STEP)}>−</button>
      <button type="button" data-testid="zoom-fit" aria-label={t('canvas.fit')} title={t('canvas.fit')} onClick={requestFit}>⤢</button>
      <button
        type="button" data-testid="zoom-follow" aria-pressed={follow} onClick={() => setFollow(!follow)}
        aria-label={t('canvas.follow')} title={t(follow ? 'canvas.followOn' : 'canvas.followOff')}
      >{follow ? '◎' : '○'}</button>
    </div>
  );
}
