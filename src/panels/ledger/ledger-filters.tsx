/**
 * The hazard ledger's filter column: level, status, source (empty = all), overdue only (on the data
 * date), listed supervision only, only enterprises passing the map filters (default on), only the
 * enterprise open in the drawer (the per-enterprise list), the found-date range (or "found date
 * follows the time slider": the table then lists the hazards found in the picked period) and the
 * closure-date range, each with the presets 本周 / 本月 (and 自上期以来 when the last period's data
 * date is given, `since`) of data/ledger/date-presets.ts. Kept in the ledger store across tab switches.
 */
import { useMemo } from 'react';
import { HAZARD_LEVELS, HAZARD_SOURCES, HAZARD_STATUSES } from '../../data/dataset.ts';
import { formatDay, parseDay } from '../../data/dates.ts';
import { ledgerDatePresets, type Preset } from '../../data/ledger/date-presets.ts';
import { periodStartOf } from '../../data/ledger/hazard-ledger.ts';
import { nameIn } from '../../i18n/strings.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { shortName, tr } from '../../domain/text.ts';
import type { Lang } from '../../domain/lang.ts';
import { useLedgerStore, useStore } from '../../state/store.ts';
import { LEDGER_TEXT } from './strings.ts';

export const SOURCE_NONE = 255;

