// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp, LAZY_TAB } from '../helpers/render-app.tsx';

const captions = () => screen.getAllByTestId('scene-caption').map((i) => (i as HTMLInputElement).value);

describe('scenes panel with the real store', () => {
  it('saves, renames, reorders, duplicates and deletes scenes', async () => {
    const store = await renderApp('?select=16.6.1');
    fireEvent.click(screen.getByTestId('tab-scenes'));
    const save = await screen.findByTestId('scene-save', {}, LAZY_TAB);
    fireEvent.click(save);
    act(() => store.getState().setView({ depth: 2 }));
    fireEvent.click(save);
    expect(screen.getAllByTestId('scene')).toHaveLength(2);
    expect(store.getState().scenes.map((s) => s.view.depth)).toEqual([1, 2]);
    expect(store.getState().scenes[0].datasetId).toBe(store.getState().datasetId);

    fireEvent.change(screen.getAllByTestId('scene-caption')[0], { target: { value: 'Governance' } });
    fireEvent.change(screen.getAllByTestId('scene-caption')[1], { target: { value: 'Two steps out' } });
    fireEvent.change(screen.getAllByTestId('scene-notes')[0], { target: { value: 'Mention the budget.' } });
    expect(captions()).toEqual(['Governance', 'Two steps out']);
    expect(store.getState().scenes[0].notes).toBe('Mention the budget.');

    fireEvent.click(screen.getAllByTestId('scene-down')[0]);
    expect(captions()).toEqual(['Two steps out', 'Governance']);
    fireEvent.click(screen.getAllByTestId('scene-up')[1]);
    expect(captions()).toEqual(['Governance', 'Two steps out']);

    fireEvent.click(screen.getAllByTestId('scene-duplicate')[0]);
    expect(captions()).toEqual(['Governance', 'Governance (2)', 'Two steps out']);
    const [a, b] = store.getState().scenes;
    expect(b.id).not.toBe(a.id);
    expect(b.view).toEqual(a.view);
    expect(b.view).not.toBe(a.view);

    fireEvent.click(screen.getAllByTestId('scene-delete')[1]);
    expect(captions()).toEqual(['Governance', 'Two steps out']);
    fireEvent.click(screen.getAllByTestId('scene-delete')[0]);
    expect(captions()).toEqual(['Two steps out']);
  });

  it('plays scenes: showing one restores its selection, depth and filters', async () => {
    const store = await renderApp('?select=16.6.1');
    act(() => { store.getState().setFilters({ goals: ['16', '1'] }); });
    act(() => { store.getState().saveScene({}, 'first'); });
    act(() => { store.getState().setFilters({ goals: [] }); store.getState().setView({ select: ['3.8.1'], depth: 3 }); });
    act(() => { store.getState().saveScene({}, 'second'); });
    fireEvent.click(screen.getByTestId('tab-scenes'));
    await screen.findByTestId('scene-save', {}, LAZY_TAB);
    await act(async () => { fireEvent.click(screen.getAllByTestId('scene-go')[0]); });
    await waitFor(() => expect(store.getState().view.select).toEqual(['16.6.1']));
    expect(store.getState().view.depth).toBe(1);
    expect(store.getState().filters.goals).toEqual(['16', '1']);
    expect(store.getState().sceneIndex).toBe(0);
    await act(async () => { await store.getState().nextScene(); });
    expect(store.getState().view).toMatchObject({ select: ['3.8.1'], depth: 3 });
    expect(store.getState().filters.goals).toEqual([]);
    // At the end, next stays put.
    await act(async () => { await store.getState().nextScene(); });
    expect(store.getState().sceneIndex).toBe(1);
  });
});

