/**
 * The top-N list (风险排名): the highest-scoring filtered enterprises, numbered, for meetings. Found by
 * one scan of the mask with a small sorted buffer (sort-rows.ts `topByScore`), not a full sort.
 * A click does what a table row click does: open the drawer and fly the map there.
 * Fills its parent's height (height: 100%, or the remaining space in a flex column) and scrolls inside.
 */
import { EnterpriseName } from '../enterprise-name.tsx';
import { useMemo, useState } from 'react';
import { nameIn } from '../../i18n/strings.ts';
import { tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { LevelBadge } from '../level-badge.tsx';
import { openEnterprise } from '../common/open-enterprise.ts';
import { EMPTY_ROWS, topByScore } from '../../data/sort-rows.ts';
import { TABLE_TEXT } from './strings.ts';
import './table.css';

export const TOP_SIZES = [10, 20, 50] as const;
export type TopSize = (typeof TOP_SIZES)[number];

export function TopList({ defaultSize = 10 }: { defaultSize?: TopSize }) {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const result = useStore((s) => s.result);
  const resultVersion = useStore((s) => s.resultVersion);
  const selected = useStore((s) => s.selected);
  const [size, setSize] = useState<TopSize>(defaultSize);

  // Keyed on the result version: it counts the recomputes (each gives a new result).
  const top = useMemo(() => {
    void resultVersion;
    if (!dataset || !result || result.mask.length !== dataset.enterprises.length) return EMPTY_ROWS;
    return topByScore(dataset.enterprises.score, result.mask, size);
  }, [dataset, result, resultVersion, size]);

  const c = dataset?.enterprises;
  const towns = dataset?.manifest.towns ?? [];
  return (
    <div className="top-list" data-testid="top-list">
      <div className="tl-sizes" role="group" aria-label={nameIn(lang, TABLE_TEXT.topCount)}>
        <span className="tl-sizes-label">{nameIn(lang, TABLE_TEXT.topCount)}</span>
        {TOP_SIZES.map((n) => (
          <button
            key={n}
            type="button"
            aria-pressed={size === n}
            className={size === n ? 'on' : ''}
            onClick={() => setSize(n)}
            data-testid={`top-size-${n}`}
          >
            {tr(lang, TABLE_TEXT.topN, n)}
          </button>
        ))}
      </div>
      {top.length === 0 ? (
        <div className="tl-empty">{nameIn(lang, dataset ? TABLE_TEXT.noRows : TABLE_TEXT.noData)}</div>
      ) : (
        <ol className="tl-items" aria-label={nameIn(lang, TABLE_TEXT.topLabel)}>
          {c &&
            Array.from(top, (i, k) => {
              const t = c.town[i];
              const isSel = selected === i;
              return (
                <li key={i} data-testid="top-item" data-row={i} className={isSel ? 'selected' : ''}>
                  <button
                    type="button"
                    onClick={() => openEnterprise(i)}
                    aria-current={isSel || undefined}
                    title={nameIn(lang, TABLE_TEXT.openHint)}
                  >
                    <span className="tl-rank">{k + 1}</span>
                    <span className="tl-main">
                      <EnterpriseName row={i} className="tl-name" />
                      <span className="tl-sub">
                        <LevelBadge level={c.level[i]} />
                        <span className="tl-town">{t >= 0 && t < towns.length ? towns[t].name : ''}</span>
                      </span>
                    </span>
                    <span className="tl-score">{c.score[i].toFixed(1)}</span>
                  </button>
                </li>
              );
            })}
        </ol>
      )}
    </div>
  );
}
