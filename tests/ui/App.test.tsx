// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../helpers/render-app.tsx';

describe('first screen', () => {
  it('shows the counts and the illustrative badge for the default dataset', async () => {
    await renderApp();
    expect(screen.getByTestId('node-count').textContent).toBe('277');
    expect(screen.getByTestId('link-count').textContent).toBe('1535');
    const badge = screen.getByTestId('illustrative-badge');
    expect(badge.textContent).toMatch(/ILLUSTRATIVE/);
    fireEvent.click(badge);
    expect(screen.getByRole('note').textContent).toMatch(/Economic Research Institute/);
  });

  it('switches to the goal-level dataset from the dataset menu', async () => {
    await renderApp();
    fireEvent.change(screen.getByTestId('dataset-select'), { target: { value: 'kz-vnr2025-goal-links' } });
    await waitFor(() => expect(screen.getByTestId('node-count').textContent).toBe('17'));
    expect(screen.getByTestId('link-count').textContent).toBe('75');
    expect(screen.queryByTestId('illustrative-badge')).toBeNull();
    expect(screen.getByTestId('real-badge')).toBeTruthy();
  });

  it('lists goals in the chosen language in the legend', async () => {
    await renderApp();
    expect(screen.getByText('Gender equality')).toBeTruthy();
    fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'ru' } });
    await waitFor(() => expect(screen.queryByText('Gender equality')).toBeNull());
    expect(screen.getByText(/Гендерное равенство/)).toBeTruthy();
  });
});
