/**
 * Typed shapes of the bundled data files in `data/`. They are produced by
 * `scripts/build-data.ts` and parsed once, at the edge, by `src/core/io/bundled.ts`.
 */

export type Lang = 'en' | 'ru' | 'kk';
export const LANGS: readonly Lang[] = ['en', 'ru', 'kk'];

export type Localized = Record<Lang, string>;

export type BlockId = 'social' | 'economic' | 'environmental' | 'institutional';

/** Customisation of a global indicator for the national list (kazstat `meta.customisation-N`). */
export type Customisation =
  | 'global'
  | 'minor-alterations'
  | 'alternative-national'
  | 'additional-national'
  | 'unknown';

export type Trend = 'up' | 'down' | 'flat' | 'none';

export interface Goal {
  /** "1".."17" */
  code: string;
  number: number;
  color: string;
  short: Localized;
  title: Localized;
  blocks: BlockId[];
}

export interface Target {
  /** "16.6" */
  code: string;
  goal: string;
  title: Localized;
}

export interface ThematicBlock {
  id: BlockId;
  name: Localized;
  goals: string[];
}

export interface TimeSeries {
  unit: string | null;
  unitLabel: string | null;
  /** the unit in each language, from kazstat's own UNIT_MEASURE translations (English where one is missing) */
  unitLabels?: Localized | null;
  series: string | null;
  /** [year, value] pairs, ascending by year, national totals only. */
  points: [number, number][];
  latest: { year: number; value: number } | null;
  trend: Trend;
}

export interface Indicator {
  /** dotted code, "16.6.1" or a national sub-indicator "10.5.1.1" */
  code: string;
  goal: string;
  target: string;
  /** for a national sub-indicator, the global indicator it refines */
  parent: string | null;
  title: Localized;
  customisation: Customisation;
  tier: string | null;
  series: TimeSeries | null;
}

/**
 * What kazstat says of an indicator beyond what the app and the CLI use, in its own file
 * (data/indicator-metadata.json) so the page does not download it before the first draw (~170 KB).
 */
export interface IndicatorMetadata {
  code: string;
  /** which source each language's title came from */
  titleSource: Record<Lang, 'national' | 'global' | 'other-language'>;
  globalTitle: Localized | null;
  custodian: string | null;
}

export interface Catalogue {
  source: string;
  goals: Goal[];
  targets: Target[];
  blocks: ThematicBlock[];
  indicators: Indicator[];
  /** each customisation token's label in each language (kazstat's meta.yml translations) */
  categories?: Record<Customisation, Localized>;
}

export type Evidence = 'illustrative' | 'review-statement' | 'imported' | 'co-movement';

/** Statistics of a co-movement link (scripts/data/comove.ts, src/core/stats/comove.ts): not causal. */
export interface LinkComove {
  rho: number;
  n: number;
  years: number[];
  detrendedRho: number | null;
  detrendedN: number;
  p: number | null;
  q: number | null;
  /** q ≤ the build's q threshold */
  survivesDetrending: boolean;
}

/** Where an imported link was read: the file, its sheet, and a cell ("C4") or a 1-based row. */
export interface LinkLocation {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  /** a GraphML/GEXF link: its number among the file's links (1-based) and its id when the file named it */
  edge?: number;
  edgeId?: string;
}

export interface LinkSource {
  section: string;
  quote: string;
  /** true when the Review says only "interconnected"/"linked" and the direction is our reading */
  undirectedInSource: boolean;
}

export interface Link {
  source: string;
  target: string;
  score: number;
  evidence: Evidence;
  note?: string;
  sources?: LinkSource[];
  undirectedInSource?: boolean;
  /** the link means "moves with", both ways (co-movement) */
  undirected?: boolean;
  comove?: LinkComove;
  location?: LinkLocation;
}

type DatasetLevel = 'indicator' | 'goal';

/** A bundled link set; nodes come from the catalogue at the given level. */
export interface LinkDataset {
  id: string;
  name: string;
  level: DatasetLevel;
  illustrative: boolean;
  description: string;
  links: Link[];
  /** co-movement layer: how it was computed and what it found */
  comoveSummary?: ComoveSummary;
}

export interface ComoveSummary {
  method: string;
  minYears: number;
  threshold: number;
  qThreshold: number;
  pairsTested: number;
  detrendTested: number;
  synergies: number;
  tradeOffs: number;
  survivingDetrending: number;
  /** detrended p of every pair that has one, ascending: BH over these gives each link's q */
  detrendedP: number[];
}

export interface DatasetEntry {
  id: string;
  name: string;
  description: string;
  provenance: string;
  licence: string;
  illustrative: boolean;
  level: DatasetLevel;
  file: string;
  nodes: number;
  links: number;
  /** where the real data would come from, for illustrative sets */
  realDataNote?: string;
  /** the name and description in each language (bundled sets); `name`/`description` stay English */
  names?: Localized;
  descriptions?: Localized;
  realDataNotes?: Localized;
  /** for an imported set: the file's own name, shown with the language's "(imported)" */
  importedName?: string;
  /** computed statistics rather than stated links: the app labels it "not causal" */
  kind?: 'co-movement';
}
