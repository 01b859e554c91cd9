import { lazy } from 'react';
import type { ViewDescriptor } from './view.ts';

export const portfolio: ViewDescriptor = { id: 'portfolio', labelKey: 'tabs.portfolio', Component: lazy(() => import('../panels/PortfolioPanel.tsx')) };
