// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app.tsx';

const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');
const optionCodes = () => options().map((o) => o.getAttribute('data-code'));

describe('search box', () => {
  it('lists codes first in code order and Enter selects the first; the list then closes', async () => {
    const store = await renderApp();
    const box = screen.getByTestId('search');
    fireEvent.change(box, { target: { value: '16.6' } });
    await waitFor(() => expect(optionCodes().slice(0, 2)).toEqual(['16.6.1', '16.6.2']));
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[0].id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(store.getState().view.select).toEqual(['16.6.1']);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('↓ and ↑ move the active hit, Enter selects it, Esc closes', async () => {
    const store = await renderApp();
    const box = screen.getByTestId('search');
    fireEvent.change(box, { target: { value: '2.3' } });
    await waitFor(() => expect(optionCodes()[0]).toBe('2.3.1'));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(store.getState().view.select).toEqual(['2.3.2']);
    fireEvent.change(box, { target: { value: '16.6' } });
    await waitFor(() => expect(screen.getByRole('listbox')).toBeTruthy());
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect((box as HTMLInputElement).value).toBe('16.6');
  });

  it('says "No match" for nonsense', async () => {
    await renderApp();
    const box = screen.getByTestId('search');
    fireEvent.change(box, { target: { value: 'Wasser' } });
    await waitFor(() => expect(screen.getByTestId('search-hits').textContent).toBe('No match'));
    expect(options()).toHaveLength(0);
  });
});
