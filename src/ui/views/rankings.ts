import { lazy } from 'react';
import type { ViewDescriptor } from './view.ts';

export const rankings: ViewDescriptor = { id: 'rankings', labelKey: 'tabs.rankings', Component: lazy(() => import('../panels/RankingsPanel.tsx')) };
