// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp, LAZY_TAB } from '../helpers/render-app.tsx';
import { loadLinkDataset } from '../helpers/bundled.ts';

const tapLink = (source: string, target: string) => act(() => {
  window.__sdgCy!.edges().filter((e) => e.data('source') === source && e.data('target') === target).emit('tap');
});

describe('evidence panel (real store, real canvas)', () => {
  it('a click on a goal link of the Review opens its evidence: every statement verbatim, with its section', async () => {
    await renderApp('?dataset=kz-vnr2025-goal-links');
    await waitFor(() => expect(window.__sdgCy!.edges().length).toBeGreaterThan(0));
    await waitFor(() => expect(window.__sdgCy!.edges().filter((e) => e.data('source') === '1' && e.data('target') === '3').length).toBe(1));
    tapLink('1', '3');
    const panel = await screen.findByTestId('evidence-link', undefined, LAZY_TAB);
    expect(screen.getByTestId('tab-evidence').getAttribute('aria-selected')).toBe('true');
    const link = loadLinkDataset('kz-vnr2025-goal-links.json').links.find((l) => l.source === '1' && l.target === '3')!;
    const quotes = within(panel).getAllByTestId('evidence-quote').map((q) => q.textContent);
    expect(quotes).toEqual(link.sources!.map((s) => `“${s.quote}”`));
    expect(panel.textContent).toContain('Section 3.2');
    expect(panel.textContent).toMatch(/says only “interconnected”/);
  });

  it('an illustrative link says it is generated and gives its rule, with the national-data column and summary', async () => {
    const store = await renderApp('');
    await waitFor(() => expect(window.__sdgCy!.edges().length).toBeGreaterThan(0));
    const edge = window.__sdgCy!.edges()[0]!;
    tapLink(edge.data('source'), edge.data('target'));
    const generated = await screen.findByTestId('evidence-generated', undefined, LAZY_TAB);
    expect(generated.textContent).toMatch(/Generated/);
    expect(generated.textContent).toMatch(/favoured because/);
    expect(screen.getByTestId('evidence-national')).toBeTruthy();
    expect(screen.getByTestId('national-summary').textContent).toMatch(/Of 1535 links: \d+ agree in sign/);
    expect(store.getState().selectedLink).toEqual({ source: edge.data('source'), target: edge.data('target') });
  });

  it('a co-movement link shows rho, n, the detrended test and the two series, never as causal', async () => {
    await renderApp('?dataset=kz-national-comovement');
    await waitFor(() => expect(window.__sdgCy!.edges().length).toBeGreaterThan(0));
    const edge = window.__sdgCy!.edges()[0]!;
    tapLink(edge.data('source'), edge.data('target'));
    const c = await screen.findByTestId('evidence-comove', undefined, LAZY_TAB);
    expect(c.textContent).toMatch(/Level rho/);
    expect(c.textContent).toMatch(/not causation/);
    expect(within(c).getByTestId('comove-chart')).toBeTruthy();
    expect(screen.getByTestId('evidence-kind').textContent).toMatch(/not causal, not ERI's/);
  });
});

describe('About and sources', () => {
  it('lists every dataset with provenance and licence, the method of the co-movement layer and the kazstat MIT notice', async () => {
    const { fireEvent } = await import('@testing-library/react');
    const store = await renderApp('');
    fireEvent.click(screen.getByTestId('about-button'));
    const dialog = screen.getByTestId('about-dialog');
    for (const d of store.getState().datasets) {
      const section = within(dialog).getByTestId(`about-${d.id}`);
      expect(section.textContent).toContain(d.provenance);
      expect(section.textContent).toContain(d.licence);
    }
    expect(within(dialog).getByTestId('about-kz-national-comovement').textContent).toMatch(/Pradhan et al\. \(2017\)/);
    expect(within(dialog).getByTestId('about-kazstat').textContent).toMatch(/MIT License[\s\S]*Permission is hereby granted/);
    expect(dialog.textContent).toMatch(/this project’s, chosen to match the Review’s figures/);
    fireEvent.click(screen.getByTestId('about-close'));
    expect(screen.queryByTestId('about-dialog')).toBeNull();
  });
});

describe('filter by evidence kind', () => {
  it('hides the links of a kind on the canvas and brings them back', async () => {
    const { fireEvent } = await import('@testing-library/react');
    await renderApp('');
    await waitFor(() => expect(window.__sdgCy!.edges().length).toBe(1535));
    const box = screen.getByTestId('evidence-kind-illustrative') as HTMLInputElement;
    expect(screen.getByTestId('evidence-filter').textContent).toMatch(/Generated \(illustrative\) \(1,535\)/);
    fireEvent.click(box);
    await waitFor(() => expect(window.__sdgCy!.edges().filter((e) => e.hasClass('evidence-off')).length).toBe(1535));
    fireEvent.click(box);
    await waitFor(() => expect(window.__sdgCy!.edges().filter((e) => e.hasClass('evidence-off')).length).toBe(0));
  });
});
