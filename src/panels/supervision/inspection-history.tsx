/**
 * The enterprise drawer's inspections (检查记录): the enterprise's supervision class, its last
 * administrative inspection, when the next is due (overdue by how many days, or due within 30 days,
 * in words), this year's administrative inspections against the class's cap, and every inspection of
 * the ledger, newest first: date, kind (patrols, self-checks and any kind the settings do not count
 * marked "不计入"), unit, inspectors, result, hazards found, penalty and fine. Records dated after the
 * data date are marked so: they count for nothing in the status. The index from an enterprise to its
 * inspections is built once per ledger (src/data/supervision inspection-index.ts).
 */
import { useMemo } from 'react';
import { formatDay } from '../../data/dates.ts';
import type { EnterpriseColumns } from '../../data/columns.ts';
import type { InspectionColumns } from '../../data/dataset.ts';
import { inspectionIndexOf, inspectionsOf } from '../../data/supervision/index.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import {
  classify,
  DUE_SOON,
  INSPECTION_BITS,
  INSPECTION_KINDS,
  NEVER,
  OVER_CAP,
  AT_CAP,
  OVERDUE,
  STATE_BITS,
  type SupervisionSettings,
} from '../../domain/supervision/index.ts';
import { dataName, formatNum, tr, type Text, type TextArg } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import type { Lang } from '../../domain/lang.ts';
import { useStore } from '../../state/store.ts';
import { asOfDay } from '../../state/supervision-slice.ts';
import { COLUMN_HEADERS } from '../../data/common/columns/column-strings.ts';
import { INSPECTION_TEXT } from '../common/inspection-strings.ts';
import { SETTINGS_TEXT } from './settings-strings.ts';
import { HISTORY_TEXT } from './strings.ts';
import './supervision.css';

const bitWord = (bit: number) => INSPECTION_BITS.find((b) => b.bit === bit)!;

/** One enterprise's class under the settings (for a drawer open before the status is computed). */
function classOf(c: EnterpriseColumns, row: number, s: SupervisionSettings): number {
  const one = <A extends Uint8Array | Uint16Array>(a: A) => a.subarray(row, row + 1) as A;
  return classify(
    { length: 1, level: one(c.level), sector: one(c.sector), flags: one(c.flags), stdGrade: one(c.stdGrade) },
    s,
  )[0];
}

export function InspectionHistory({ row }: { row: number }) {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const inspections = useStore((s) => s.inspections);
  const settings = useStore((s) => s.supervision);
  const statusAll = useStore((s) => s.supervisionStatus);
  const n = dataset?.enterprises.length ?? 0;
  const index = useMemo(() => (inspections ? inspectionIndexOf(inspections, n) : null), [inspections, n]);
  if (!dataset || row < 0 || row >= n) return null;
  const t = (e: Text, ...args: TextArg[]) => tr(lang, e, ...args);
  const c = dataset.enterprises;
  const asOf = asOfDay(dataset);
  const status = statusAll && statusAll.state.length === n ? statusAll : null;
  const k = status ? status.cls[row] : classOf(c, row, settings);
  const cls = settings.classes[k];
  const list = index ? inspectionsOf(index, row) : null;
  const expected = (dataset.manifest.inspections ?? 0) > 0;

  return (
    <section className="inspection-history" data-testid="drawer-inspections">
      <h3>
        {t(INSPECTION_TEXT.history)}
        {list && t(PUNCT.parens, list.length)}
      </h3>
      <dl className="fields">
        <div className="field">
          <dt>{t(SETTINGS_TEXT.class)}</dt>
          <dd data-testid="drawer-class" data-class={cls?.key}>
            {cls ? dataName(lang, cls) : '—'}
          </dd>
        </div>
        {status && cls && <StatusFields lang={lang} row={row} asOf={asOf} cls={cls} status={status} />}
      </dl>
      {!inspections || !list ? (
        <p className="muted" data-testid={expected ? 'drawer-inspections-loading' : 'drawer-inspections-none'}>
          {t(expected ? INSPECTION_TEXT.ledgerLoading : INSPECTION_TEXT.noLedgerShort)}
        </p>
      ) : list.length === 0 ? (
        <p className="muted" data-testid="drawer-inspections-empty">
          {t(HISTORY_TEXT.noRecords)}
        </p>
      ) : (
        <ul className="insp-list" data-testid="drawer-inspection-list">
          {Array.from(list)
            .reverse()
            .map((r) => (
              <InspectionItem key={r} lang={lang} ledger={inspections} r={r} asOf={asOf} settings={settings} />
            ))}
        </ul>
      )}
    </section>
  );
}

