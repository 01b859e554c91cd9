import { useContext, useEffect } from 'react';
import { StoreContext } from '../../state/store-context.tsx';
import type { Core } from 'cytoscape';
import { openChannel, type PresentMessage } from './channel.ts';

/** Publishes scenes, the current scene and the language to the presenter window; obeys its nav commands. */
export function usePresenterBroadcast(): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    const ch = openChannel();
    if (!ch || !store) return;
    const publish = () => {
      const s = store.getState();
      const msg: PresentMessage = {
        type: 'state', scenes: s.scenes.map((sc) => ({ caption: sc.caption, notes: sc.notes })),
        sceneIndex: s.sceneIndex, lang: s.lang, presenting: s.presenting, blank: s.blank,
      };
      ch.postMessage(msg);
    };
    const unsub = store.subscribe((s, p) => {
      if (s.scenes !== p.scenes || s.sceneIndex !== p.sceneIndex || s.lang !== p.lang || s.presenting !== p.presenting || s.blank !== p.blank) publish();
    });
    ch.onmessage = (e: MessageEvent<PresentMessage>) => {
      const m = e.data;
      if (m?.type === 'hello') publish();
      else if (m?.type === 'nav') {
        const s = store.getState();
        if (m.to === 'next') void s.nextScene();
        else if (m.to === 'prev') void s.prevScene();
        else s.toggleBlank();
      }
    };
    return () => { unsub(); ch.close(); };
  }, [store]);
}

/** Leaving full screen with the browser's own Esc also leaves presentation mode. */
export function useFullscreenExit(cy: Core | null): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!store) return;
    let was = false;
    const onChange = () => {
      if (document.fullscreenElement) was = true;
      else if (was) {
        was = false;
        if (store.getState().presenting) store.getState().setPresenting(false);
      }
      cy?.resize();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store, cy]);
}
