/**
 * A loaded dataset written back as a data folder in the docs/data-format.md layout (WGS84
 * boundaries, the canonical column names), so an import made in the browser can be built and
 * deployed as a static bundle with `npm run build-data`. Pure: the caller zips and downloads.
 *
 * The CSVs are also opened in Excel or WPS by whoever receives the folder, so every text taken from
 * the import (codes, names, addresses, hazard and inspection ids, descriptions, units, people, results)
 * goes through the same formula guard as the table and ledger exports (export-csv.ts):
 * `=HYPERLINK(…)` in an enterprise's name would otherwise be a live link there. The CSV import (csv.ts unguardCell) takes the guard off
 * again, so the folder still builds into the same values. Numbers and dates written here are ours.
 */
import { PARK_TYPES } from '../domain/parks.ts';
import type { ColumnRegistry, TextSource } from './common/columns/column-types.ts';
import { ENTERPRISE_COLUMNS } from './common/columns/enterprise-columns.ts';
import { importFields, withPart } from './common/columns/select.ts';
import { formatDay } from './dates.ts';
import { neutraliseFormula } from './export-csv.ts';
import {
  HAZARD_LEVELS,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  type Dataset,
  type InspectionColumns,
  type PolygonFeatureCollection,
} from './dataset.ts';
import { INSPECTION_KINDS, UNKNOWN_KIND } from '../domain/supervision/inspection-kinds.ts';

const cell = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (cells: readonly string[]) => cells.map(cell).join(',');
/** A text cell from the data: guarded against formula injection (see the top of this file). */
const text = (v: string | null | undefined): string => neutraliseFormula(v ?? '');

function layer(fc: PolygonFeatureCollection, props: (i: number) => Record<string, unknown>): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      properties: props(Number(f.properties.i)),
      geometry: f.geometry,
    })),
  });
}

/**
 * enterprises.csv: every column the registry writes to the folder, under its import field's name, in
 * the registry's order (the order of docs/data-format.md).
 */
function enterprisesCsv(d: Dataset, registry: ColumnRegistry): string {
  const columns = withPart(registry, 'folder').map(([name, cellOf]) => ({
    field: importFields({ [name]: registry[name] })[0].field,
    cellOf,
    guard: registry[name].type === 'Utf8',
  }));
  const x = { i: 0, c: d.enterprises, text: d.text as unknown as Record<string, TextSource> };
  const ent = [line(columns.map((c) => c.field))];
  for (let i = 0; i < d.enterprises.length; i++) {
    x.i = i;
    ent.push(line(columns.map(({ cellOf, guard }) => (guard ? text(cellOf(x)) : cellOf(x)))));
  }
  return ent.join('\n') + '\n';
}

/** The penalty cell as the import reads it back: the fine when there is one, else yes or no; empty when not given. */
const penaltyCell = (penalty: number, fine: number): string =>
  penalty === 1 ? (fine === fine ? String(fine) : 'yes') : penalty === 0 ? 'no' : '';

/** inspections.csv: the inspection ledger under its import fields' names, the enterprise by credit code. */
function inspectionsCsv(x: InspectionColumns, creditCode: (row: number) => string | null): string {
  const out = [line(['id', 'credit_code', 'date', 'kind', 'unit', 'inspectors', 'result', 'hazards_found', 'penalty'])];
  for (let k = 0; k < x.length; k++) {
    out.push(
      line([
        text(x.id.get(k)),
        text(creditCode(x.enterprise[k])),
        formatDay(x.day[k]),
        x.kind[k] === UNKNOWN_KIND ? '' : (INSPECTION_KINDS[x.kind[k]]?.key ?? ''),
        text(x.unit.get(k)),
        text(x.inspectors.get(k)),
        text(x.result.get(k)),
        x.hazardsFound[k] < 0 ? '' : String(x.hazardsFound[k]),
        penaltyCell(x.penalty[k], x.fine[k]),
      ]),
    );
  }
  return out.join('\n') + '\n';
}

/** File name -> content, for every file of the folder (inspections.csv when the dataset has the ledger); `registry` names the enterprise columns written. */
export function datasetToFolder(d: Dataset, registry: ColumnRegistry = ENTERPRISE_COLUMNS): Record<string, string> {
  const m = d.manifest;
  const t = d.text;
  const h = d.hazards;
  const haz = [
    line([
      'id',
      'credit_code',
      'found_date',
      'level',
      'status',
      'deadline',
      'closed_date',
      'source',
      'description',
      'responsible_person',
      'listed_supervision',
    ]),
  ];
  for (let k = 0; k < h.length; k++) {
    haz.push(
      line([
        text(h.id.get(k)),
        text(t.creditCode.get(h.enterprise[k])),
        formatDay(h.found[k]),
        HAZARD_LEVELS[h.level[k]].key,
        HAZARD_STATUSES[h.status[k]].key,
        formatDay(h.deadline[k]),
        formatDay(h.closed[k]),
        h.source[k] === 255 ? '' : HAZARD_SOURCES[h.source[k]].key,
        text(h.description.get(k)),
        text(h.responsiblePerson.get(k)),
        h.listed[k] ? 'true' : 'false',
      ]),
    );
  }
  const townCode = (i: number) => (i >= 0 ? (m.towns[i]?.code ?? '') : '');
  return {
    'towns.geojson': layer(d.geo.towns, (i) => ({ code: m.towns[i].code, name: m.towns[i].name })),
    'grid.geojson': layer(d.geo.grid, (i) => {
      const g = m.grids[i];
      return {
        code: g.code,
        name: g.name,
        town_code: townCode(g.town),
        grid_worker: g.gridWorker,
        grid_worker_phone: g.gridWorkerPhone,
        responsible_person: g.responsiblePerson,
      };
    }),
    'parks.geojson': layer(d.geo.parks, (i) => {
      const p = m.parks[i];
      return { code: p.code, name: p.name, type: PARK_TYPES[p.type].key, managing_body: p.managingBody };
    }),
    'district.geojson': JSON.stringify({
      type: 'FeatureCollection',
      features: d.geo.district.features.map((f, i) => ({
        type: 'Feature',
        properties: { code: `district-${i + 1}` },
        geometry: f.geometry,
      })),
    }),
    'enterprises.csv': enterprisesCsv(d, registry),
    'hazards.csv': haz.join('\n') + '\n',
    ...(d.inspections ? { 'inspections.csv': inspectionsCsv(d.inspections, (row) => t.creditCode.get(row)) } : {}),
    'meta.json': JSON.stringify({ name: m.name, name_en: m.nameEn, as_of: m.asOf, coords: 'wgs84' }, null, 1),
    ...(m.riskModel ? { 'risk-model.json': JSON.stringify(m.riskModel, null, 1) } : {}),
    ...(m.supervision ? { 'supervision.json': JSON.stringify(m.supervision, null, 1) } : {}),
  };
}
