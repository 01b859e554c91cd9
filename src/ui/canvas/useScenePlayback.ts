/**
 * Playing a scene: nodes glide to the scene's positions and the camera to its zoom and pan (< 600 ms).
 * While presenting, the camera instead fits the scene's highlighted part into the free canvas: the
 * saved camera was taken with panels open, and on a projector of another size it cut nodes off.
 */
import { useContext, useEffect } from 'react';
import type { Core } from 'cytoscape';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { viewportFor } from '../present/snapshot.ts';
import { partToFit, visibleFit } from './fit-visible.ts';
import { PRESENT_MARGIN, presentDiameter } from './usePresentFit.ts';
import { canvasMemo } from '../graph/canvas-memo.ts';
import { resizeIfChanged } from '../graph/container-size.ts';
import { glideMs, type GlideHistory } from './glide-budget.ts';

/** The last glide's planned and actual time, for the animation budget. */
const glides = canvasMemo<GlideHistory>();

/** The glide's length; with the key handling and the last frame it keeps a transition under ~600 ms. */
const GLIDE_MS = 450;

export function useScenePlayback(cy: Core | null): void {
  const store = useContext(StoreContext);
  const sceneRequest = useAppState((s) => s.sceneRequest);
  useEffect(() => {
    if (!cy || cy.destroyed() || !sceneRequest || !store) return;
    // Read, not subscribed: editing a scene's caption must not replay it.
    const state = store.getState();
    const scene = state.scenes.find((sc) => sc.id === sceneRequest.sceneId);
    if (!scene) return;
    // Shortened or skipped when the last glide ran over the budget or the graph is large (glide-budget.ts).
    const duration = sceneRequest.animate ? glideMs(GLIDE_MS, cy.elements().length, glides.get(cy) ?? null) : 0;
    // A skipped glide forgets the overrun, so the next scene tries a glide again.
    if (sceneRequest.animate && !duration) glides.set(cy, undefined);
    const started = performance.now();
    const done = () => { glides.set(cy, { planned: duration, took: performance.now() - started }); };
    cy.stop(true, true);
    cy.nodes().stop(true, true);
    if (state.presenting) resizeIfChanged(cy);
    const vp = state.presenting
      ? visibleFit(cy, partToFit(cy), PRESENT_MARGIN, { positions: scene.positions, diameter: presentDiameter(state.view.goalLevel) })
      : viewportFor(scene, cy.width(), cy.height());
    if (scene.positions) {
      const pos = scene.positions;
      if (duration) {
        cy.nodes().forEach((n) => { const p = pos[n.id()]; if (p) n.animate({ position: p }, { duration, easing: 'ease-in-out-cubic' }); });
      } else {
        cy.batch(() => cy.nodes().forEach((n) => { const p = pos[n.id()]; if (p) n.position(p); }));
      }
    }
    if (vp) {
      if (duration) cy.animate({ zoom: vp.zoom, pan: vp.pan }, { duration, easing: 'ease-in-out-cubic', complete: () => requestAnimationFrame(done) });
      else cy.viewport(vp);
    }
  }, [cy, sceneRequest, store]);
}
