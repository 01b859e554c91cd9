/** The system slice's state and actions (slices/system.ts), kept beside types.ts, which re-exports them. */
import type { InterlinkageGraph } from '../core/graph/types.ts';
import type { FeedbackLoop, LoopsResult } from '../core/analysis/loops.ts';
import type { MicmacResult } from '../core/analysis/micmac.ts';
import type { PropagationResult } from '../core/analysis/propagation.ts';
import type { RobustMetric, RobustnessOptions, RobustnessResult } from '../core/analysis/robustness.ts';
import type { GraphDiff } from '../core/analysis/diff.ts';
import type { AppMessage } from '../core/model/message.ts';

export interface RankChange {
  code: string;
  /** rank in the other network; null when the node is new here */
  before: number | null;
  after: number;
}

export interface SystemState {
  /** the graph these results belong to */
  graph: InterlinkageGraph | null;
  loops: (LoopsResult & { maxLength: number }) | null;
  loopsBusy: boolean;
  /** the loop drawn on the graph */
  loop: FeedbackLoop | null;
  micmac: MicmacResult | null;
  propagation: PropagationResult | null;
  robustness: RobustnessResult | null;
  /** runs done while a robustness run is under way */
  robustnessBusy: { done: number; runs: number } | null;
  robustnessError: AppMessage | null;
  /** this network against another: links of the other → this one, and rank changes */
  diff: { otherId: string; metric: RobustMetric; links: GraphDiff; ranks: RankChange[] } | null;
  diffBusy: boolean;
  diffError: AppMessage | null;
}

export interface SystemSlice {
  system: SystemState;
  computeLoops(maxLength?: number): void;
  showLoop(loop: FeedbackLoop | null): void;
  computeMicmac(): void;
  propagateFrom(code: string | null): void;
  runRobustness(options: Omit<RobustnessOptions, 'onProgress' | 'signal'>): Promise<void>;
  stopRobustness(): void;
  diffWith(otherId: string | null, metric?: RobustMetric): Promise<void>;
}
