/** Dev aid: summaries of a Chrome DevTools CPU profile (Profiler.stop), shared by the profile-* scripts. */
interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber?: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const label = (f: CallFrame) => `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber ?? 0}`;

function index(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  return { byId, parent };
}

/** Time spent in each function itself (µs). */
export function selfTimes(profile: CpuProfile): Map<string, number> {
  const { byId } = index(profile);
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const k = label(byId.get(id)!.callFrame);
    self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return self;
}

/** Time spent in each function and everything it called (µs); recursion counted once per sample. */
export function inclusiveTimes(profile: CpuProfile): Map<string, number> {
  const { byId, parent } = index(profile);
  const incl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = byId.get(id); n; n = parent.get(n.id)) {
      const k = label(n.callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  });
  return incl;
}

/** Call chains (up to `depth` callers) that lead to the function named `fn`, weighted by its self time (µs). */
export function callersOf(profile: CpuProfile, fn: string, depth = 3): Map<string, number> {
  const { byId, parent } = index(profile);
  const short = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber ?? 0}`;
  const agg = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    if ((n.callFrame.functionName || '(anon)') !== fn) return;
    const chain: ProfileNode[] = [];
    for (let p = parent.get(n.id); p && chain.length < depth; p = parent.get(p.id)) chain.push(p);
    const k = chain.map(short).join(' < ');
    agg.set(k, (agg.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return agg;
}

/** The `top` heaviest entries as "   123 ms  name" lines, idle time left out. */
export function table(times: Map<string, number>, top: number, digits = 0): string {
  return [...times.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, us]) => `${(us / 1000).toFixed(digits).padStart(7)} ms  ${k}`).join('\n');
}
