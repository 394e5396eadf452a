/**
 * An import session: the files a user gave (or a data folder's), read once, each given a guessed
 * role, and turned into BuildSources once the user has confirmed roles, column mappings and
 * coordinate systems. Everything here is pure and serialisable at its edges, so it runs in the
 * import worker (src/workers/import-worker.ts) and in the data build (scripts/build-data.ts) alike.
 */
import { PUNCT } from '../../domain/punct-strings.ts';
import { inBoth, tr, trBoth, type Text } from '../../domain/text.ts';
import type { ValidationIssue } from '../dataset.ts';
import type { BuildSources, LayerSource, TableSource } from './build/build-dataset.ts';
import { readCsv } from './csv.ts';
import { decodeText } from './decode-text.ts';
import { readGeoJson } from './geojson.ts';
import { findHeader } from './header-row.ts';
import { pointTransform } from './crs.ts';
import { PREPARE_TEXT } from './prepare-strings.ts';
import { layerRoleFromProperties, roleFromName, tableRoleFromHeader } from './roles.ts';
import {
  ALL_TABLE_FIELDS,
  headerScore,
  LAYER_FIELDS,
  LAYER_ROLES,
  missingRequired,
  suggestMapping,
  TABLE_FIELDS,
  TABLE_ROLES,
  type ColumnMapping,
  type FieldDef,
  type LayerRole,
  type Role,
  type TableRole,
} from '../common/import-schema.ts';
import { bestSheet } from './best-sheet.ts';
import { groupShapefiles, readShapefile, reprojectLayer } from './shapefile.ts';
import { readSpreadsheet } from './spreadsheet.ts';
import {
  ImportError,
  type CrsGuess,
  type CrsId,
  type ImportFile,
  type RawRows,
  type SourceLayer,
  type SourceTable,
} from '../common/import-types.ts';
import { unzipFiles } from './zip.ts';

export type FileKind = 'table' | 'layer' | 'json';
export type RoleChoice = Role | 'ignore';

/** What the dialog shows of one file. Plain data: crosses the worker boundary. */
export interface FileSummary {
  id: number;
  name: string;
  size: number;
  kind?: FileKind;
  /** The file could not be read at all: why. */
  error?: Text;
  /**
   * The file is of a type the import does not read (a 说明.docx, a README, Thumbs.db): `error` says
   * so, and it is left out. Not a failure: a data folder or a zip may well hold such notes.
   */
  notData?: boolean;
  role: RoleChoice;
  /** Tables: header cells, the header's row number, the data rows, a few sample rows, encoding or sheet. */
  header?: string[];
  headerRow?: number;
  rows?: number;
  sample?: string[][];
  encoding?: string;
  sheet?: string;
  sheetNames?: string[];
  /** Layers: property names (the layer's "header"), feature count, the coordinate system read or guessed. */
  features?: number;
  geometryTypes?: string[];
  crs?: CrsGuess;
  textEncoding?: SourceLayer['encoding'];
  layerIssues?: number;
  /** The suggested mapping for the role (field key -> header/property index). */
  mapping?: ColumnMapping;
}

export interface FileChoice {
  role: RoleChoice;
  mapping?: ColumnMapping;
  /** Layers: the coordinate system the user confirmed. */
  crs?: CrsId;
  sheet?: string;
}

export interface ImportChoices {
  files: Record<number, FileChoice>;
  /** Coordinate system of the enterprise points. */
  pointCrs?: CrsId;
  /** User's sector for values the taxonomy does not know. */
  sectorValues?: Record<string, number>;
  /** Data date (YYYY-MM-DD) and display name chosen in the dialog; they win over meta.json's. */
  asOf?: string;
  name?: string;
}

interface Entry {
  id: number;
  name: string;
  bytes: Uint8Array;
  summary: FileSummary;
  raw?: RawRows;
  table?: SourceTable;
  layer?: SourceLayer;
  propertyNames?: string[];
  text?: string;
}

