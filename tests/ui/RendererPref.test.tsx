// @vitest-environment jsdom
/** The renderer preference: chosen in the view controls, saved, used for the next graph, overridden by ?renderer=. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../helpers/render-app.tsx';
import { rendererOptions, rendererPref } from '../../src/ui/graph/renderer.ts';

const select = () => screen.getByTestId('renderer') as HTMLSelectElement;

describe('renderer preference', () => {
  afterEach(async () => {
    // The import button loads the format list after the first frame; let it land before jsdom is torn down.
    await waitFor(() => expect(screen.queryByTestId('import-button')?.title ?? 'gone').toBeTruthy());
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('saves the choice, shows it again after a reload and draws the next graph with it', async () => {
    await renderApp();
    expect(select().value).toBe('auto');
    expect(rendererOptions(1535)).toEqual({});

    fireEvent.change(select(), { target: { value: 'webgl' } });
    expect(localStorage.getItem('sdg.renderer')).toBe('webgl');
    expect(rendererPref()).toBe('webgl');
    // What useCyInstance passes to the next Cytoscape instance.
    expect(rendererOptions(1535)).toEqual({ renderer: { name: 'canvas', webgl: true } });

    cleanup();
    await renderApp();
    expect(select().value).toBe('webgl');

    fireEvent.change(select(), { target: { value: 'auto' } });
    expect(localStorage.getItem('sdg.renderer')).toBeNull();
    expect(rendererPref()).toBe('auto');
  });

  it('lets ?renderer= in the address override the saved setting', async () => {
    await renderApp();
    fireEvent.change(select(), { target: { value: 'webgl' } });
    window.history.replaceState(null, '', '/?renderer=canvas');
    expect(rendererPref()).toBe('canvas');
    expect(rendererOptions(1535)).toEqual({});
    // The control shows the saved setting, which applies again without the override.
    expect(select().value).toBe('webgl');
  });

  it('labels every option in the current language', async () => {
    await renderApp('?lang=ru');
    expect([...select().options].map((o) => o.textContent)).toEqual(['Автоматически', 'Canvas', 'WebGL']);
  });
});
