import { useCallback, useMemo } from 'react';
import { useEscape } from '../ui/use-escape.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../i18n/use-t.ts';
import { hazardsOf, textAt } from '../data/enterprise-record.ts';
import { drawerRows } from '../data/common/columns/drawer-rows.ts';
import { HAZARD_CLOSED, HAZARD_LEVELS, HAZARD_SOURCES, HAZARD_STATUSES, type EnterpriseText } from '../data/dataset.ts';
import { formatDay, parseDay } from '../data/dates.ts';
import { nameIn } from '../i18n/strings.ts';
import { PUNCT } from '../domain/punct-strings.ts';
import { tr } from '../domain/text.ts';
import { LevelBadge } from './level-badge.tsx';
import { RiskExplanation } from './risk-explanation.tsx';
import { DetailsPending } from '../ui/details-pending.tsx';
import { DETAILS_TEXT } from '../ui/details-strings.ts';
import { lazyComponent } from '../ui/lazy-load.ts';
import { LazyPart } from './lazy-part.tsx';
import { APP_TEXT } from '../i18n/strings.ts';
import { INSPECTION_TEXT } from './common/inspection-strings.ts';

// The inspections are the supervision tab's code: loaded with it (prefetched when the browser is idle),
// so the drawer's own chunk stays small.
// What changed since a compared earlier data date: the comparison's code, loaded when one is open.
const DrawerChange = lazyComponent(
  () => import('./compare/drawer-change.tsx'),
  (m) => m.DrawerChange,
);
const InspectionHistory = lazyComponent(
  () => import('./supervision/index.ts'),
  (m) => m.InspectionHistory,
);

/** Every field of the selected enterprise, its inspections and its hazard ledger. */
export function EnterpriseDrawer() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const comparing = useStore((s) => s.comparison !== null);
  const dataset = useStore((s) => s.dataset);
  // Names and the ledger stream in after the first picture: the drawer opens at once and fills in.
  const text = useStore((s) => s.text);
  const h = useStore((s) => s.hazards);
  const row = useStore((s) => s.selected);
  const select = useStore((s) => s.select);
  const hazards = useMemo(() => (h && row !== null ? hazardsOf({ hazards: h }, row) : []), [h, row]);
  // The drawer is the topmost panel: Escape closes it first (not while the import dialog is up).
  useEscape(
    row !== null,
    useCallback(() => select(null), [select]),
    useCallback(() => !useStore.getState().importOpen, []),
  );
  if (!dataset || row === null) return null;
  const c = dataset.enterprises;
  const m = dataset.manifest;
  const asOf = parseDay(m.asOf) ?? 0;
  const pending = tr(lang, DETAILS_TEXT.names);
  const textOf = (col: keyof EnterpriseText) => (text ? textAt(text[col], row) : pending);
  const assessed = c.assessedLevel[row] >= 0;
  // Every field is declared with its column (src/data/common/columns/enterprise-columns.ts).
  const fields = drawerRows(dataset, text, row, {
    lang,
    say: (entry, ...args) => tr(lang, entry, ...args),
    list: (items) => items.join(tr(lang, PUNCT.enumSep)),
    parens: (inside) => tr(lang, PUNCT.parens, inside),
    none: t('none'),
    yes: t('yes'),
    no: t('no'),
    pending,
  });
  return (
    <aside className="drawer" data-testid="drawer" aria-label={textOf('name')}>
      <div className="drawer-head">
        <h2 data-testid="drawer-name">{text ? textAt(text.name, row) : <DetailsPending what="names" inline />}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={() => select(null)}
          aria-label={t('close')}
          title={t('close')}
        >
          ×
        </button>
      </div>
      <div className="drawer-level">
        <LevelBadge level={c.level[row]} />
        <span className="score">
          {c.score[row].toFixed(1)} {t('points')}
        </span>
        {assessed && (
          <span className="model-compare">
            {tr(lang, PUNCT.parenOpen)}
            {t('assessed')}
            {tr(lang, PUNCT.clauseSep)}
            {t('modelled')}
            {tr(lang, PUNCT.colon)}
            <LevelBadge level={c.modelLevel[row]} /> {c.modelScore[row].toFixed(1)}
            {tr(lang, PUNCT.parenClose)}
          </span>
        )}
      </div>
      {/* Why this level comes first: it is what a leader opens the drawer for. */}
      <RiskExplanation row={row} />
      {comparing && (
        <LazyPart name={APP_TEXT.changes}>
          <DrawerChange row={row} />
        </LazyPart>
      )}
      <dl className="fields">
        {fields.map((f) => (
          <div key={f.key} className="field">
            <dt>{tr(lang, f.label)}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <LazyPart name={INSPECTION_TEXT.history}>
        <InspectionHistory row={row} />
      </LazyPart>
      <h3>
        {t('hazardList')}
        {tr(lang, PUNCT.parens, h ? hazards.length : c.hazardsTotal[row])}
      </h3>
      {!h ? (
        <DetailsPending what="ledger" />
      ) : hazards.length === 0 ? (
        <p className="muted">{t('noHazards')}</p>
      ) : (
        <ul className="hazard-list" data-testid="drawer-hazards">
          {hazards.map((k) => {
            const open = h.status[k] !== HAZARD_CLOSED;
            const overdue = open && h.deadline[k] >= 0 && h.deadline[k] < asOf;
            return (
              <li key={k} className={`hazard ${open ? 'open' : 'closed'} ${h.level[k] === 1 ? 'major' : ''}`}>
                <div className="hazard-line">
                  <span className={`hazard-level ${h.level[k] === 1 ? 'major' : ''}`}>
                    {nameIn(lang, HAZARD_LEVELS[h.level[k]])}
                  </span>
                  <span>{nameIn(lang, HAZARD_STATUSES[h.status[k]])}</span>
                  {overdue && (
                    <span className="tag overdue">
                      {t('overdue')} {asOf - h.deadline[k]}d
                    </span>
                  )}
                  {h.listed[k] === 1 && <span className="tag listed">{t('listed')}</span>}
                </div>
                <div className="hazard-desc">{textAt(h.description, k)}</div>
                <div className="hazard-meta">
                  {textAt(h.id, k)} · {t('found')} {formatDay(h.found[k])}
                  {h.deadline[k] >= 0 && ` · ${t('deadline')} ${formatDay(h.deadline[k])}`}
                  {h.closed[k] >= 0 && ` · ${t('closedDate')} ${formatDay(h.closed[k])}`}
                  {h.source[k] < HAZARD_SOURCES.length && ` · ${nameIn(lang, HAZARD_SOURCES[h.source[k]])}`}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
