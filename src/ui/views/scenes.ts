import { lazy } from 'react';
import type { ViewDescriptor } from './view.ts';

export const scenes: ViewDescriptor = { id: 'scenes', labelKey: 'tabs.scenes', Component: lazy(() => import('../present/ScenesPanel.tsx')) };
