/**
 * The area panel (区域详情): the town, grid cell or park in `store.area`, over the enterprises of the
 * current filter selection. Key figures from `areaMetrics` (no recount), the people in charge (grid
 * worker, responsible person; park type and managing body), the level and sector composition, the
 * area's enterprises (top 50 by score, one pass over the columns), "filter to this area", and a
 * side-by-side comparison with a second area of the same kind (`store.compareArea`).
 *
 * Sits over the right edge of the map like the enterprise drawer. Every figure's value element carries
 * `data-testid="area-metric-<key>"` (the compared area's: `area-compare-metric-<key>`) and the raw number
 * in `data-value`.
 */
import { EnterpriseName } from '../enterprise-name.tsx';
import { useCallback, useMemo, useState } from 'react';
import { useEscape } from '../../ui/use-escape.ts';
import type { AreaMetrics } from '../../data/area/area-metrics.ts';
import type { CoreDataset } from '../../data/dataset.ts';
import { LEVELS } from '../../domain/levels.ts';
import { nameIn, type Lang } from '../../i18n/strings.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { tr } from '../../domain/text.ts';
import { useStore, type AreaRef } from '../../state/store.ts';
import { LevelBadge } from '../level-badge.tsx';
import { openEnterprise } from '../common/open-enterprise.ts';
import {
  areaList,
  areasByName,
  FIGURES,
  figureValue,
  formatNumber,
  higherSide,
  scanArea,
  topSectors,
  withUnit,
  type FigureDef,
} from '../../data/area/area-data.ts';
import { dimFor, figureLabel } from './area-labels.ts';
import { LevelBar, SectorBars } from './area-charts.tsx';
import { AREA_TEXT, KIND_LABEL } from './strings.ts';
import { AreaInfo } from './area-info.tsx';
import { ExportButtons } from '../common/export-buttons.tsx';
import { comparisonFile } from './area-exports.ts';
import './area.css';

/** How many of the area's enterprises the list shows. */
export const AREA_LIST_SIZE = 50;

export function AreaPanel() {
  const area = useStore((s) => s.area);
  const dataset = useStore((s) => s.dataset);
  const metrics = useStore((s) => s.areaMetrics);
  // Under the drawer: Escape closes the drawer first, then this panel.
  useEscape(
    area !== null,
    useCallback(() => useStore.getState().openArea(null), []),
    useCallback(() => {
      const s = useStore.getState();
      return s.selected === null && !s.importOpen;
    }, []),
  );
  if (!area || !dataset || !metrics) return null;
  const m = metrics[area.kind];
  if (
    !Number.isInteger(area.index) ||
    area.index < 0 ||
    area.index >= m.count ||
    area.index >= areaList(dataset.manifest, area.kind).length
  )
    return null;
  // Keyed: a different area starts with the compare picker closed.
  return <AreaPanelBody key={`${area.kind}:${area.index}`} area={area} dataset={dataset} metrics={m} />;
}

