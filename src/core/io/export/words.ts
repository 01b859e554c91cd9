/**
 * The words inside exported files. Core never reads the locale files (it runs in the CLI and workers
 * without them): the app passes a translate function for the language chosen in the export menu, and
 * these English texts are the fallback for the CLI and for tests. tests/core/io/export-words.test.ts
 * keeps them equal to `export.*` in src/ui/locales/en.json, so the two cannot drift apart.
 */
import { ILLUSTRATIVE_MARK } from '../mark.ts';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** @internal exported for its unit test */
export const ENGLISH_EXPORT_WORDS: Readonly<Record<string, string>> = {
  'export.mark': ILLUSTRATIVE_MARK,
  'export.markNote': 'The links are generated so that their totals match the published figures; no single link is real. A link is a statistical co-movement, not a cause.',
  'export.comoveNotice': 'Co-movement in national data — not causal, not ERI data: two series moving together is not one causing the other',
  'export.counts': 'nodes: {{nodes}} · links: {{links}}',
  'export.arrows': 'arrows: source influences target',
  'export.undirected': 'undirected: each link influences both ways',
  'export.around': 'around {{codes}}',
  'export.goals': 'Goals',
  'export.goalN': 'Goal {{n}}',
  'export.notSdg': 'not an SDG code',
  'export.classes': 'Classes (shape)',
  'export.linksLegend': 'Links',
  'export.positive': 'positive influence',
  'export.negative': 'negative (trade-off)',
  'export.highlighted': 'highlighted: the selection and its neighbourhood',
  'export.dimmed': 'pale: outside the highlight',
  'export.source': 'Data: {{name}}',
  'export.credit': '{{date}} · SDG interlinkage graph explorer',
  'export.sheet.links': 'Links',
  'export.sheet.nodes': 'Nodes',
  'export.sheet.about': 'About',
  'export.about.dataset': 'Dataset',
  'export.about.provenance': 'Provenance',
  'export.about.linksAre': 'Links are',
  'export.about.asInSource': 'as in the source dataset',
  'export.about.direction': 'Direction',
  'export.about.exported': 'Exported',
  'export.about.language': 'Language',
  'export.col.code': 'Code',
  'export.col.title': 'Title ({{lang}})',
  'export.col.goal': 'Goal',
  'export.col.target': 'Target',
  'export.col.class': 'Class',
  'export.col.kind': 'Kind',
  'export.col.unknown': 'Not an SDG code',
  'export.col.community': 'Community',
  'export.col.mark': 'Mark',
  'export.col.markNote': 'Mark note',
  'export.col.notice': 'Notice',
  'export.class.accelerator': 'Accelerator',
  'export.class.integrated': 'Integrated',
  'export.class.dependent': 'Dependent',
  'export.class.low': 'Low influence',
  'export.handout.legend': 'Legend',
  'export.handout.indicators': 'Indicators on this scene ({{n}})',
  'export.handout.continued': '{{title}} (continued)',
  'export.handout.notes': 'Facilitator’s notes',
  'export.handout.marks': 'Marks',
  'export.handout.mark.priority': 'priority',
  'export.handout.mark.discussed': 'discussed',
  'export.handout.subject': 'Handout: scenes of the SDG interlinkage network',
  'export.pdfSubject': 'SDG interlinkage network',
};

const fill = (text: string, params: Record<string, string | number> = {}) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (params[name] !== undefined ? String(params[name]) : m));

/** The English texts: what the CLI and tests get when no translate function is passed. */
export const englishExportWords: Translate = (key, params) => fill(ENGLISH_EXPORT_WORDS[key] ?? key.slice(key.lastIndexOf('.') + 1), params);

export const wordsOf = (options: { t?: Translate }): Translate => options.t ?? englishExportWords;