function StatusFields({
  lang,
  row,
  asOf,
  cls,
  status,
}: {
  lang: Lang;
  row: number;
  asOf: number;
  cls: SupervisionSettings['classes'][number];
  status: NonNullable<ReturnType<typeof useStore.getState>['supervisionStatus']>;
}) {
  const t = (e: Text, ...args: TextArg[]) => tr(lang, e, ...args);
  const bits = STATE_BITS[status.state[row]];
  const last = status.last[row];
  const next = status.next[row];
  const year = status.yearCount[row];
  const tag = (bit: number, className: string, text: string) => (
    <span className={`tag ${className}`} data-testid={`drawer-status-${bitWord(bit).key}`}>
      {text}
    </span>
  );
  return (
    <>
      <div className="field">
        <dt>{t(HISTORY_TEXT.last)}</dt>
        <dd data-testid="drawer-last-inspected">
          {last >= 0 ? formatDay(last) : t(HISTORY_TEXT.noneYet)}{' '}
          {bits & NEVER ? tag(NEVER, 'overdue', t(bitWord(NEVER))) : null}
        </dd>
      </div>
      <div className="field">
        <dt>{t(HISTORY_TEXT.next)}</dt>
        <dd data-testid="drawer-next-due">
          {cls.intervalMonths === null ? (
            t(SETTINGS_TEXT.randomOnly)
          ) : next < 0 ? (
            '—'
          ) : (
            <>
              {formatDay(next)}{' '}
              {bits & OVERDUE
                ? tag(OVERDUE, 'overdue', t(HISTORY_TEXT.overdueBy, asOf - next))
                : bits & DUE_SOON
                  ? tag(
                      DUE_SOON,
                      'due-soon',
                      `${t(bitWord(DUE_SOON))}${t(PUNCT.parens, next === asOf ? t(HISTORY_TEXT.dueToday) : t(HISTORY_TEXT.daysLeft, next - asOf))}`,
                    )
                  : null}
            </>
          )}
        </dd>
      </div>
      <div className="field">
        <dt>{t(HISTORY_TEXT.thisYear)}</dt>
        <dd data-testid="drawer-year-count" data-count={year}>
          {cls.yearlyCap === null ? t(HISTORY_TEXT.noCap, year) : t(HISTORY_TEXT.ofCap, year, cls.yearlyCap)}{' '}
          {bits & OVER_CAP
            ? tag(OVER_CAP, 'overdue', t(bitWord(OVER_CAP)))
            : bits & AT_CAP
              ? tag(AT_CAP, 'due-soon', t(bitWord(AT_CAP)))
              : null}
        </dd>
      </div>
    </>
  );
}

function InspectionItem({
  lang,
  ledger,
  r,
  asOf,
  settings,
}: {
  lang: Lang;
  ledger: InspectionColumns;
  r: number;
  asOf: number;
  settings: SupervisionSettings;
}) {
  const t = (e: Text, ...args: TextArg[]) => tr(lang, e, ...args);
  const kind = INSPECTION_KINDS[ledger.kind[r]] as (typeof INSPECTION_KINDS)[number] | undefined;
  const counted = kind !== undefined && settings.administrativeKinds.includes(kind.key);
  const after = ledger.day[r] > asOf;
  const text = (col: 'id' | 'unit' | 'inspectors' | 'result') => (ledger[col].get(r) ?? '').trim();
  const labelled = (label: Text, value: string) => `${t(label)}${t(PUNCT.colon)}${value}`;
  const meta = [
    text('unit') && labelled(COLUMN_HEADERS.inspectingUnit, text('unit')),
    text('inspectors') && labelled(COLUMN_HEADERS.inspectors, text('inspectors')),
  ].filter(Boolean);
  const found = ledger.hazardsFound[r];
  const penalty = ledger.penalty[r];
  const fine = ledger.fine[r];
  const fineText = Number.isFinite(fine) && fine > 0 ? t(HISTORY_TEXT.fine, formatNum(lang, fine)) : '';
  const outcome = [
    found >= 0 && labelled(COLUMN_HEADERS.hazardsFound, formatNum(lang, found)),
    penalty === 1 || penalty === 0
      ? labelled(
          COLUMN_HEADERS.penalty,
          penalty === 1 ? `${t(WORDS.yes)}${fineText && t(PUNCT.listSep) + fineText}` : t(WORDS.no),
        )
      : fineText && labelled(COLUMN_HEADERS.penalty, fineText),
  ].filter(Boolean);
  return (
    <li
      className={`insp${counted ? ' counted' : ' not-counted'}${after ? ' after' : ''}`}
      data-testid="drawer-inspection"
      data-row={r}
      data-counted={counted ? 1 : 0}
      data-after={after ? 1 : 0}
    >
      <div className="insp-line">
        <span className="insp-date">{formatDay(ledger.day[r])}</span>
        <span className="insp-kind" title={kind && !counted ? t(HISTORY_TEXT.notCountedHint) : undefined}>
          {kind ? t(kind) : t(HISTORY_TEXT.kindUnknown)}
          {!counted && t(PUNCT.parens, t(HISTORY_TEXT.notCounted))}
        </span>
        {after && (
          <span className="tag after" title={t(HISTORY_TEXT.afterAsOfHint, formatDay(asOf))}>
            {t(HISTORY_TEXT.afterAsOf)}
          </span>
        )}
      </div>
      {meta.length > 0 && <div className="insp-meta">{meta.join(' · ')}</div>}
      {text('result') && <div className="insp-result">{labelled(COLUMN_HEADERS.inspectionResult, text('result'))}</div>}
      {(outcome.length > 0 || text('id')) && (
        <div className="insp-meta">
          {[...outcome, text('id') && labelled(COLUMN_HEADERS.inspectionId, text('id'))].filter(Boolean).join(' · ')}
        </div>
      )}
    </li>
  );
}
