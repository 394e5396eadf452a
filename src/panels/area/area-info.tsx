/** The area panel's head lines: code, town and the people in charge (grid cell), or type and managing body (park). */
import type { AreaKind } from '../../data/area/area-metrics.ts';
import type { CoreDataset } from '../../data/dataset.ts';
import { PARK_TYPES } from '../../domain/parks.ts';
import { nameIn, type Lang } from '../../i18n/strings.ts';
import { AREA_TEXT } from './strings.ts';

/** Code, town and the people in charge (grid cell) or type and managing body (park). */
export function AreaInfo({
  dataset,
  kind,
  index,
  lang,
}: {
  dataset: CoreDataset;
  kind: AreaKind;
  index: number;
  lang: Lang;
}) {
  const m = dataset.manifest;
  const none = nameIn(lang, AREA_TEXT.none);
  const townName = (t: number) => (t >= 0 && t < m.towns.length ? m.towns[t].name : none);
  const rows: [string, string, string][] = [];
  if (kind === 'town') {
    rows.push([nameIn(lang, AREA_TEXT.code), m.towns[index].code || none, 'code']);
  } else if (kind === 'grid') {
    const g = m.grids[index];
    rows.push(
      [nameIn(lang, AREA_TEXT.code), g.code || none, 'code'],
      [nameIn(lang, AREA_TEXT.town), townName(g.town), 'town'],
      [nameIn(lang, AREA_TEXT.gridWorker), `${g.gridWorker} ${g.gridWorkerPhone}`.trim() || none, 'grid-worker'],
      [nameIn(lang, AREA_TEXT.responsiblePerson), g.responsiblePerson || none, 'responsible'],
    );
  } else {
    const p = m.parks[index];
    const type = PARK_TYPES[p.type];
    rows.push(
      [nameIn(lang, AREA_TEXT.code), p.code || none, 'code'],
      [nameIn(lang, AREA_TEXT.parkType), type ? nameIn(lang, type) : none, 'park-type'],
      [nameIn(lang, AREA_TEXT.managingBody), p.managingBody || none, 'managing-body'],
      [nameIn(lang, AREA_TEXT.town), townName(p.town), 'town'],
    );
  }
  return (
    <dl className="area-info">
      {rows.map(([k, v, id]) => (
        <div key={id} className="area-info-row">
          <dt>{k}</dt>
          <dd data-testid={`area-info-${id}`}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
