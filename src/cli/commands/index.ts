/** The systems-analysis commands (one file each) and their lines of `sdg-graph --help`. */
export { loopsCommand } from './loops.ts';
export { micmacCommand } from './micmac.ts';
export { robustnessCommand } from './robustness.ts';
export { propagateCommand } from './propagate.ts';

export const SYSTEM_USAGE = `  loops FILE [--max-length L] [--through CODE] [--limit N]
                                    feedback loops up to L links (default 4, at most N = 5000), reinforcing or balancing
  micmac FILE                       MICMAC: direct and indirect influence and dependence, sectors
  robustness FILE [--metric out|total|pagerank] [--runs N] [--drop P] [--jitter Q] [--seed S] [--top K]
                                    rank intervals over N perturbed networks (default out, 1000 runs, p 0.1, q 0, top 20)
  propagate FILE CODE [--alpha A]   total signed effect of CODE on every node (default α = 0.5/ρ(|W|))`;
