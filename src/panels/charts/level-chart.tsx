/** Enterprises per risk level (▲◆●■ + name + level colour), click to toggle the level filter. */
import { useStore } from '../../state/store.ts';
import { levelRows } from './chart-rows.ts';
import { CHART_TEXT } from './chart-strings.ts';
import { perLang, tr } from '../../domain/text.ts';
import { FilterBarChart } from './filter-bar-chart.tsx';

/** The label column fits the longest level name of each language. */
const LABEL_WIDTH = { zh: '4.6rem', en: '8.2rem' } as const;

export function LevelChart() {
  const lang = useStore((s) => s.lang);
  return (
    <FilterBarChart
      dim="levels"
      title={tr(lang, CHART_TEXT.levelTitle)}
      testId="chart-level"
      rows={levelRows}
      labelWidth={perLang(lang, LABEL_WIDTH)}
    />
  );
}
