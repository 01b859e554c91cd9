// @vitest-environment jsdom
/** The canvas's own controls in the real app and store: zoom buttons, the follow-changes setting, path and pick classes. */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../helpers/render-app.tsx';

const cy = () => window.__sdgCy!;

describe('canvas controls', () => {
  it('zooms in and out by a wheel notch and turns "follow changes" off and on', async () => {
    const store = await renderApp('?lang=ru');
    await waitFor(() => expect(cy().nodes().length).toBe(277));
    expect(screen.getByTestId('zoom-in').getAttribute('aria-label')).toBe('Приблизить');
    const start = cy().zoom();
    fireEvent.click(screen.getByTestId('zoom-in'));
    expect(cy().zoom()).toBeCloseTo(start * 1.25, 6);
    fireEvent.click(screen.getByTestId('zoom-out'));
    expect(cy().zoom()).toBeCloseTo(start, 6);
    expect(store.getState().followChanges).toBe(true);
    fireEvent.click(screen.getByTestId('zoom-follow'));
    expect(store.getState().followChanges).toBe(false);
    expect(screen.getByTestId('zoom-follow').getAttribute('aria-pressed')).toBe('false');
  });

  it('dims everything off a path and rings the portfolio picks', async () => {
    const store = await renderApp('');
    await waitFor(() => expect(cy().nodes().length).toBe(277));
    act(() => store.getState().findPaths('7.1.1', '3.6.1'));
    await waitFor(() => expect(cy().nodes('.path').length).toBeGreaterThan(2));
    expect(cy().nodes('.off-path').length).toBe(277 - cy().nodes('.path').length);
    expect(cy().edges('.off-path').length).toBe(cy().edges().length - cy().edges('.path').length);
    act(() => store.getState().clearPaths());
    await waitFor(() => expect(cy().elements('.off-path').length).toBe(0));
    act(() => store.getState().runPortfolio(5, 1));
    const picks = store.getState().portfolio!.picks.map((p) => p.code).sort();
    await waitFor(() => expect(cy().nodes('.pick').map((n) => n.id()).sort()).toEqual(picks));
  });
});