function AreaPanelBody({ area, dataset, metrics }: { area: AreaRef; dataset: CoreDataset; metrics: AreaMetrics }) {
  const lang = useStore((s) => s.lang);
  const result = useStore((s) => s.result);
  const resultVersion = useStore((s) => s.resultVersion);
  const filters = useStore((s) => s.filters);
  const selectedRow = useStore((s) => s.selected);
  const compareArea = useStore((s) => s.compareArea);
  const openArea = useStore((s) => s.openArea);
  const setCompareArea = useStore((s) => s.setCompareArea);
  const only = useStore((s) => s.only);
  const [picking, setPicking] = useState(false);

  const { kind, index } = area;
  const manifest = dataset.manifest;
  const list = areaList(manifest, kind);
  const info = list[index];
  const c = dataset.enterprises;

  // Keyed on the result version: it counts the recomputes (each gives a new result).
  const scan = useMemo(() => {
    void resultVersion;
    if (!result || result.mask.length !== c.length) return null;
    return scanArea(c, result.mask, kind, index, AREA_LIST_SIZE);
  }, [c, result, resultVersion, kind, index]);
  const sectors = useMemo(() => (scan ? topSectors(scan.sectorCounts, 6) : []), [scan]);
  const choices = useMemo(() => areasByName(list, index), [list, index]);

  const compare =
    compareArea &&
    compareArea.kind === kind &&
    compareArea.index !== index &&
    compareArea.index >= 0 &&
    compareArea.index < list.length &&
    compareArea.index < metrics.count
      ? compareArea.index
      : null;

  const dim = dimFor(kind);
  const filtered = filters[dim].length === 1 && filters[dim][0] === index;
  const kindLabel = nameIn(lang, KIND_LABEL[kind]);
  const name = info.name || info.code || `#${index + 1}`;
  const compareName = compare !== null ? list[compare].name || list[compare].code || `#${compare + 1}` : '';
  const enterprises = metrics.enterprises[index];

  return (
    <aside className="area-panel" data-testid="area-panel" aria-label={`${kindLabel} ${name}`}>
      <header className="area-head">
        <h2 data-testid="area-title">
          <span className="area-name">{name}</span>
          <span className={`area-kind area-kind-${kind}`}>{kindLabel}</span>
        </h2>
        <button
          type="button"
          className="icon-button"
          onClick={() => openArea(null)}
          aria-label={nameIn(lang, AREA_TEXT.close)}
          title={nameIn(lang, AREA_TEXT.close)}
          data-testid="area-close"
        >
          ×
        </button>
      </header>

      <AreaInfo dataset={dataset} kind={kind} index={index} lang={lang} />

      <div className="area-actions">
        <button
          type="button"
          className={`area-button${filtered ? ' on' : ''}`}
          aria-pressed={filtered}
          data-testid="area-filter"
          onClick={() => only(dim, filtered ? [] : [index])}
        >
          {filtered ? `✓ ${nameIn(lang, AREA_TEXT.filterActive)}` : nameIn(lang, AREA_TEXT.filterHere)}
        </button>
        {compare === null && (
          <button
            type="button"
            className={`area-button${picking ? ' on' : ''}`}
            aria-expanded={picking}
            onClick={() => setPicking(!picking)}
            data-testid="area-compare-button"
          >
            {nameIn(lang, AREA_TEXT.compare)}
          </button>
        )}
      </div>

      {(picking || compare !== null) && (
        <div className="area-compare-pick">
          <label>
            <span className="muted">{nameIn(lang, AREA_TEXT.comparePick)}</span>
            <select
              value={compare ?? ''}
              data-testid="area-compare-select"
              onChange={(e) => setCompareArea(e.target.value === '' ? null : { kind, index: Number(e.target.value) })}
            >
              <option value="">—</option>
              {choices.map((i) => (
                <option key={i} value={i}>
                  {list[i].name || list[i].code}
                </option>
              ))}
            </select>
          </label>
          {compare !== null && (
            <button
              type="button"
              className="area-button"
              onClick={() => {
                setCompareArea(null);
                setPicking(false);
              }}
              data-testid="area-compare-clear"
            >
              {nameIn(lang, AREA_TEXT.clearCompare)}
            </button>
          )}
          {compare !== null && (
            <ExportButtons
              lang={lang}
              formats={['xlsx']}
              disabled={false}
              testIdPrefix="area-compare-export"
              titles={{ csv: AREA_TEXT.exportCompareTitle, xlsx: AREA_TEXT.exportCompareTitle }}
              make={() => comparisonFile(dataset, metrics, kind, index, compare, lang)}
            />
          )}
        </div>
      )}

      <h3>{nameIn(lang, AREA_TEXT.figures)}</h3>
      <p className="area-basis muted">
        {nameIn(lang, AREA_TEXT.basis)}
        {compare !== null && `${tr(lang, PUNCT.clauseSep)}${nameIn(lang, AREA_TEXT.higherHint)}`}
      </p>
      {enterprises === 0 && (
        <p className="area-warn" data-testid="area-empty">
          {compare !== null && `${name}${tr(lang, PUNCT.colon)}`}
          {nameIn(lang, AREA_TEXT.noEnterprises)}
        </p>
      )}
      {compare !== null && metrics.enterprises[compare] === 0 && (
        <p className="area-warn">
          {compareName}
          {tr(lang, PUNCT.colon)}
          {nameIn(
            lang,
            filters[dim].length > 0 && !filters[dim].includes(compare)
              ? AREA_TEXT.compareFilteredOut
              : AREA_TEXT.noEnterprises,
          )}
        </p>
      )}
      {compare === null ? (
        <table className="area-figures" data-testid="area-figures">
          <tbody>
            {FIGURES.map((f) => {
              const v = figureValue(metrics, info.areaKm2, f.key, index);
              return (
                <tr key={f.key}>
                  <th scope="row">
                    <FigureName def={f} lang={lang} />
                  </th>
                  <td data-testid={`area-metric-${f.key}`} data-value={String(v)}>
                    {withUnit(v, f.format, figureLabel(f.key, lang).unit)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <div className="area-compare" data-testid="area-compare">
          <table className="area-figures compare">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{nameIn(lang, AREA_TEXT.figures)}</span>
                </th>
                <th scope="col" className="area-col-name">
                  {name}
                </th>
                <th scope="col" className="area-col-name">
                  {compareName}
                </th>
              </tr>
            </thead>
            <tbody>
              {FIGURES.map((f) => {
                const a = figureValue(metrics, info.areaKm2, f.key, index);
                const b = figureValue(metrics, list[compare].areaKm2, f.key, compare);
                const hi = higherSide(f, a, b);
                const unit = figureLabel(f.key, lang).unit;
                return (
                  <tr key={f.key}>
                    <th scope="row">
                      <FigureName def={f} lang={lang} />
                    </th>
                    <td
                      className={hi === 'a' ? 'higher' : ''}
                      data-testid={`area-metric-${f.key}`}
                      data-value={String(a)}
                      data-higher={hi === 'a' || undefined}
                    >
                      {withUnit(a, f.format, unit)}
                    </td>
                    <td
                      className={hi === 'b' ? 'higher' : ''}
                      data-testid={`area-compare-metric-${f.key}`}
                      data-value={String(b)}
                      data-higher={hi === 'b' || undefined}
                    >
                      {withUnit(b, f.format, unit)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <h3>{nameIn(lang, AREA_TEXT.levelComposition)}</h3>
      <LevelBar
        counts={levelCounts(metrics, index)}
        lang={lang}
        caption={compare !== null ? name : undefined}
        testId="area-levelbar"
      />
      {compare !== null && (
        <LevelBar
          counts={levelCounts(metrics, compare)}
          lang={lang}
          caption={compareName}
          testId="area-compare-levelbar"
        />
      )}

      <h3>
        {nameIn(lang, AREA_TEXT.sectorComposition)}
        {compare !== null && <span className="area-h3-note">{name}</span>}
      </h3>
      {sectors.length === 0 ? (
        <p className="muted">{nameIn(lang, AREA_TEXT.noEnterprises)}</p>
      ) : (
        <SectorBars rows={sectors} lang={lang} />
      )}

      <h3>
        {nameIn(lang, AREA_TEXT.enterpriseList)}
        {tr(lang, PUNCT.parens, formatNumber(enterprises, 'int'))}
        {compare !== null && <span className="area-h3-note">{name}</span>}
      </h3>
      {!scan || scan.top.length === 0 ? (
        <p className="muted">{nameIn(lang, AREA_TEXT.noEnterprises)}</p>
      ) : (
        <>
          {enterprises > scan.top.length && (
            <p className="area-basis muted">{nameIn(lang, AREA_TEXT.enterpriseListTop)}</p>
          )}
          <ol className="area-enterprises">
            {Array.from(scan.top, (row, k) => {
              const isSel = selectedRow === row;
              return (
                <li key={row} className={isSel ? 'selected' : ''}>
                  <button
                    type="button"
                    onClick={() => openEnterprise(row)}
                    title={nameIn(lang, AREA_TEXT.openHint)}
                    aria-current={isSel || undefined}
                    data-testid="area-enterprise"
                    data-row={row}
                  >
                    <span className="area-rank">{k + 1}</span>
                    <EnterpriseName row={row} className="area-ent-name" />
                    <LevelBadge level={c.level[row]} />
                    <span className="area-ent-score">{formatNumber(c.score[row], 'dec1')}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </aside>
  );
}

function levelCounts(m: AreaMetrics, area: number): number[] {
  return LEVELS.map((_, l) => m.byLevel[area * 4 + l]);
}

/** A figure's label: the level badge (symbol + words + colour) for the per-level counts. */
function FigureName({ def, lang }: { def: FigureDef; lang: Lang }) {
  if (def.level !== undefined) return <LevelBadge level={def.level} />;
  const { label, note } = figureLabel(def.key, lang);
  return (
    <>
      {label}
      {note && (
        <>
          {' '}
          <span className="area-note">{note}</span>
        </>
      )}
    </>
  );
}