const SAMPLE_ROWS = 5;

export const fieldsFor = (role: RoleChoice): readonly FieldDef[] =>
  (TABLE_ROLES as readonly string[]).includes(role)
    ? TABLE_FIELDS[role as TableRole]
    : (LAYER_ROLES as readonly string[]).includes(role)
      ? LAYER_FIELDS[role as LayerRole]
      : [];

const extension = (name: string) => (/\.([^./]+)$/.exec(name)?.[1] ?? '').toLowerCase();
const SHAPEFILE_PARTS = ['shp', 'shx', 'dbf', 'prj', 'cpg', 'sbn', 'sbx', 'xml', 'qix', 'fix'];

function errorOf(e: unknown): Text {
  if (e instanceof ImportError) return e.reason;
  const m = e instanceof Error ? e.message : String(e);
  return trBoth(PREPARE_TEXT.unreadable, m);
}

export interface OpenOptions {
  onProgress?: (file: string, done: number) => void;
}

export class ImportSession {
  private readonly entries: Entry[] = [];

  /** Reads every file (zips unpacked, Shapefile parts grouped); a file that cannot be read is kept with its error. */
  constructor(files: ImportFile[], opts: OpenOptions = {}) {
    const flat: ImportFile[] = [];
    for (const f of files) {
      if (extension(f.name) === 'zip') {
        try {
          flat.push(
            ...unzipFiles(f.name, f.bytes).map((inner) => ({ name: `${f.name}/${inner.name}`, bytes: inner.bytes })),
          );
        } catch (e) {
          this.add(f.name, f.bytes).summary.error = errorOf(e);
        }
      } else flat.push(f);
    }
    const shapeParts = flat.filter((f) => SHAPEFILE_PARTS.includes(extension(f.name)));
    for (const group of groupShapefiles(shapeParts)) {
      const shp = group.find((g) => extension(g.name) === 'shp') ?? group[0];
      const name = shp.name.replace(/\.[^.]+$/, extension(shp.name) === 'shp' ? '.shp' : `.${extension(shp.name)}`);
      const e = this.add(name, shp.bytes);
      try {
        this.setLayer(e, readShapefile(group));
      } catch (err) {
        e.summary.error = errorOf(err);
      }
      opts.onProgress?.(name, 1);
    }
    for (const f of flat) {
      if (shapeParts.includes(f)) continue;
      const e = this.add(f.name, f.bytes);
      try {
        this.read(e, (done) => opts.onProgress?.(f.name, done));
      } catch (err) {
        e.summary.error = errorOf(err);
      }
      opts.onProgress?.(f.name, 1);
    }
    this.guessRoles();
  }

  private add(name: string, bytes: Uint8Array): Entry {
    const e: Entry = {
      id: this.entries.length,
      name,
      bytes,
      summary: { id: this.entries.length, name, size: bytes.length, role: 'ignore' },
    };
    this.entries.push(e);
    return e;
  }

