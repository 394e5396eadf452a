/** The headline numbers of the current selection, large enough to read across a meeting room. */
import { LEVELS } from '../domain/levels.ts';
import { nameIn } from '../i18n/strings.ts';
import { useT } from '../i18n/use-t.ts';
import { formatNum } from '../i18n/text.ts';
import { useLedgerStore, useStore } from '../state/store.ts';
import { selectedPerLevel } from '../state/selectors.ts';
import { formatDay } from '../data/dates.ts';

export function KpiTiles() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const result = useStore((s) => s.result);
  useStore((s) => s.resultVersion);
  const filters = useStore((s) => s.filters);
  const total = useStore((s) => s.dataset?.manifest.enterprises ?? 0);
  const asOf = useStore((s) => s.dataset?.manifest.asOf ?? '');
  const ledgerDay = useLedgerStore((s) => s.ledgerDay);
  if (!result) return null;
  // The hazard tiles count on the data date; when the time slider shows the map another day, they say so.
  const hazardDay = ledgerDay === null ? null : (
    <div className="kpi-sub kpi-day" data-testid="kpi-hazard-day" title={`${t('kpiDayTitle')} ${formatDay(ledgerDay)}`}>{t('kpiAsOf')} {asOf}</div>
  );
  const levels = selectedPerLevel(result, filters);
  const tt = result.totals;
  return (
    <div className="kpi-tiles" data-testid="kpi-tiles">
      <div className="kpi" data-testid="kpi-enterprises">
        <div className="kpi-label">{t('kpiEnterprises')}</div>
        <div className="kpi-value">{formatNum(lang, result.selected)}</div>
        {result.selected !== total && <div className="kpi-sub">{t('ofTotal')} {formatNum(lang, total)}</div>}
      </div>
      {LEVELS.map((l, k) => (
        <div key={l.key} className={`kpi kpi-level kpi-${l.key}`} data-testid={`kpi-level-${l.key}`}>
          <div className="kpi-label"><span aria-hidden="true">{l.symbol}</span> {nameIn(lang, l)}</div>
          <div className="kpi-value">{formatNum(lang, levels[k])}</div>
        </div>
      ))}
      <div className="kpi" data-testid="kpi-open"><div className="kpi-label">{t('kpiOpen')}</div><div className="kpi-value">{formatNum(lang, tt.hazardsOpen)}</div>{hazardDay}</div>
      <div className="kpi kpi-alert" data-testid="kpi-open-major"><div className="kpi-label">{t('kpiOpenMajor')}</div><div className="kpi-value">{formatNum(lang, tt.hazardsOpenMajor)}</div>{hazardDay}</div>
      <div className="kpi kpi-alert" data-testid="kpi-overdue"><div className="kpi-label">{t('kpiOverdue')}</div><div className="kpi-value">{formatNum(lang, tt.hazardsOverdue)}</div>{hazardDay}</div>
      <div className="kpi" data-testid="kpi-listed"><div className="kpi-label">{t('kpiListed')}</div><div className="kpi-value">{formatNum(lang, tt.hazardsListed)}</div>{hazardDay}</div>
    </div>
  );
}
