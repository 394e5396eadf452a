/** Parts of the printed bulletin page (bulletin.tsx): a level's symbol, a KPI figure, a list of hazards (enterprise, its town, the hazard's description or id, days overdue). */
import type { Lang } from '../../domain/lang.ts';
import { LEVELS } from '../../domain/levels.ts';
import type { Dataset } from '../../data/dataset.ts';
import type { HazardList } from '../../data/bulletin-data.ts';
import { tr } from '../../domain/text.ts';
import { BULLETIN_TEXT } from './strings.ts';

export function Sym({ level }: { level: number }) {
  const l = LEVELS[level];
  if (!l) return <span className="bl-sym" />;
  return <span className={`bl-sym bl-${l.key}`}>{l.symbol}</span>;
}

export function Kpi({
  label,
  value,
  sub = null,
  level,
  alert = false,
}: {
  label: string;
  value: string;
  sub?: string | null;
  level?: number;
  alert?: boolean;
}) {
  const key = level === undefined ? null : LEVELS[level].key;
  return (
    <div className={`bl-kpi${key ? ` bl-kpi-${key}` : ''}${alert ? ' bl-kpi-alert' : ''}`} data-testid="bulletin-kpi">
      <div className="bl-kpi-label">
        {level !== undefined && <Sym level={level} />} {label}
      </div>
      <div className="bl-kpi-value">{value}</div>
      {sub && <div className="bl-kpi-sub">{sub}</div>}
    </div>
  );
}

export function HazardSection({
  testId,
  className,
  title,
  list,
  dataset,
  lang,
  asOf,
}: {
  testId: string;
  className: string;
  title: string;
  list: HazardList;
  dataset: Dataset;
  lang: Lang;
  asOf: string;
}) {
  const more = list.count - list.lines.length;
  return (
    <section className={`bl-hazards ${className}`} data-testid={testId} data-count={list.count}>
      <h2 className="bl-h">
        {title}
        <span className="bl-h-note">{tr(lang, BULLETIN_TEXT.asOfDay, asOf)}</span>
      </h2>
      <table className="bl-table">
        <thead>
          <tr>
            <th className="bl-hz-firm">{tr(lang, BULLETIN_TEXT.enterprise)}</th>
            <th className="bl-town">{tr(lang, BULLETIN_TEXT.town)}</th>
            <th>{tr(lang, BULLETIN_TEXT.hazard)}</th>
            <th className="bl-num">{tr(lang, BULLETIN_TEXT.daysOverdue)}</th>
          </tr>
        </thead>
        <tbody>
          {list.lines.map((l) => {
            const town = dataset.enterprises.town[l.enterprise];
            const towns = dataset.manifest.towns;
            // The hazard as the ledger describes it, or its id when it has no description.
            const what = dataset.hazards.description.get(l.hazard) || dataset.hazards.id.get(l.hazard) || '';
            return (
              <tr key={l.hazard} data-testid="bulletin-hazard-row" data-hazard={dataset.hazards.id.get(l.hazard) ?? ''}>
                <td className="bl-name bl-hz-firm">
                  <Sym level={dataset.enterprises.level[l.enterprise]} /> {dataset.text.name.get(l.enterprise) ?? ''}
                </td>
                <td className="bl-town" data-testid="bulletin-hazard-town">
                  {town >= 0 && town < towns.length ? towns[town].name : ''}
                </td>
                <td className="bl-hz-what" data-testid="bulletin-hazard-what" title={what}>
                  {what}
                </td>
                <td className="bl-num">
                  {l.daysOverdue > 0 ? tr(lang, BULLETIN_TEXT.days, l.daysOverdue) : tr(lang, BULLETIN_TEXT.notOverdue)}
                </td>
              </tr>
            );
          })}
          {list.count === 0 && (
            <tr>
              <td colSpan={4}>{tr(lang, BULLETIN_TEXT.none)}</td>
            </tr>
          )}
        </tbody>
      </table>
      {more > 0 && <p className="bl-more">{tr(lang, BULLETIN_TEXT.more, more)}</p>}
    </section>
  );
}
