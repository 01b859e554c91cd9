// @vitest-environment jsdom
/**
 * A filter checkbox hides the nodes on the canvas within its own click and ticks itself; the store (and
 * with it the counts, the URL and the labels) follows a frame later (issue 19). The whole app, the real
 * store and the real Cytoscape instance.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../helpers/render-app.tsx';
import type { AppStore } from '../../src/state/store.ts';

const filtered = () => window.__sdgCy!.nodes('.filtered').length;
// The quick path needs the canvas handed to the panels (useCy): wait for the metrics (their arrival can
// redraw) and then for a drawn canvas, as a user's click would find it.
const canvasReady = async (store: AppStore) => {
  await waitFor(() => expect(store.getState().metrics).not.toBeNull(), { timeout: 10_000 });
  await waitFor(() => expect(screen.getByTestId('graph').dataset.ready).toBe('true'), { timeout: 10_000 });
};
const box = (id: string) => screen.getByTestId(id) as HTMLInputElement;

describe('quick filters', () => {
  it('hides the nodes and ticks the box in the click, before the store has the filter', async () => {
    const store = await renderApp();
    await canvasReady(store);
    const goal1 = store.getState().graph!.filterNodes((_, a) => a.goal === '1').length;
    fireEvent.click(box('goal-1'));
    expect(filtered()).toBe(277 - goal1);
    expect(box('goal-1').checked).toBe(true);
    expect(store.getState().filters.goals).toEqual([]);
    await waitFor(() => expect(store.getState().filters.goals).toEqual(['1']));
    expect(store.getState().visible!.size).toBe(goal1);
    expect(filtered()).toBe(277 - goal1);
  });

  it('two clicks within one frame keep both goals, and unticking shows every node again', async () => {
    const store = await renderApp();
    await canvasReady(store);
    fireEvent.click(box('goal-1'));
    fireEvent.click(box('goal-2'));
    expect(box('goal-1').checked && box('goal-2').checked).toBe(true);
    await waitFor(() => expect(store.getState().filters.goals).toEqual(['1', '2']));
    const both = store.getState().visible!.size;
    expect(filtered()).toBe(277 - both);
    fireEvent.click(box('goal-1'));
    fireEvent.click(box('goal-2'));
    expect(filtered()).toBe(0);
    await waitFor(() => expect(store.getState().visible).toBeNull());
    expect(filtered()).toBe(0);
  });
});
