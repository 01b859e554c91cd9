/**
 * The goal-to-goal statements that open sections 3.2–3.5 of Kazakhstan's VNR 2025, encoded by hand
 * from `data/sources/vnr-2025-sections-3.md` (a test checks that every quote is verbatim there).
 *
 * Each statement is one bullet of the Review; `from`/`to` list the goals on each side of the stated
 * relation. Where the Review says only "interconnected" / "closely linked", `undirected` is true and
 * the direction recorded is the one its own reasoning implies (explained in `reading`).
 */
import type { Link, LinkSource } from '../../src/core/model/types.ts';

export interface GoalStatement {
  section: '3.2' | '3.3' | '3.4' | '3.5';
  quote: string;
  from: number[];
  to: number[];
  undirected: boolean;
  /** our short paraphrase; for undirected statements, why this direction */
  reading: string;
}

const ALL = Array.from({ length: 17 }, (_, i) => i + 1);

export const GOAL_STATEMENTS: GoalStatement[] = [
  {
    section: '3.2',
    quote: 'contributes to the achievement of SDG 3, SDG 4 and SDG 10',
    from: [1, 2], to: [3, 4, 10], undirected: false,
    reading: 'Less poverty and hunger widen access to health and education and reduce vulnerability.',
  },
  {
    section: '3.2',
    quote: 'is closely interconnected with SDG 1, SDG 6, and SDG 11',
    from: [1, 6, 11], to: [3], undirected: true,
    reading: 'The Review reasons that poverty, poor sanitation and polluted cities undermine health, so 1, 6 and 11 act on 3.',
  },
  {
    section: '3.2',
    quote: 'enhances the implementation of SDG 5 and SDG 10',
    from: [4], to: [5, 10], undirected: false,
    reading: 'Education gives equal chances in employment, careers and public life.',
  },
  {
    section: '3.2',
    quote: 'strengthens the SDG 4, SDG 8 and SDG 10',
    from: [5], to: [4, 8, 10], undirected: false,
    reading: "Women's empowerment raises participation in the economy and education and narrows gaps.",
  },
  {
    section: '3.3',
    quote: 'supports the implementation of SDGs 9, 11, 12, and 13',
    from: [7], to: [9, 11, 12, 13], undirected: false,
    reading: 'Sustainable energy underpins industrial modernisation, lower emissions and better cities.',
  },
  {
    section: '3.3',
    quote: 'is realized through progress in SDGs 4, 7, 9, and 10',
    from: [4, 7, 9, 10], to: [8], undirected: false,
    reading: 'Human capital, energy access and infrastructure create decent jobs.',
  },
  {
    section: '3.3',
    quote: 'has a multiplier effect on SDGs 8, 10, and 11',
    from: [9], to: [8, 10, 11], undirected: false,
    reading: 'Transport, manufacturing and digital systems reduce regional gaps and strengthen cities.',
  },
  {
    section: '3.3',
    quote: 'is closely linked to SDGs 1, 4, 5, 8, and 11',
    from: [1, 4, 5, 8, 11], to: [10], undirected: true,
    reading: 'The Review calls resources, education, employment and infrastructure "the foundation for reducing inequality", so they act on 10.',
  },
  {
    section: '3.3',
    quote: 'is supported by SDGs 8, 9, 12, and 13',
    from: [8, 9, 12, 13], to: [11], undirected: false,
    reading: 'Urban modernisation needs economic, industrial and environmental progress.',
  },
  {
    section: '3.4',
    quote: 'impacts SDG 3, SDG 11, SDG 13 and SDG 2',
    from: [6], to: [3, 11, 13, 2], undirected: false,
    reading: 'Water and sanitation matter for health, food security and cities.',
  },
  {
    section: '3.4',
    quote: 'supports the achievement of SDG 6, SDG 11, SDG 13 and SDG 15',
    from: [12], to: [6, 11, 13, 15], undirected: false,
    reading: 'Less pressure on resources improves cities and conserves biodiversity.',
  },
  {
    section: '3.4',
    quote: 'is interconnected with SDG 7, SDG 9, SDG 11 and SDG 15',
    from: [7, 9, 11, 15], to: [13], undirected: true,
    reading: 'The Review says climate action "requires" clean energy, adapted infrastructure and protected ecosystems, so they act on 13.',
  },
  {
    section: '3.4',
    quote: 'play a vital role in achieving SDG 6, SDG 11, SDG 12, and SDG 13',
    from: [14, 15], to: [6, 11, 12, 13], undirected: false,
    reading: 'The state of ecosystems affects water, farming, climate and regional development.',
  },
  {
    section: '3.5',
    quote: 'provides the foundation for the implementation of the social component (SDGs 1, 2, 3, 4, 5, 10)',
    from: [16], to: [1, 2, 3, 4, 5, 10], undirected: false,
    reading: 'Rights, justice and inclusive governance underpin the social goals.',
  },
  {
    section: '3.5',
    quote: 'strong institutions are essential for effective environmental protection (SDGs 6, 13, 14, 15)',
    from: [16], to: [6, 13, 14, 15], undirected: false,
    reading: 'Strong institutions enable environmental protection.',
  },
  {
    section: '3.5',
    quote: 'fair regulation of economic processes (SDGs 7, 8, 9, 11, 12)',
    from: [16], to: [7, 8, 9, 11, 12], undirected: false,
    reading: 'Institutions regulate the economic goals fairly.',
  },
  {
    section: '3.5',
    quote: 'acts as a catalyst for achieving all other goals',
    from: [17], to: ALL.filter((g) => g !== 17), undirected: false,
    reading: 'Partnerships mobilise resources, technology, knowledge and investment for every goal.',
  },
];

/** One directed pair per (statement, from, to): the "about 85" statements of the Review. */
export function statementPairs(statements: GoalStatement[] = GOAL_STATEMENTS) {
  const pairs: { from: number; to: number; statement: GoalStatement }[] = [];
  for (const s of statements) for (const f of s.from) for (const t of s.to) if (f !== t) pairs.push({ from: f, to: t, statement: s });
  return pairs;
}

/** Merge repeated pairs into one link each, keeping every source that states it. */
export function goalLinks(statements: GoalStatement[] = GOAL_STATEMENTS): Link[] {
  const byPair = new Map<string, Link>();
  for (const { from, to, statement } of statementPairs(statements)) {
    const key = `${from}>${to}`;
    const src: LinkSource = { section: statement.section, quote: statement.quote, undirectedInSource: statement.undirected };
    const existing = byPair.get(key);
    if (existing) {
      existing.sources!.push(src);
      // Directed as soon as one statement gives the direction explicitly.
      existing.undirectedInSource = existing.sources!.every((s) => s.undirectedInSource);
      existing.score = existing.sources!.length;
    } else {
      byPair.set(key, {
        source: String(from), target: String(to), score: 1, evidence: 'review-statement',
        note: statement.reading, sources: [src], undirectedInSource: statement.undirected,
      });
    }
  }
  return [...byPair.values()].sort((a, b) => Number(a.source) - Number(b.source) || Number(a.target) - Number(b.target));
}
