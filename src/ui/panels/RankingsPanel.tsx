import { RankingTable } from './RankingTable.tsx';
import { DegreeHistogram, InfluenceScatter } from './Charts.tsx';

/** Loaded lazily: none of this is needed for the first frame. */
export default function RankingsPanel() {
  return (
    <div className="rankings" data-testid="rankings">
      <RankingTable />
      <InfluenceScatter />
      <DegreeHistogram direction="out" />
      <DegreeHistogram direction="in" />
    </div>
  );
}
