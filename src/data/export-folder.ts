/**
 * A loaded dataset written back as a data folder in the docs/data-format.md layout (WGS84
 * boundaries, the canonical column names), so an import made in the browser can be built and
 * deployed as a static bundle with `npm run build-data`. Pure: the caller zips and downloads.
 *
 * The two CSVs are also opened in Excel or WPS by whoever receives the folder, so every text taken
 * from the import (codes, names, addresses, hazard ids, descriptions, people) goes through the same
 * formula guard as the table and ledger exports (export-csv.ts): `=HYPERLINK(…)` in an enterprise's
 * name would otherwise be a live link there. The CSV import (csv.ts unguardCell) takes the guard off
 * again, so the folder still builds into the same values. Numbers and dates written here are ours.
 */
import { flagKeys } from '../domain/flags.ts';
import { LEVELS } from '../domain/levels.ts';
import { PARK_TYPES } from '../domain/parks.ts';
import { SECTORS } from '../domain/sectors.ts';
import { SCALES } from './columns.ts';
import { formatDay } from './dates.ts';
import { neutraliseFormula } from './export-csv.ts';
import { HAZARD_LEVELS, HAZARD_SOURCES, HAZARD_STATUSES, type Dataset, type PolygonFeatureCollection } from './dataset.ts';

const cell = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (cells: readonly string[]) => cells.map(cell).join(',');
/** A text cell from the data: guarded against formula injection (see the top of this file). */
const text = (v: string | null | undefined): string => neutraliseFormula(v ?? '');

function layer(fc: PolygonFeatureCollection, props: (i: number) => Record<string, unknown>): string {
  return JSON.stringify({ type: 'FeatureCollection', features: fc.features.map((f) => ({ type: 'Feature', properties: props(Number(f.properties.i)), geometry: f.geometry })) });
}

/** File name -> content, for every file of the folder. */
export function datasetToFolder(d: Dataset): Record<string, string> {
  const m = d.manifest;
  const c = d.enterprises;
  const t = d.text;
  const ent = [line(['credit_code', 'name', 'lon', 'lat', 'sector', 'industry_code', 'address', 'scale', 'employees', 'flags', 'standardization_grade', 'accidents_3y', 'major_accident_3y', 'penalties_1y', 'risk_score', 'risk_level'])];
  for (let i = 0; i < c.length; i++) {
    const assessed = c.assessedLevel[i] >= 0;
    ent.push(line([
      text(t.creditCode.get(i)), text(t.name.get(i)), c.lon[i].toFixed(7), c.lat[i].toFixed(7), SECTORS[c.sector[i]].key, text(t.industryCode.get(i)), text(t.address.get(i)),
      SCALES[c.scale[i]].key, String(c.employees[i]), flagKeys(c.flags[i]).filter((k) => k !== 'small_micro').join(';'), String(c.stdGrade[i]),
      String(c.accidents3y[i]), c.majorAccident3y[i] ? 'true' : 'false', String(c.penalties1y[i]),
      // Scores are Float32 in the bundle: 33.2 would come back as 33.20000076293945 without rounding.
      assessed && Number.isFinite(c.assessedScore[i]) ? String(Math.round(c.assessedScore[i] * 100) / 100) : '', assessed ? LEVELS[c.assessedLevel[i]].key : '',
    ]));
  }
  const h = d.hazards;
  const haz = [line(['id', 'credit_code', 'found_date', 'level', 'status', 'deadline', 'closed_date', 'source', 'description', 'responsible_person', 'listed_supervision'])];
  for (let k = 0; k < h.length; k++) {
    haz.push(line([
      text(h.id.get(k)), text(t.creditCode.get(h.enterprise[k])), formatDay(h.found[k]), HAZARD_LEVELS[h.level[k]].key, HAZARD_STATUSES[h.status[k]].key,
      formatDay(h.deadline[k]), formatDay(h.closed[k]), h.source[k] === 255 ? '' : HAZARD_SOURCES[h.source[k]].key,
      text(h.description.get(k)), text(h.responsiblePerson.get(k)), h.listed[k] ? 'true' : 'false',
    ]));
  }
  const townCode = (i: number) => (i >= 0 ? m.towns[i]?.code ?? '' : '');
  return {
    'towns.geojson': layer(d.geo.towns, (i) => ({ code: m.towns[i].code, name: m.towns[i].name })),
    'grid.geojson': layer(d.geo.grid, (i) => {
      const g = m.grids[i];
      return { code: g.code, name: g.name, town_code: townCode(g.town), grid_worker: g.gridWorker, grid_worker_phone: g.gridWorkerPhone, responsible_person: g.responsiblePerson };
    }),
    'parks.geojson': layer(d.geo.parks, (i) => {
      const p = m.parks[i];
      return { code: p.code, name: p.name, type: PARK_TYPES[p.type].key, managing_body: p.managingBody };
    }),
    'district.geojson': JSON.stringify({ type: 'FeatureCollection', features: d.geo.district.features.map((f, i) => ({ type: 'Feature', properties: { code: `district-${i + 1}` }, geometry: f.geometry })) }),
    'enterprises.csv': ent.join('\n') + '\n',
    'hazards.csv': haz.join('\n') + '\n',
    'meta.json': JSON.stringify({ name: m.name, name_en: m.nameEn, as_of: m.asOf, coords: 'wgs84' }, null, 1),
    ...(m.riskModel ? { 'risk-model.json': JSON.stringify(m.riskModel, null, 1) } : {}),
  };
}
