/**
 * The yearly supervision inspection plan (年度监督检查计划): for a chosen year, every enterprise's
 * planned administrative inspections by month (src/domain/supervision/yearly-plan.ts), with the
 * random draw's share and seed, optional monthly capacities per unit; totals by class and month;
 * exported as .xlsx and printable.
 */
import { useMemo, useState } from 'react';
import { civil } from '../../domain/supervision/index.ts';
import { enterpriseUnits, yearlyPlan, type YearlyPlan } from '../../domain/supervision/index.ts';
import { planInspections } from '../../data/plan-inspections.ts';
import { exportPlanXlsx, planListName, planTables } from '../../data/export-plan-xlsx.ts';
import { exportFileName } from '../../data/export-meta.ts';
import { formatDay } from '../../data/dates.ts';
import { dataName, formatNum, tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { asOfDay } from '../../state/supervision-slice.ts';
import { downloadText } from '../../ui/download.ts';
import { exportMeta } from '../common/export-context.ts';
import { INSPECTION_TEXT } from '../common/inspection-strings.ts';
import { PLAN_TEXT } from './plan-strings.ts';
import { writePlanDocument } from './plan-print.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A non-negative whole number field; empty is null. */
function Count({
  value,
  onChange,
  label,
  testId,
  min = 0,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  label: string;
  testId?: string;
  min?: number;
}) {
  return (
    <input
      type="number"
      min={min}
      value={value ?? ''}
      aria-label={label}
      onChange={(e) => {
        const t = e.target.value.trim();
        const v = Number(t);
        if (t === '') onChange(null);
        else if (Number.isInteger(v) && v >= min) onChange(v);
      }}
      data-testid={testId}
    />
  );
}

export function PlanPanel() {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const ledger = useStore((s) => s.inspections);
  const text = useStore((s) => s.text);
  const status = useStore((s) => s.supervisionStatus);
  const settings = useStore((s) => s.supervision);
  const asOf = dataset ? asOfDay(dataset) : 0;
  const dataYear = civil(asOf)[0];
  const [year, setYear] = useState(dataYear + 1);
  const [share, setShare] = useState<number | null>(null);
  const [seed, setSeed] = useState(dataYear + 1);
  const [staff, setStaff] = useState<Record<string, [number | null, number | null]>>({});
  const t = (k: keyof typeof PLAN_TEXT, ...a: (string | number)[]) => tr(lang, PLAN_TEXT[k], ...a);

  const units = useMemo(() => (ledger ? planInspections(ledger) : null), [ledger]);
  // Each enterprise's unit: read from the ledger once per ledger and settings, not per year or seed.
  const enterpriseUnit = useMemo(
    () =>
      dataset && units
        ? enterpriseUnits({
            length: dataset.enterprises.length,
            town: dataset.enterprises.town,
            inspections: units.inspections,
            unitNames: units.unitNames,
            asOf,
            settings,
          })
        : null,
    [dataset, units, asOf, settings],
  );
  const capacity = useMemo(
    () =>
      units
        ? units.unitNames.map((u) =>
            staff[u]?.[0] != null && staff[u]?.[1] != null ? staff[u][0]! * staff[u][1]! : -1,
          )
        : null,
    [units, staff],
  );
  const randomShare = share === null ? settings.randomShare : share / 100;
  const plan: YearlyPlan | null = useMemo(() => {
    if (!dataset || !status || !units || !enterpriseUnit) return null;
    return yearlyPlan({
      year: Math.max(year, dataYear),
      asOf,
      settings,
      length: dataset.enterprises.length,
      status,
      town: dataset.enterprises.town,
      inspections: units.inspections,
      unitNames: units.unitNames,
      capacity,
      seed,
      randomShare,
      enterpriseUnit,
    });
  }, [dataset, status, units, enterpriseUnit, year, dataYear, asOf, settings, capacity, seed, randomShare]);

  if (!dataset) return null;
  if (!plan || !units) {
    return (
      <p className="muted" data-testid="plan-empty">
        {tr(lang, dataset.manifest.inspections ? INSPECTION_TEXT.ledgerLoading : INSPECTION_TEXT.noLedger)}
      </p>
    );
  }
  const m = dataset.manifest;
  const enterprisesPlanned = plan.offsets.reduce((n, o, i) => (i > 0 && o > plan.offsets[i - 1] ? n + 1 : n), 0);
  const source = text ? { manifest: m, enterprises: dataset.enterprises, text } : null;
  const months = Array.from({ length: 12 }, (_, k) => k + 1);
  const C = settings.classes.length;
  const classTotal = (c: number) => months.reduce((s, mo) => s + plan.byClass[c * 12 + mo - 1], 0);
  const monthTotal = (mo: number) => settings.classes.reduce((s, _, c) => s + plan.byClass[c * 12 + mo - 1], 0);
  const random = settings.classes.map((c, k) => ({ c, k })).filter(({ c }) => c.intervalMonths === null);
  const percent = formatNum(lang, Math.round(plan.share * 1000) / 10);

  const onExport = async () => {
    if (!source) return;
    // The plan covers every enterprise: no filter.
    const meta = exportMeta(planListName(plan.year, lang), []);
    downloadText(exportFileName(meta, 'xlsx'), await exportPlanXlsx(plan, source, status!, settings, meta), XLSX);
  };
  const onPrint = () => {
    if (!source) return;
    const w = window.open('', '_blank');
    if (!w) {
      useStore.getState().setNotice({ kind: 'message', ...PLAN_TEXT.printBlocked });
      return;
    }
    const title = t('printTitle', String(plan.year));
    void writePlanDocument(
      w.document,
      title,
      t('printFacts', dataName(lang, m), m.asOf, formatDay(plan.start), String(plan.seed), percent),
      t('rules'),
      planTables(plan, source, status!, settings, lang),
      (more) => t('printCut', formatNum(lang, more)),
    ).then(() => {
      w.focus();
      w.print();
    });
  };

  return (
    <div className="plan-panel" data-testid="plan-panel" data-planned={plan.length}>
      <div className="plan-controls">
        <label>
          {t('year')}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="plan-year">
            {[dataYear, dataYear + 1, dataYear + 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('share')}
          <Count
            value={share ?? Math.round(settings.randomShare * 100)}
            onChange={(v) => setShare(v === null ? null : Math.min(100, v))}
            label={t('share')}
            testId="plan-share"
          />
        </label>
        <label>
          {t('seed')}
          <Count value={seed} onChange={(v) => setSeed(v ?? 0)} label={t('seed')} testId="plan-seed" />
        </label>
        <button type="button" onClick={() => setSeed(Math.floor(Math.random() * 1_000_000))}>
          {t('newSeed')}
        </button>
        <button type="button" onClick={() => void onExport()} disabled={!source} data-testid="plan-export">
          {t('exportXlsx')}
        </button>
        <button type="button" onClick={onPrint} disabled={!source} data-testid="plan-print">
          {t('print')}
        </button>
      </div>
      <p data-testid="plan-summary">
        <strong>{t('planned', formatNum(lang, plan.length), formatNum(lang, enterprisesPlanned))}</strong>
        {random.map(({ c, k }) => (
          <span key={c.key}>
            {' · '}
            {t(
              'drawn',
              dataName(lang, c),
              formatNum(lang, plan.randomDrawn[k]),
              formatNum(lang, plan.randomPool[k]),
              percent,
              plan.seed,
            )}
          </span>
        ))}
        {plan.capped.some((v) => v > 0) && (
          <span>
            {' · '}
            {t(
              'capped',
              formatNum(
                lang,
                plan.capped.reduce((a, b) => a + b, 0),
              ),
            )}
          </span>
        )}
      </p>
      <p className="muted">{t('rules')}</p>
      <table className="plan-months" data-testid="plan-by-class">
        <caption>{t('byClassMonth')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {months.map((mo) => (
              <th key={mo} scope="col">
                {t('month', mo)}
              </th>
            ))}
            <th scope="col">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {settings.classes.map((c, k) => (
            <tr key={c.key}>
              <th scope="row">{dataName(lang, c)}</th>
              {months.map((mo) => (
                <td key={mo} className="num">
                  {formatNum(lang, plan.byClass[k * 12 + mo - 1])}
                </td>
              ))}
              <td className="num">{formatNum(lang, classTotal(k))}</td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">{t('total')}</th>
            {months.map((mo) => (
              <td key={mo} className="num">
                {formatNum(lang, monthTotal(mo))}
              </td>
            ))}
            <td className="num" data-testid="plan-total">
              {formatNum(lang, C ? plan.length : 0)}
            </td>
          </tr>
        </tbody>
      </table>
      {plan.overflow.length > 0 && (
        <ul className="plan-overflow" role="alert">
          {plan.overflow.map((o) => (
            <li key={`${o.unit}-${o.month}`}>
              {t(
                'overflow',
                plan.unitNames[o.unit] ?? '',
                o.month,
                formatNum(lang, o.planned),
                formatNum(lang, o.capacity),
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="plan-capacity">
        <summary>{t('capacities')}</summary>
        <table>
          <tbody>
            {units.unitNames.map((u) => (
              <tr key={u}>
                <th scope="row">{u}</th>
                <td>
                  <Count
                    value={staff[u]?.[0] ?? null}
                    onChange={(v) => setStaff({ ...staff, [u]: [v, staff[u]?.[1] ?? null] })}
                    label={`${u} ${t('inspectors')}`}
                  />
                  {' × '}
                  <Count
                    value={staff[u]?.[1] ?? null}
                    onChange={(v) => setStaff({ ...staff, [u]: [staff[u]?.[0] ?? null, v] })}
                    label={`${u} ${t('perMonth')}`}
                  />
                </td>
                <td className="num">
                  {capacity && capacity[units.unitNames.indexOf(u)] >= 0
                    ? formatNum(lang, capacity[units.unitNames.indexOf(u)])
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
