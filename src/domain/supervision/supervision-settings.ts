/**
 * The supervision settings (监管分类与检查计划): how enterprises are put in supervision classes, how
 * often each class is inspected and at most how many times a year, and which inspection kinds count
 * as administrative inspections. A dataset may carry its own as supervision.json; an analyst edits them
 * in the app, downloads them and shares them in the link like a what-if risk model.
 *
 * The defaults are an example, not a rule: each province publishes its own intervals and caps.
 */
import { FLAGS } from '../flags.ts';
import { LEVELS } from '../levels.ts';
import { SECTORS, SECTOR_GROUPS } from '../sectors.ts';
import { INSPECTION_KINDS } from './inspection-kinds.ts';

export interface SupervisionClass {
  /** A short code shown on the map and in tables: A, B, C, D. */
  key: string;
  name: string;
  nameEn: string;
  /** Months between administrative inspections; null: no planned interval (left to random sampling). */
  intervalMonths: number | null;
  /** Most administrative inspections in a calendar year; null: no cap. */
  yearlyCap: number | null;
}

/** A rule puts an enterprise in a class when every condition it names holds (absent conditions hold). */
export interface ClassRule {
  class: string;
  /** Risk level keys (the level the map shows): any of. */
  levels?: string[];
  /** Sector keys or sector group keys: any of. */
  sectors?: string[];
  /** Flag keys: any of. */
  flags?: string[];
  /** Standardisation grades, 0 none, 1-3: any of. */
  standardization?: number[];
}

export interface SupervisionSettings {
  name: string;
  note: string;
  classes: SupervisionClass[];
  /** Tried in order; the first that holds decides. An enterprise no rule matches gets the last class. */
  rules: ClassRule[];
  /** Inspection kind keys (INSPECTION_KINDS) that count as administrative inspections. */
  administrativeKinds: string[];
  /** Share of the class without an interval drawn for random inspection (双随机) in the yearly plan, 0-1. */
  randomShare: number;
}

export const DEFAULT_SUPERVISION: SupervisionSettings = {
  name: '示例：按风险等级分级分类',
  note: '默认值只是示例：检查频次和年度上限以本省公布的分级分类检查标准为准。 The defaults are an example: use the intervals and caps your province publishes.',
  classes: [
    { key: 'A', name: 'A类（重点监管）', nameEn: 'Class A (key supervision)', intervalMonths: 3, yearlyCap: 12 },
    { key: 'B', name: 'B类', nameEn: 'Class B', intervalMonths: 6, yearlyCap: 8 },
    { key: 'C', name: 'C类', nameEn: 'Class C', intervalMonths: 12, yearlyCap: 4 },
    { key: 'D', name: 'D类（双随机抽查）', nameEn: 'Class D (random sampling)', intervalMonths: null, yearlyCap: 2 },
  ],
  rules: [
    { class: 'A', levels: ['major'] },
    { class: 'B', levels: ['significant'] },
    { class: 'C', levels: ['general'] },
    { class: 'D', levels: ['low'] },
  ],
  administrativeKinds: INSPECTION_KINDS.filter((k) => k.administrative).map((k) => k.key),
  randomShare: 0.1,
};

export type ParsedSupervision =
  { ok: true; settings: SupervisionSettings } | { ok: false; error: string; path: string };

class SettingsError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function keysOf(v: unknown, path: string, known: readonly string[]): string[] {
  if (!Array.isArray(v)) throw new SettingsError(`${path} must be a list`, path);
  return v.map((k, i) => {
    if (typeof k !== 'string' || !known.includes(k))
      throw new SettingsError(
        `${path}[${i}]: unknown key ${JSON.stringify(k)} (one of ${known.join(', ')})`,
        `${path}[${i}]`,
      );
    return k;
  });
}

function countOrNull(v: unknown, path: string, min: number, max: number): number | null {
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw new SettingsError(`${path} must be a whole number from ${min} to ${max}, or null`, path);
  return v;
}

const LEVEL_KEYS = LEVELS.map((l) => l.key);
const SECTOR_KEYS = [...new Set([...SECTORS.map((s) => s.key), ...SECTOR_GROUPS.map((g) => g.key)])];
const FLAG_KEYS = FLAGS.map((f) => f.key);
const KIND_KEYS = INSPECTION_KINDS.map((k) => k.key);

/**
 * Settings from JSON: parts left out come from the defaults (a list given replaces the default's
 * whole list); anything of the wrong type is an error naming its path, and the caller keeps what it had.
 */
