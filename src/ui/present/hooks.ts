import { useContext, useEffect } from 'react';
import { StoreContext } from '../../state/store-context.tsx';
import type { Core } from 'cytoscape';
import { useCy } from '../canvas/cy-context.tsx';
import { openChannel, type PresentMessage } from './channel.ts';
import { clickerKey } from './keys.ts';
import { takeThumbnail } from './thumbnails.ts';
import { resizeIfChanged } from '../graph/container-size.ts';

/** After a scene's glide (450 ms) and the label re-plan (80 ms), the canvas shows the scene. */
const SETTLE_MS = 700;

/**
 * Publishes scenes, the current scene and the language to the presenter window, with a small picture
 * of each scene; obeys its nav commands and plays the keys pressed there.
 */
export function usePresenterBroadcast(): void {
  const store = useContext(StoreContext);
  const cy = useCy();
  useEffect(() => {
    const ch = openChannel();
    if (!ch || !store) return;
    const thumbs = new Map<string, string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => {
      const s = store.getState();
      const msg: PresentMessage = {
        type: 'state', scenes: s.scenes.map((sc) => ({ id: sc.id, caption: sc.caption, notes: sc.notes })),
        sceneIndex: s.sceneIndex, lang: s.lang, presenting: s.presenting, blank: s.blank,
      };
      ch.postMessage(msg);
    };
    const snap = (sceneId: string) => {
      const s = store.getState();
      const url = takeThumbnail(cy, s.presenting && s.presentTheme === 'dark' ? '#0b0f14' : '#ffffff');
      if (!url) return;
      thumbs.set(sceneId, url);
      ch.postMessage({ type: 'thumb', sceneId, url } satisfies PresentMessage);
    };
    const snapLater = (sceneId: string) => { clearTimeout(timer); timer = setTimeout(() => snap(sceneId), SETTLE_MS); };
    const unsub = store.subscribe((s, p) => {
      if (s.scenes !== p.scenes || s.sceneIndex !== p.sceneIndex || s.lang !== p.lang || s.presenting !== p.presenting || s.blank !== p.blank) publish();
      // A new scene is what is on screen now; a played one, once it has settled.
      const added = s.scenes.find((sc) => !thumbs.has(sc.id) && !p.scenes.some((o) => o.id === sc.id));
      if (added) snap(added.id);
      if (s.sceneRequest && s.sceneRequest !== p.sceneRequest) snapLater(s.sceneRequest.sceneId);
    });
    ch.onmessage = (e: MessageEvent<PresentMessage>) => {
      const m = e.data;
      if (m?.type === 'hello') {
        publish();
        for (const [sceneId, url] of thumbs) ch.postMessage({ type: 'thumb', sceneId, url } satisfies PresentMessage);
      } else if (m?.type === 'key') clickerKey(m.key, store.getState());
      else if (m?.type === 'nav') {
        const s = store.getState();
        if (m.to === 'next') void s.nextScene();
        else if (m.to === 'prev') void s.prevScene();
        else s.toggleBlank();
      }
    };
    return () => { clearTimeout(timer); unsub(); ch.close(); };
  }, [store, cy]);
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
      if (cy) resizeIfChanged(cy);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store, cy]);
}
