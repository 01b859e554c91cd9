import { lazy } from 'react';
import type { ViewDescriptor } from './view.ts';

export const paths: ViewDescriptor = { id: 'paths', labelKey: 'tabs.paths', Component: lazy(() => import('../panels/PathPanel.tsx')) };