export function supervisionFromJson(json: unknown): ParsedSupervision {
  try {
    if (!isObject(json)) throw new SettingsError('the settings must be an object', '');
    const d = DEFAULT_SUPERVISION;
    const classes = json.classes === undefined ? d.classes : readClasses(json.classes);
    const keys = classes.map((c) => c.key);
    const rules = json.rules === undefined ? d.rules : readRules(json.rules, keys);
    const administrativeKinds =
      json.administrativeKinds === undefined
        ? d.administrativeKinds
        : keysOf(json.administrativeKinds, 'administrativeKinds', KIND_KEYS);
    let randomShare = d.randomShare;
    if (json.randomShare !== undefined) {
      if (typeof json.randomShare !== 'number' || !(json.randomShare >= 0 && json.randomShare <= 1))
        throw new SettingsError('randomShare must be a number from 0 to 1', 'randomShare');
      randomShare = json.randomShare;
    }
    const text = (k: 'name' | 'note') => (json[k] === undefined ? d[k] : String(json[k]));
    return {
      ok: true,
      settings: { name: text('name'), note: text('note'), classes, rules, administrativeKinds, randomShare },
    };
  } catch (e) {
    if (e instanceof SettingsError) return { ok: false, error: e.message, path: e.path };
    throw e;
  }
}

export function parseSupervision(text: string): ParsedSupervision {
  try {
    return supervisionFromJson(JSON.parse(text));
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}`, path: '' };
  }
}

function readClasses(v: unknown): SupervisionClass[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > 8)
    throw new SettingsError('classes must be a list of 1 to 8 classes', 'classes');
  const seen = new Set<string>();
  return v.map((c, i) => {
    const p = `classes[${i}]`;
    if (!isObject(c)) throw new SettingsError(`${p} must be an object`, p);
    const key = typeof c.key === 'string' ? c.key.trim() : '';
    if (!key || key.length > 4) throw new SettingsError(`${p}.key must be a short code such as A`, `${p}.key`);
    if (seen.has(key)) throw new SettingsError(`${p}.key: class ${key} is declared twice`, `${p}.key`);
    seen.add(key);
    const name = typeof c.name === 'string' && c.name.trim() ? c.name.trim() : `${key}类`;
    const nameEn = typeof c.nameEn === 'string' && c.nameEn.trim() ? c.nameEn.trim() : `Class ${key}`;
    return {
      key,
      name,
      nameEn,
      intervalMonths: countOrNull(c.intervalMonths ?? null, `${p}.intervalMonths`, 1, 120),
      // A cap of 0 would forbid every inspection: a class without a cap says null.
      yearlyCap: countOrNull(c.yearlyCap ?? null, `${p}.yearlyCap`, 1, 365),
    };
  });
}

function readRules(v: unknown, classKeys: string[]): ClassRule[] {
  if (!Array.isArray(v)) throw new SettingsError('rules must be a list', 'rules');
  return v.map((r, i) => {
    const p = `rules[${i}]`;
    if (!isObject(r)) throw new SettingsError(`${p} must be an object`, p);
    if (typeof r.class !== 'string' || !classKeys.includes(r.class))
      throw new SettingsError(`${p}.class must be one of the classes (${classKeys.join(', ')})`, `${p}.class`);
    const rule: ClassRule = { class: r.class };
    if (r.levels !== undefined) rule.levels = keysOf(r.levels, `${p}.levels`, LEVEL_KEYS);
    if (r.sectors !== undefined) rule.sectors = keysOf(r.sectors, `${p}.sectors`, SECTOR_KEYS);
    if (r.flags !== undefined) rule.flags = keysOf(r.flags, `${p}.flags`, FLAG_KEYS);
    if (r.standardization !== undefined) {
      if (
        !Array.isArray(r.standardization) ||
        !r.standardization.every((g) => g === 0 || g === 1 || g === 2 || g === 3)
      )
        throw new SettingsError(`${p}.standardization must be a list of grades 0 (none) to 3`, `${p}.standardization`);
      rule.standardization = r.standardization as number[];
    }
    return rule;
  });
}

/** The settings' changes against the defaults, for the link: only the parts that differ. */
export function supervisionDiff(s: SupervisionSettings): Partial<SupervisionSettings> {
  const d = DEFAULT_SUPERVISION as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (JSON.stringify(v) !== JSON.stringify(d[k])) out[k] = v;
  return out as Partial<SupervisionSettings>;
}
