/**
 * The key under the bulletin's map: one entry for every mark the printed map can hold. The map is
 * drawn with the bulletin's layers only (src/ui/map-capture.ts BULLETIN_MAP_LAYERS): the enterprise
 * points, each level in its shape and colour; the district's and the towns' outlines, which the base
 * map always draws; the parks, each type in its colour. Place names need no key. Each entry names the
 * layer kind it stands for (`data-mark`), so a test can hold the key against the kinds drawn.
 */
import type { Lang } from '../../domain/lang.ts';
import { LEVELS } from '../../domain/levels.ts';
import { PARK_TYPES } from '../../domain/parks.ts';
import { nameIn } from '../../i18n/strings.ts';
import { tr } from '../../domain/text.ts';
import { Sym } from './bulletin-parts.tsx';
import { BULLETIN_TEXT } from './strings.ts';

/** The kinds of BULLETIN_MAP_LAYERS that draw marks (the names are text) and the outlines the base map always draws. */
export const LEGEND_MARKS = ['points', 'district', 'towns', 'parkBoundaries'] as const;

export function BulletinLegend({ lang }: { lang: Lang }) {
  return (
    <div className="bl-key" data-testid="bulletin-legend">
      <ul>
        {LEVELS.map((l, k) => (
          <li key={l.key} data-mark="points">
            <Sym level={k} /> {nameIn(lang, l)}
          </li>
        ))}
      </ul>
      <ul>
        <li data-mark="district">
          <span className="bl-line bl-line-district" aria-hidden="true" /> {tr(lang, BULLETIN_TEXT.districtLine)}
        </li>
        <li data-mark="towns">
          <span className="bl-line bl-line-town" aria-hidden="true" /> {tr(lang, BULLETIN_TEXT.townLine)}
        </li>
        {PARK_TYPES.map((p) => (
          <li key={p.key} data-mark="parkBoundaries">
            <span
              className="bl-park"
              style={{ borderColor: `rgb(${p.fill.join(',')})`, background: `rgba(${p.fill.join(',')},0.22)` }}
              aria-hidden="true"
            />{' '}
            {nameIn(lang, p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