/** A row of toggle chips for one list filter. */
function CodeChips({
  dim,
  codes,
  testPrefix,
}: {
  dim: 'levels' | 'statuses' | 'sources';
  codes: readonly { code: number; key: string; label: string }[];
  testPrefix: string;
}) {
  const list = useLedgerStore((s) => s.filters[dim]);
  const toggleCode = useLedgerStore((s) => s.toggleCode);
  return (
    <div className="lg-chips">
      {codes.map((c) => (
        <button
          key={c.code}
          type="button"
          className={list.includes(c.code) ? 'on' : ''}
          aria-pressed={list.includes(c.code)}
          data-testid={`${testPrefix}-${c.key}`}
          onClick={() => toggleCode(dim, c.code)}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}

function Check({
  checked,
  onChange,
  label,
  testId,
  disabled,
}: {
  checked: boolean;
  onChange: (v: boolean) => void;
  label: string;
  testId: string;
  disabled?: boolean;
}) {
  return (
    <label className={`lg-check${disabled ? ' disabled' : ''}`}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

const dateValue = (d: number | null) => (d === null ? '' : formatDay(d));
const readDate = (v: string) => (v === '' ? null : (parseDay(v) ?? null));

/**
 * A from/to pair of date inputs with the preset buttons above them; a preset is pressed while the
 * range is exactly its range. `testPrefix`: the inputs are `${testPrefix}-from` / `-to`, the presets
 * `${testPrefix}-preset-<key>`.
 */
function DateRange({
  lang,
  label,
  from,
  to,
  disabled,
  presets,
  onChange,
  testPrefix,
}: {
  lang: Lang;
  label: string;
  from: number | null;
  to: number | null;
  disabled?: boolean;
  presets: readonly Preset[];
  onChange: (from: number | null, to: number | null) => void;
  testPrefix: string;
}) {
  return (
    <>
      <div className="lg-flabel">{label}</div>
      <div className="lg-chips lg-presets" role="group" aria-label={label}>
        {presets.map((p) => {
          const on = !disabled && p.from === from && p.to === to;
          return (
            <button
              key={p.key}
              type="button"
              className={on ? 'on' : ''}
              aria-pressed={on}
              data-testid={`${testPrefix}-preset-${p.key}`}
              title={`${formatDay(p.from)} – ${formatDay(p.to)}`}
              onClick={() => (on ? onChange(null, null) : onChange(p.from, p.to))}
            >
              {nameIn(lang, p.label)}
            </button>
          );
        })}
      </div>
      <label className="lg-date">
        <span>{nameIn(lang, LEDGER_TEXT.from)}</span>
        <input
          type="date"
          value={dateValue(from)}
          disabled={disabled}
          data-testid={`${testPrefix}-from`}
          onChange={(e) => onChange(readDate(e.currentTarget.value), to)}
        />
      </label>
      <label className="lg-date">
        <span>{nameIn(lang, LEDGER_TEXT.to)}</span>
        <input
          type="date"
          value={dateValue(to)}
          disabled={disabled}
          data-testid={`${testPrefix}-to`}
          onChange={(e) => onChange(from, readDate(e.currentTarget.value))}
        />
      </label>
    </>
  );
}

export function LedgerFilterColumn({ asOf, since }: { asOf: number; since?: { day: number } }) {
  const lang = useStore((s) => s.lang);
  const selected = useStore((s) => s.selected);
  const selectedName = useStore((s) => (s.selected !== null ? (s.text?.name.get(s.selected) ?? '') : ''));
  const f = useLedgerStore((s) => s.filters);
  const setFilters = useLedgerStore((s) => s.setFilters);
  const clearFilters = useLedgerStore((s) => s.clearFilters);
  const period = useLedgerStore((s) => s.period);
  const step = useLedgerStore((s) => s.step);
  const sinceDay = since?.day;
  const presets = useMemo(
    () => ledgerDatePresets(asOf, sinceDay === undefined ? undefined : { day: sinceDay }),
    [asOf, sinceDay],
  );

  const levels = HAZARD_LEVELS.map((l, code) => ({ code, key: l.key, label: shortName(lang, l) }));
  const statuses = HAZARD_STATUSES.map((s, code) => ({ code, key: s.key, label: nameIn(lang, s) }));
  const sources = [
    ...HAZARD_SOURCES.map((s, code) => ({ code, key: s.key, label: nameIn(lang, s) })),
    { code: SOURCE_NONE, key: 'none', label: nameIn(lang, LEDGER_TEXT.sourceNone) },
  ];
  const follow = f.followSlider;
  const shownFrom = follow ? (period ? period.start : periodStartOf(asOf, step)) : f.from;
  const shownTo = follow ? (period ? period.end : asOf) : f.to;

  return (
    <div className="lg-filters" role="group" aria-label={nameIn(lang, LEDGER_TEXT.filters)}>
      <div className="lg-fgroup">
        <div className="lg-flabel">{nameIn(lang, LEDGER_TEXT.level)}</div>
        <CodeChips dim="levels" codes={levels} testPrefix="ledger-filter-level" />
      </div>
      <div className="lg-fgroup">
        <div className="lg-flabel">{nameIn(lang, LEDGER_TEXT.status)}</div>
        <CodeChips dim="statuses" codes={statuses} testPrefix="ledger-filter-status" />
      </div>
      <div className="lg-fgroup">
        <div className="lg-flabel">{nameIn(lang, LEDGER_TEXT.source)}</div>
        <CodeChips dim="sources" codes={sources} testPrefix="ledger-filter-source" />
      </div>
      <div className="lg-fgroup">
        <Check
          checked={f.overdueOnly}
          onChange={(v) => setFilters({ overdueOnly: v })}
          label={nameIn(lang, LEDGER_TEXT.overdueOnly)}
          testId="ledger-filter-overdue"
        />
        <Check
          checked={f.listedOnly}
          onChange={(v) => setFilters({ listedOnly: v })}
          label={nameIn(lang, LEDGER_TEXT.listedOnly)}
          testId="ledger-filter-listed"
        />
        <Check
          checked={f.inMapFilter}
          onChange={(v) => setFilters({ inMapFilter: v })}
          label={nameIn(lang, LEDGER_TEXT.inMapFilter)}
          testId="ledger-filter-map"
        />
        <Check
          checked={f.onlySelected && selected !== null}
          disabled={selected === null}
          onChange={(v) => setFilters({ onlySelected: v })}
          testId="ledger-filter-enterprise"
          label={`${nameIn(lang, LEDGER_TEXT.onlySelected)}${selected !== null ? `${tr(lang, PUNCT.colon)}${selectedName}` : nameIn(lang, LEDGER_TEXT.onlySelectedNone)}`}
        />
      </div>
      <div className="lg-fgroup">
        <DateRange
          lang={lang}
          label={nameIn(lang, LEDGER_TEXT.foundRange)}
          from={shownFrom}
          to={shownTo}
          disabled={follow}
          presets={presets}
          onChange={(from, to) => setFilters({ from, to, followSlider: false })}
          testPrefix="ledger-filter"
        />
        <Check
          checked={follow}
          onChange={(v) => setFilters({ followSlider: v })}
          label={nameIn(lang, LEDGER_TEXT.followSlider)}
          testId="ledger-filter-follow"
        />
      </div>
      <div className="lg-fgroup">
        <DateRange
          lang={lang}
          label={nameIn(lang, LEDGER_TEXT.closedRange)}
          from={f.closedFrom}
          to={f.closedTo}
          presets={presets}
          onChange={(closedFrom, closedTo) => setFilters({ closedFrom, closedTo })}
          testPrefix="ledger-filter-closed"
        />
      </div>
      <button type="button" className="lg-clear" data-testid="ledger-filter-clear" onClick={clearFilters}>
        {nameIn(lang, LEDGER_TEXT.clear)}
      </button>
    </div>
  );
}
