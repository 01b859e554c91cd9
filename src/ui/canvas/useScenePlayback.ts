/** Playing a scene: nodes glide to the scene's positions and the camera to its zoom and pan (< 600 ms). */
import { useContext, useEffect } from 'react';
import type { Core } from 'cytoscape';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { viewportFor } from '../present/snapshot.ts';

export function useScenePlayback(cy: Core | null): void {
  const store = useContext(StoreContext);
  const sceneRequest = useAppState((s) => s.sceneRequest);
  useEffect(() => {
    if (!cy || cy.destroyed() || !sceneRequest || !store) return;
    // Read, not subscribed: editing a scene's caption must not replay it.
    const scene = store.getState().scenes.find((sc) => sc.id === sceneRequest.sceneId);
    if (!scene) return;
    const duration = sceneRequest.animate ? 450 : 0;
    cy.stop(true, true);
    cy.nodes().stop(true, true);
    const vp = viewportFor(scene, cy.width(), cy.height());
    if (scene.positions) {
      const pos = scene.positions;
      if (duration) {
        cy.nodes().forEach((n) => { const p = pos[n.id()]; if (p) n.animate({ position: p }, { duration, easing: 'ease-in-out-cubic' }); });
      } else {
        cy.batch(() => cy.nodes().forEach((n) => { const p = pos[n.id()]; if (p) n.position(p); }));
      }
    }
    if (vp) {
      if (duration) cy.animate({ zoom: vp.zoom, pan: vp.pan }, { duration, easing: 'ease-in-out-cubic' });
      else cy.viewport(vp);
    }
  }, [cy, sceneRequest, store]);
}
