/**
 * The four linked charts side by side, for the bottom dock (~18rem tall): a responsive grid whose
 * cells take the dock's height; charts scroll inside, and cells wrap onto further rows (the panel
 * then scrolls) when the dock is too narrow.
 */
import { useStore } from '../../state/store.ts';
import { LevelChart } from './level-chart.tsx';
import { ScoreHistogram } from './score-histogram.tsx';
import { SectorChart } from './sector-chart.tsx';
import { TownChart } from './town-chart.tsx';
import './charts.css';

export function ChartsPanel() {
  const ready = useStore((s) => s.result !== null);
  return (
    <div className="charts-panel" data-testid="charts-panel" aria-busy={!ready}>
      <LevelChart />
      <ScoreHistogram />
      <SectorChart />
      <TownChart />
    </div>
  );
}
