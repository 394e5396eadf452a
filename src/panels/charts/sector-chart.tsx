/** Enterprises per leaf sector, non-zero only, largest first (12 visible, the rest scroll); click to toggle. */
import { useStore } from '../../state/store.ts';
import { sectorRows } from './chart-rows.ts';
import { CHART_TEXT } from './chart-strings.ts';
import { perLang, tr } from '../../domain/text.ts';
import { FilterBarChart } from './filter-bar-chart.tsx';

/** The label column fits most sector names of each language. */
const LABEL_WIDTH = { zh: '7.5rem', en: '10rem' } as const;

export function SectorChart() {
  const lang = useStore((s) => s.lang);
  return (
    <FilterBarChart
      dim="sectors"
      title={tr(lang, CHART_TEXT.sectorTitle)}
      testId="chart-sector"
      rows={sectorRows}
      labelWidth={perLang(lang, LABEL_WIDTH)}
      maxVisibleRows={12}
    />
  );
}
