/** The area panel's words for the figures and metrics of src/data/area/area-data.ts, in the UI language. */
import { metricDef, type FigureKey } from '../../data/area/area-data.ts';
import type { AreaKind, AreaMetricKey } from '../../data/area/area-metrics.ts';
import { LEVELS } from '../../domain/levels.ts';
import { unitName } from '../../domain/text.ts';
import { nameIn, type Lang } from '../../i18n/strings.ts';
import type { ListDim } from '../../state/filters-slice.ts';
import { AREA_TEXT } from './strings.ts';

/** The unit of a metric in a language. */
export function metricUnit(key: AreaMetricKey, lang: Lang): string {
  return unitName(lang, metricDef(key));
}

/** The filter dimension of an area kind. */
export function dimFor(kind: AreaKind): ListDim {
  return kind === 'town' ? 'towns' : kind === 'grid' ? 'grids' : 'parks';
}

/** Label and unit of a figure in a language; `note` is a scale note shown after the label ("(0-100)"). */
export function figureLabel(key: FigureKey, lang: Lang): { label: string; unit: string; note?: string } {
  if (key === 'areaKm2') return { label: nameIn(lang, AREA_TEXT.areaKm2), unit: nameIn(lang, AREA_TEXT.km2) };
  if (key === 'openMajorHazards')
    return { label: nameIn(lang, AREA_TEXT.openMajorHazards), unit: nameIn(lang, AREA_TEXT.itemsUnit) };
  const level = LEVELS.find((l) => l.key === key);
  if (level) return { label: nameIn(lang, level), unit: nameIn(lang, AREA_TEXT.enterprisesUnit) };
  const d = metricDef(key as AreaMetricKey);
  const unit = unitName(lang, d);
  // A parenthesised scale note belongs to the label ("区域风险指数 (0-100)").
  return unit.startsWith('(') ? { label: nameIn(lang, d), unit: '', note: unit } : { label: nameIn(lang, d), unit };
}
