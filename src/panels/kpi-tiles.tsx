/** The headline numbers of the current selection, large enough to read across a meeting room. */
import type { ReactNode } from 'react';
import { LEVELS } from '../domain/levels.ts';
import { nameIn } from '../i18n/strings.ts';
import { useT } from '../i18n/use-t.ts';
import { formatNum } from '../domain/text.ts';
import { useLedgerStore, useStore } from '../state/store.ts';
import { selectedPerLevel } from '../state/selectors.ts';
import { formatDay } from '../data/dates.ts';

interface Tile {
  id: string;
  className: string;
  label: ReactNode;
  /** Undefined while the data loads: the tile holds its place with an ellipsis. */
  value?: number;
  sub?: ReactNode;
  /** A tooltip saying what the figure counts. */
  title?: string;
  /** The same figure in the compared earlier snapshot (undefined: no comparison, or none for this tile). */
  then?: number;
}

export function KpiTiles() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const result = useStore((s) => s.result);
  useStore((s) => s.resultVersion);
  const loading = useStore((s) => s.loadState === 'loading');
  const filters = useStore((s) => s.filters);
  const total = useStore((s) => s.dataset?.manifest.enterprises ?? 0);
  const asOf = useStore((s) => s.dataset?.manifest.asOf ?? '');
  const ledgerDay = useLedgerStore((s) => s.ledgerDay);
  const hasLedger = useStore((s) => (s.dataset?.manifest.inspections ?? 0) > 0);
  const status = useStore((s) => s.supervisionStatus !== null);
  const earlier = useStore((s) => s.earlierResult);
  const comparing = useStore((s) => s.comparison !== null);
  // While the first dataset loads the tiles are drawn empty, so the map below them has its final
  // size from the start: the strip appearing later resized the map's canvas (a new drawing buffer
  // and a redraw of every point) just as the data arrived.
  if (!result && !loading) return null;
  // The hazard tiles count on the data date; when the time slider shows the map another day, they say so.
  const hazardDay =
    ledgerDay === null || !result ? undefined : (
      <div
        className="kpi-sub kpi-day"
        data-testid="kpi-hazard-day"
        title={`${t('kpiDayTitle')} ${formatDay(ledgerDay)}`}
      >
        {t('kpiAsOf')} {asOf}
      </div>
    );
  const levels = result ? selectedPerLevel(result, filters) : undefined;
  const tt = result?.totals;
  const levelsThen = earlier ? selectedPerLevel(earlier, filters) : undefined;
  const et = earlier?.totals;
  const tiles: Tile[] = [
    {
      id: 'kpi-enterprises',
      className: 'kpi',
      label: t('kpiEnterprises'),
      value: result?.selected,
      then: earlier?.selected,
      sub:
        result && result.selected !== total ? (
          <div className="kpi-sub">
            {t('ofTotal')} {formatNum(lang, total)}
          </div>
        ) : undefined,
    },
    ...LEVELS.map((l, k): Tile => ({
      id: `kpi-level-${l.key}`,
      className: `kpi kpi-level kpi-${l.key}`,
      label: (
        <>
          <span aria-hidden="true">{l.symbol}</span> {nameIn(lang, l)}
        </>
      ),
      value: levels?.[k],
      then: levelsThen?.[k],
    })),
    {
      id: 'kpi-open',
      className: 'kpi',
      label: t('kpiOpen'),
      value: tt?.hazardsOpen,
      then: et?.hazardsOpen,
      sub: hazardDay,
    },
    {
      id: 'kpi-open-major',
      className: 'kpi kpi-alert',
      label: t('kpiOpenMajor'),
      value: tt?.hazardsOpenMajor,
      then: et?.hazardsOpenMajor,
      sub: hazardDay,
    },
    {
      id: 'kpi-overdue',
      className: 'kpi kpi-alert',
      label: t('kpiOverdue'),
      value: tt?.hazardsOverdue,
      then: et?.hazardsOverdue,
      sub: hazardDay,
    },
    {
      id: 'kpi-listed',
      className: 'kpi',
      label: t('kpiListed'),
      value: tt?.hazardsListed,
      then: et?.hazardsListed,
      sub: hazardDay,
    },
    // With an inspection ledger: the enterprises overdue for inspection and never inspected (bits 1 and 0 of the status).
    ...(hasLedger
      ? [
          {
            id: 'kpi-inspection-overdue',
            className: 'kpi kpi-alert',
            label: t('kpiInspectionOverdue'),
            value: status ? tt?.inspection[1] : undefined,
            title: t('kpiInspectionRule'),
          },
          {
            id: 'kpi-never-inspected',
            className: 'kpi',
            label: t('kpiNeverInspected'),
            value: status ? tt?.inspection[0] : undefined,
            title: t('kpiInspectionRule'),
          },
        ]
      : []),
  ];
  return (
    <div
      className="kpi-tiles"
      data-testid={result ? 'kpi-tiles' : 'kpi-tiles-loading'}
      aria-busy={result ? undefined : true}
    >
      {tiles.map((tile) => (
        <div key={tile.id} className={tile.className} data-testid={result ? tile.id : undefined} title={tile.title}>
          <div className="kpi-label">{tile.label}</div>
          <div className={tile.value === undefined ? 'kpi-value pending' : 'kpi-value'}>
            {tile.value === undefined ? '…' : formatNum(lang, tile.value)}
          </div>
          {tile.sub}
          {comparing && tile.value !== undefined && <KpiDelta now={tile.value} then={tile.then} />}
        </div>
      ))}
    </div>
  );
}

/** "较上期 +3" under a figure: the change since the compared earlier snapshot, under the same filters. */
function KpiDelta({ now, then }: { now: number; then?: number }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  if (then === undefined)
    return (
      <div className="kpi-sub kpi-delta" title={t('kpiDeltaNone')}>
        {t('kpiDeltaLabel')} –
      </div>
    );
  const d = now - then;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  return (
    <div
      className={`kpi-sub kpi-delta ${d > 0 ? 'kpi-delta-up' : d < 0 ? 'kpi-delta-down' : ''}`}
      data-testid="kpi-delta"
      data-delta={d}
      title={t('kpiDeltaTitle', formatNum(lang, then))}
    >
      {t('kpiDeltaLabel')} {sign}
      {formatNum(lang, Math.abs(d))}
    </div>
  );
}