  private read(e: Entry, progress: (done: number) => void): void {
    const ext = extension(e.name);
    if (ext === 'csv' || ext === 'txt' || ext === 'tsv')
      this.setRaw(e, readCsv(e.name, e.bytes, { onProgress: progress }));
    else if (ext === 'xlsx' || ext === 'xls' || ext === 'xlsm' || ext === 'et')
      this.setRaw(e, bestSheet(e.name, e.bytes));
    else if (ext === 'geojson') this.setLayer(e, readGeoJson(e.name, e.bytes));
    else if (ext === 'json') {
      const { text } = decodeText(e.name, e.bytes);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new ImportError(e.name, trBoth(PREPARE_TEXT.invalidJson, (err as Error).message));
      }
      const t = (json as { type?: unknown } | null)?.type;
      if (t === 'FeatureCollection' || t === 'Feature') this.setLayer(e, readGeoJson(e.name, e.bytes));
      else {
        e.text = text;
        e.summary.kind = 'json';
      }
    } else {
      e.summary.notData = true;
      throw new ImportError(e.name, PREPARE_TEXT.unknownType);
    }
  }

  private setRaw(e: Entry, raw: RawRows): void {
    e.raw = raw;
    // One header row for every role, so the mapping's column numbers always point into the same header.
    const t = findHeader(raw, ALL_TABLE_FIELDS);
    e.table = t;
    Object.assign(e.summary, {
      kind: 'table',
      header: t.header,
      headerRow: t.headerRow,
      rows: raw.rows.length - t.firstDataRow,
      sample: Array.from({ length: Math.min(SAMPLE_ROWS, raw.rows.length - t.firstDataRow) }, (_, k) =>
        raw.rows.row(t.firstDataRow + k),
      ),
      encoding: raw.encoding,
      sheet: raw.sheet,
      sheetNames: raw.sheetNames,
    } satisfies Partial<FileSummary>);
  }

  private setLayer(e: Entry, layer: SourceLayer): void {
    e.layer = layer;
    const names = new Set<string>();
    for (const f of layer.features.slice(0, 500)) for (const k of Object.keys(f.properties ?? {})) names.add(k);
    e.propertyNames = [...names];
    const types = new Set(layer.features.map((f) => f.geometry?.type ?? 'null'));
    Object.assign(e.summary, {
      kind: 'layer',
      header: e.propertyNames,
      features: layer.features.length,
      geometryTypes: [...types],
      crs: layer.crs,
      textEncoding: layer.encoding,
      layerIssues: layer.issues.length,
      sample: layer.features
        .slice(0, SAMPLE_ROWS)
        .map((f) => e.propertyNames!.map((k) => String(f.properties?.[k] ?? ''))),
    } satisfies Partial<FileSummary>);
  }

  private guessRoles(): void {
    const taken = new Set<Role>();
    const assign = (e: Entry, role: RoleChoice) => {
      e.summary.role = role;
      if (role !== 'ignore') taken.add(role);
      e.summary.mapping = role === 'ignore' ? undefined : suggestMapping(fieldsFor(role), e.summary.header ?? []);
    };
    const readable = this.entries.filter((e) => !e.summary.error);
    // Only polygons can be boundaries: a point layer named 乡镇驻地 is not the towns.
    const polygons = (e: Entry) => !!e.summary.geometryTypes?.some((t) => t === 'Polygon' || t === 'MultiPolygon');
    // A table's columns say more than its name: 企业隐患排查名单.csv with enterprise columns is the
    // enterprises. A table naming fewer than two known columns (a readme.txt) plays no role until the user says so.
    const tableRole = (e: Entry, byName: Role | undefined): Role | undefined => {
      const header = e.summary.header ?? [];
      const byContent = tableRoleFromHeader(header);
      const score = (r: TableRole) => headerScore(TABLE_FIELDS[r], header);
      if (score(byContent) < 2) return undefined;
      if ((TABLE_ROLES as readonly (Role | undefined)[]).includes(byName))
        return score(byContent) >= score(byName as TableRole) + 2 ? byContent : byName;
      return byContent;
    };
    for (const e of readable) {
      const allowed: readonly Role[] =
        e.summary.kind === 'table'
          ? TABLE_ROLES
          : e.summary.kind === 'layer'
            ? polygons(e)
              ? LAYER_ROLES
              : []
            : ['meta', 'riskModel', 'supervision'];
      const byName = roleFromName(e.name, allowed);
      const role = e.summary.kind === 'table' ? (byName ? tableRole(e, byName) : undefined) : byName;
      if (role && !taken.has(role)) assign(e, role);
    }
    for (const e of readable.filter((x) => x.summary.role === 'ignore')) {
      let role: Role | undefined;
      if (e.summary.kind === 'table') role = tableRole(e, undefined);
      else if (e.summary.kind === 'layer') {
        if (polygons(e))
          role =
            layerRoleFromProperties(e.propertyNames ?? []) ??
            (['towns', 'grid', 'parks', 'district'] as const).find((r) => !taken.has(r));
      } else if (e.text !== undefined)
        role = /"(indicators|levels|thresholds)"/.test(e.text)
          ? 'riskModel'
          : /"(classes|administrativeKinds)"/.test(e.text)
            ? 'supervision'
            : 'meta';
      if (role && !taken.has(role)) assign(e, role);
    }
  }

  summaries(): FileSummary[] {
    return this.entries.map((e) => e.summary);
  }

  /** The default choices: every file in its guessed role with the suggested mapping. */
  defaultChoices(): ImportChoices {
    return {
      files: Object.fromEntries(
        this.entries.map((e) => [e.id, { role: e.summary.role, mapping: e.summary.mapping, crs: e.summary.crs?.crs }]),
      ),
    };
  }

  /** Re-reads a spreadsheet from another sheet. */
  chooseSheet(id: number, sheet: string): FileSummary {
    const e = this.entries[id];
    this.setRaw(e, readSpreadsheet(e.name, e.bytes, { sheet }));
    e.summary.mapping = suggestMapping(fieldsFor(e.summary.role), e.summary.header ?? []);
    return e.summary;
  }

  /** The table of a file, its header row found. */
  table(id: number): SourceTable {
    const e = this.entries[id];
    if (!e.table) throw new ImportError(e.name, PREPARE_TEXT.notTable);
    return e.table;
  }

  /** The layer of a file as read (coordinates not yet converted). */
  layer(id: number): SourceLayer | undefined {
    return this.entries[id].layer;
  }

  /** The id of the (first) file given a role, if any. */
  fileFor(choices: ImportChoices, role: Role): number | undefined {
    const hit = Object.entries(choices.files).find(([, c]) => c.role === role);
    return hit ? Number(hit[0]) : undefined;
  }

  /** A boundary layer in WGS84 with its properties renamed to the fields of docs/data-format.md. */
  layerSource(id: number, choice: FileChoice, issues: ValidationIssue[]): LayerSource {
    const e = this.entries[id];
    if (!e.layer) throw new ImportError(e.name, PREPARE_TEXT.notLayer);
    const crs = choice.crs ?? e.layer.crs.crs;
    const t = pointTransform(crs);
    if (!t) throw new ImportError(e.name, trBoth(PREPARE_TEXT.unknownCrs, crs));
    const layer = reprojectLayer(e.layer, t.toWgs84);
    for (const i of e.layer.issues)
      issues.push({
        file: e.name,
        row: i.row,
        column: i.column,
        value: i.value,
        reason: i.reason.en,
        reasonZh: i.reason.zh,
        severity: i.severity,
      });
    if (t.warning)
      issues.push({
        file: e.name,
        row: 0,
        column: 'crs',
        value: crs,
        reason: t.warning.en,
        reasonZh: t.warning.zh,
        severity: 'warning',
      });
    const names = e.propertyNames ?? [];
    const fields = fieldsFor(choice.role);
    const mapping = choice.mapping ?? suggestMapping(fields, names);
    const features = layer.features.map((f) => {
      const p = f.properties ?? {};
      const props: Record<string, unknown> = {};
      for (const field of fields) {
        const k = mapping[field.key] ?? -1;
        if (k >= 0) props[field.key] = p[names[k]];
      }
      return { type: 'Feature', properties: props, geometry: f.geometry };
    });
    return { file: e.name, collection: { type: 'FeatureCollection', features } };
  }

  /**
   * Renames the columns of issues to the headers the user wrote: the build names fields (`lon`),
   * a report names the user's own columns (经度).
   */
  nameColumns(issues: ValidationIssue[], choices: ImportChoices): void {
    const byFile = new Map<string, Map<string, string>>();
    for (const [id, c] of Object.entries(choices.files)) {
      const e = this.entries[Number(id)];
      const header = e.summary.header ?? [];
      const names = new Map<string, string>();
      for (const [key, col] of Object.entries(c.mapping ?? {}))
        if (col >= 0 && header[col]) names.set(key, header[col]);
      byFile.set(e.name, names);
    }
    for (const i of issues) {
      const names = byFile.get(i.file);
      if (names && i.column)
        i.column = i.column
          .split(',')
          .map((k) => names.get(k) ?? k)
          .join(',');
    }
  }

  /** What stops a build with these choices (a missing required file or column), in both languages. */
  blockers(choices: ImportChoices): Text[] {
    const out: Text[] = [];
    const ent = this.fileFor(choices, 'enterprises');
    if (ent === undefined) out.push(PREPARE_TEXT.noEnterprises);
    if (this.fileFor(choices, 'towns') === undefined) out.push(PREPARE_TEXT.noTowns);
    for (const [id, c] of Object.entries(choices.files)) {
      if (c.role === 'ignore') continue;
      const e = this.entries[Number(id)];
      const missing = missingRequired(fieldsFor(c.role), c.mapping ?? {});
      // A ledger names its enterprise by credit code or by name: one of the two.
      if (
        (c.role === 'hazards' || c.role === 'inspections') &&
        (c.mapping?.credit_code ?? -1) < 0 &&
        (c.mapping?.enterprise_name ?? -1) < 0
      )
        missing.push(TABLE_FIELDS[c.role].find((f) => f.key === 'credit_code')!);
      if (missing.length)
        out.push(
          trBoth(
            PREPARE_TEXT.noColumnFor,
            e.name,
            inBoth((l) => missing.map((f) => tr(l, f)).join(tr(l, PUNCT.enumSep))),
          ),
        );
    }
    return out;
  }

  /** BuildSources for the data build. Throws ImportError when a blocker remains. */
  sources(choices: ImportChoices): BuildSources {
    const blockers = this.blockers(choices);
    if (blockers.length)
      throw new ImportError(
        '',
        inBoth((l) => blockers.map((b) => tr(l, b)).join(tr(l, PUNCT.clauseSep))),
      );
    const readIssues: ValidationIssue[] = [];
    const tableSource = (role: TableRole): TableSource | undefined => {
      const id = this.fileFor(choices, role);
      if (id === undefined) return undefined;
      return { file: this.entries[id].name, table: this.table(id), mapping: choices.files[id].mapping ?? {} };
    };
    const layer = (role: LayerRole): LayerSource | undefined => {
      const id = this.fileFor(choices, role);
      return id === undefined ? undefined : this.layerSource(id, choices.files[id], readIssues);
    };
    const json = (role: 'meta' | 'riskModel' | 'supervision') => {
      const id = this.fileFor(choices, role);
      return id === undefined ? undefined : this.entries[id].text;
    };
    let meta = json('meta');
    if (choices.asOf || choices.name) {
      let base: Record<string, unknown> = {};
      try {
        const parsed: unknown = meta === undefined ? {} : JSON.parse(meta);
        if (parsed && typeof parsed === 'object') base = parsed as Record<string, unknown>;
      } catch {
        // An unreadable meta.json is reported by the build; the dialog's choices still apply.
      }
      meta = JSON.stringify({
        ...base,
        ...(choices.asOf ? { as_of: choices.asOf } : {}),
        ...(choices.name ? { name: choices.name, name_en: choices.name } : {}),
      });
    }
    return {
      enterprises: {
        ...tableSource('enterprises')!,
        crs: choices.pointCrs,
        sectorValues: choices.sectorValues ? new Map(Object.entries(choices.sectorValues)) : undefined,
      },
      hazards: tableSource('hazards'),
      inspections: tableSource('inspections'),
      towns: layer('towns')!,
      grid: layer('grid'),
      parks: layer('parks'),
      district: layer('district'),
      meta,
      riskModel: json('riskModel'),
      supervision: json('supervision'),
      readIssues,
    };
  }
}