describe('presentation mode and keyboard', () => {
  it('P enters presentation mode (panels hidden), arrows step through scenes, B blanks, Esc leaves', async () => {
    const store = await renderApp('?select=16.6.1');
    act(() => { store.getState().saveScene({}, 'one'); store.getState().saveScene({}, 'two'); });
    fireEvent.keyDown(window, { key: 'p' });
    expect(screen.getByTestId('app').dataset.presenting).toBe('true');
    expect(document.querySelector('.left-panel')).toBeNull();
    expect(screen.queryByTestId('dataset-select')).toBeNull();
    expect(screen.getByTestId('legend')).toBeTruthy();
    expect(screen.getByTestId('present-illustrative').textContent).toMatch(/ILLUSTRATIVE/);
    await act(async () => { fireEvent.keyDown(window, { key: 'Home' }); });
    expect(screen.getByTestId('present-caption').textContent).toBe('one');
    await act(async () => { fireEvent.keyDown(window, { key: 'ArrowRight' }); });
    expect(screen.getByTestId('present-caption').textContent).toBe('two');
    await act(async () => { fireEvent.keyDown(window, { key: 'PageUp' }); });
    expect(screen.getByTestId('present-caption').textContent).toBe('one');
    fireEvent.keyDown(window, { key: 'b' });
    expect(screen.getByTestId('blank-screen')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'b' });
    expect(screen.queryByTestId('blank-screen')).toBeNull();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByTestId('app').dataset.presenting).toBe('false');
    expect(document.querySelector('.left-panel')).not.toBeNull();
  });

  it('? opens the shortcut list as a dialog and Esc closes it', async () => {
    await renderApp();
    fireEvent.keyDown(window, { key: '?' });
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Enter or leave presentation mode')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('help-close'));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('marks an indicator priority with a note; the canvas gets the class', async () => {
    const store = await renderApp('?select=16.6.1');
    fireEvent.change(screen.getByTestId('mark-kind'), { target: { value: 'priority' } });
    fireEvent.change(screen.getByTestId('mark-note'), { target: { value: 'Ask the Ministry of Finance' } });
    expect(store.getState().marks['16.6.1']).toEqual({ kind: 'priority', note: 'Ask the Ministry of Finance' });
    await waitFor(() => expect(window.__sdgCy!.getElementById('16.6.1').hasClass('mark-priority')).toBe(true));
    expect(screen.getByTestId('legend-marks')).toBeTruthy();
    fireEvent.change(screen.getByTestId('mark-kind'), { target: { value: '' } });
    expect(store.getState().marks['16.6.1']).toBeUndefined();
  });

  it('lists the highlighted nodes and links in an accessible table', async () => {
    await renderApp('?select=16.6.1');
    const table = screen.getByTestId('graph-table');
    expect(screen.getByTestId('graph-table-status').textContent).toMatch(/65 highlighted indicators and 64 links/);
    fireEvent.click(within(table).getByText(/as a table/));
    (table as HTMLDetailsElement).open = true;
    fireEvent(table, new Event('toggle'));
    await waitFor(() => expect(within(screen.getByTestId('graph-table-nodes')).getAllByRole('row')).toHaveLength(66));
    expect(within(screen.getByTestId('graph-table-links')).getAllByRole('row')).toHaveLength(65);
  });
});

describe('language switching', () => {
  it('translates interface text and data titles, and formats numbers per language', async () => {
    const store = await renderApp('?select=16.6.1');
    expect(screen.getByTestId('tab-details').textContent).toBe('Details');
    const enTitle = document.querySelector('.details-title')!.textContent;
    fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'ru' } });
    await waitFor(() => expect(screen.getByTestId('tab-details').textContent).toBe('Подробности'));
    expect(screen.getByTestId('present').textContent).toBe('Презентация');
    expect(document.querySelector('.details-title')!.textContent).not.toBe(enTitle);
    expect(document.documentElement.lang).toBe('ru');
    await waitFor(() => expect(screen.getByTestId('details-rank').textContent).toMatch(/№1 из 277 по влиянию/));
    fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'kk' } });
    await waitFor(() => expect(screen.getByTestId('tab-details').textContent).toBe('Толығырақ'));
    expect(store.getState().lang).toBe('kk');
    // Switching while presenting works the same way.
    fireEvent.keyDown(window, { key: 'p' });
    fireEvent.change(screen.getByTestId('present-lang'), { target: { value: 'en' } });
    expect(screen.getByTestId('present-exit').textContent).toBe('Leave (Esc)');
    fireEvent.change(screen.getByTestId('present-lang'), { target: { value: 'ru' } });
    expect(screen.getByTestId('present-exit').textContent).toBe('Выйти (Esc)');
  });
});
