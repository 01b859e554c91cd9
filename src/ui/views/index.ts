/**
 * The right panel's views, in tab order; the first is the default. Adding a view: one descriptor
 * file here (id, label key, component — lazy unless it is the default), one line below, and its
 * `tabs.<id>` key in the three locale files.
 */
import type { ViewDescriptor } from './view.ts';
import { details } from './details.ts';
import { rankings } from './rankings.ts';
import { paths } from './paths.ts';
import { portfolio } from './portfolio.ts';
import { scenes } from './scenes.ts';
import { system } from './system.ts';
import { evidence } from './evidence.ts';

export type { ViewDescriptor } from './view.ts';

export const VIEWS: readonly ViewDescriptor[] = [details, rankings, paths, portfolio, scenes, system, evidence];
