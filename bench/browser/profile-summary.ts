/** Self and total time per function of a CDP CPU profile, for the diagnostic profile scripts. */
interface CallFrame { functionName: string; url: string; lineNumber: number }
export interface CpuProfile { nodes: { id: number; callFrame: CallFrame; children?: number[] }[]; samples: number[]; timeDeltas: number[] }

export function summariseProfile(profile: CpuProfile, per = 1, unit = 'ms', rows = 40): string {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  const key = (n: { callFrame: CallFrame }) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  for (const [id, us] of self) {
    const n = byNode.get(id)!;
    selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byNode.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + us);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([k, us]) => `${(us / 1000 / per).toFixed(1).padStart(7)} ${unit}  ${k}`).join('\n');
  return 'SELF\n' + top(selfBy) + '\n\nTOTAL\n' + top(totalBy);
}

/** Total time under `fn`, split by the chain of `depth` callers above it: who makes Cytoscape work. */
export function callersOf(profile: CpuProfile, fn: string, depth = 6, rows = 25): string {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const chains = new Map<string, number>();
  const name = (id: number) => { const c = byNode.get(id)!.callFrame; return `${c.functionName || '(anon)'}:${c.lineNumber}`; };
  for (const [id, us] of self) {
    let cur: number | undefined = id;
    while (cur !== undefined && !name(cur).startsWith(fn + ':')) cur = parent.get(cur);
    if (cur === undefined) continue;
    const chain: string[] = [];
    for (let p = parent.get(cur); p !== undefined && chain.length < depth; p = parent.get(p)) chain.push(name(p));
    const k = chain.join(' < ');
    chains.set(k, (chains.get(k) ?? 0) + us);
  }
  return [...chains].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
}
