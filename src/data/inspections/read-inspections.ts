/**
 * Reads the inspection ledger (检查台账) into columns, tied to enterprise rows by credit code (or, when
 * the ledger has no credit codes, by the enterprise's exact name), as the hazard ledger is read
 * (src/data/ledger/build-hazards.ts). An inspection without an id, with an id already seen, for an
 * unknown enterprise, or without a readable date is reported and left out; a kind that is not known, a
 * count of hazards found or a penalty that cannot be read is reported as a warning and kept as not given.
 */
import { inspectionKindCode, UNKNOWN_KIND } from '../../domain/supervision/inspection-kinds.ts';
import type { ValidationIssue } from '../dataset.ts';
import { issueSink, say } from '../common/issues.ts';
import { ledgerEnterprise } from '../common/ledger-enterprise.ts';
import type { ColumnMapping } from '../common/import-schema.ts';
import type { SourceTable } from '../common/import-types.ts';
import { StringIndex, type KeyLookup } from '../string-index.ts';
import { cellDay } from '../common/cell-date.ts';
import { Memo } from '../common/memo.ts';

export interface RawInspections {
  length: number;
  enterprise: Int32Array;
  day: Int32Array;
  kind: Uint8Array;
  hazardsFound: Int32Array;
  penalty: Uint8Array;
  fine: Float64Array;
  id: string[];
  unit: string[];
  inspectors: string[];
  result: string[];
}

/** Penalty codes of the `penalty` column. */
export const PENALTY_NO = 0;
export const PENALTY_YES = 1;
export const PENALTY_NOT_GIVEN = 255;

/** Marks and spaces a ledger may put around a kind (双随机、一公开 written with quotes or spaces). */
const KIND_NOISE = /[\s"“”'‘’「」《》]/g;

/** Kind code of a ledger's word: a key, name or alias (inspection-kinds.ts), spaces and quotes aside; 255 when empty, -1 when unknown. */
export function readKind(v: string): number {
  const t = v.trim();
  if (t === '') return UNKNOWN_KIND;
  const c = inspectionKindCode(t);
  return c >= 0 ? c : inspectionKindCode(t.replace(KIND_NOISE, '').toLowerCase());
}

/**
 * Hazards found as ledgers write them: 3, 3处, 3项, 3条, 3个, 无 (0); -1 when empty (not given),
 * undefined when it is not a whole number.
 */
export function readHazardsFound(v: string): number | undefined {
  const t = v.trim().replace(/[,，]/g, '');
  if (t === '') return -1;
  if (t === '无' || t === '未发现') return 0;
  const m = /^(\d+)(?:\.0+)?\s*(?:处|项|条|个|起|次)?$/.exec(t);
  return m ? Number(m[1]) : undefined;
}

const YES = new Set([
  '是',
  '有',
  'y',
  'yes',
  'true',
  't',
  '1',
  '√',
  '✓',
  '已处罚',
  '处罚',
  '予以处罚',
  '行政处罚',
  '立案处罚',
  '立案',
  '罚款',
  '警告',
]);
const NO = new Set([
  '否',
  '无',
  'n',
  'no',
  'false',
  'f',
  '0',
  '×',
  '未处罚',
  '不予处罚',
  '免予处罚',
  '无处罚',
  '未立案',
]);
/** An amount, perhaps after 是/罚款/人民币 and in 万, with or without 元: 5000, 5,000元, 罚款5000元, 2万元, 1.5万, ¥3000. */
const AMOUNT =
  /^(?:(?:是|有)[:：]?)?(?:行政处罚|处罚|罚款|罚没|罚金|人民币|[¥￥])*(\d+(?:\.\d+)?)(万)?(?:元|人民币元|块)?$/;
/** A fine inside a longer text: the first amount in yuan or 万元. */
const FINE_IN_TEXT = /(\d+(?:\.\d+)?)(万)?元/;

/**
 * The penalty cell: yes or no (是/否, 有/无, 1/0, true/false, 已处罚/未处罚, 警告, 罚款), or an amount,
 * which means a penalty with that fine (in yuan; 万 is ten thousand); 0 as an amount is no penalty.
 * Empty: not given. Undefined when it is none of these.
 */
export function readPenalty(v: string): { penalty: number; fine: number } | undefined {
  const t = v.trim().toLowerCase();
  if (t === '') return { penalty: PENALTY_NOT_GIVEN, fine: NaN };
  if (YES.has(t)) return { penalty: PENALTY_YES, fine: NaN };
  if (NO.has(t)) return { penalty: PENALTY_NO, fine: NaN };
  const bare = t.replace(/[\s,，()（）]/g, '');
  // An amount alone, or a sentence that names a fine and does not say it was not imposed (警告并处罚款5000元).
  const m = AMOUNT.exec(bare) ?? (/罚/.test(bare) && !/不予|免予|未/.test(bare) ? FINE_IN_TEXT.exec(bare) : null);
  if (!m) return undefined;
  const yuan = Number(m[1]) * (m[2] ? 10_000 : 1);
  if (!Number.isFinite(yuan)) return undefined;
  return yuan > 0 ? { penalty: PENALTY_YES, fine: Math.round(yuan * 100) / 100 } : { penalty: PENALTY_NO, fine: NaN };
}

export const emptyInspections = (): RawInspections => ({
  length: 0,
  enterprise: new Int32Array(0),
  day: new Int32Array(0),
  kind: new Uint8Array(0),
  hazardsFound: new Int32Array(0),
  penalty: new Uint8Array(0),
  fine: new Float64Array(0),
  id: [],
  unit: [],
  inspectors: [],
  result: [],
});

export function readInspections(
  table: SourceTable,
  col: ColumnMapping,
  file: string,
  enterprises: { byCode: KeyLookup; byName: KeyLookup },
  issues: ValidationIssue[],
): RawInspections {
  const cap = Math.max(0, table.rows.length - table.firstDataRow);
  const x: RawInspections = {
    length: 0,
    enterprise: new Int32Array(cap),
    day: new Int32Array(cap),
    kind: new Uint8Array(cap),
    hazardsFound: new Int32Array(cap),
    penalty: new Uint8Array(cap),
    fine: new Float64Array(cap),
    id: [],
    unit: [],
    inspectors: [],
    result: [],
  };
  const { error: err, warn } = issueSink(file, issues);
  // Ids of the inspections kept so far, in a typed-array hash table over x.id (a Set of millions of strings grows and rehashes).
  const seen = new StringIndex((i) => x.id[i], cap);
  const byName = (col.credit_code ?? -1) < 0;
  const rows = table.rows;
  const at = (k: string) => col[k] ?? -1;
  const C = {
    id: at('id'),
    key: byName ? at('enterprise_name') : at('credit_code'),
    date: at('date'),
    kind: at('kind'),
    unit: at('unit'),
    inspectors: at('inspectors'),
    result: at('result'),
    found: at('hazards_found'),
    penalty: at('penalty'),
  };
  let r = 0;
  const raw = (ci: number) => (ci >= 0 ? rows.cell(r, ci) : '');
  // A ledger repeats a handful of kinds, units, teams and results a million times: each is read once.
  const kinds = new Memo(readKind);
  const counts = new Memo(readHazardsFound);
  const penalties = new Memo(readPenalty);
  const units = new Memo((v) => v.trim());
  const teams = new Memo((v) => v.trim());
  const results = new Memo((v) => v.trim());
  for (r = table.firstDataRow; r < rows.length; r++) {
    const row = table.rowNumbers[r];
    const id = raw(C.id).trim();
    if (!id) {
      err(row, 'id', '', say('缺少检查编号', 'missing inspection id'));
      continue;
    }
    if (seen.get(id) !== undefined) {
      err(row, 'id', id, say('检查编号重复', 'duplicate inspection id'));
      continue;
    }
    const enterprise = ledgerEnterprise(raw(C.key).trim(), byName, enterprises, err, row);
    if (enterprise === undefined) continue;
    const dateText = raw(C.date).trim();
    if (dateText === '') {
      err(row, 'date', '', say('缺少检查日期', 'missing inspection date'));
      continue;
    }
    const day = cellDay(dateText);
    if (day === undefined) {
      err(
        row,
        'date',
        dateText,
        say(
          '无法识别的日期（可写作 2026-03-05、2026/3/5 或 2026年3月5日）',
          'unparsable date (expected YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)',
        ),
      );
      continue;
    }
    const i = x.length++;
    seen.add(i, id);
    const kindText = raw(C.kind);
    let kind = kinds.of(kindText);
    if (kind < 0) {
      warn(
        row,
        'kind',
        kindText.trim(),
        say(
          '无法识别的检查类型（执法检查、双随机抽查、专项检查、督导检查、网格巡查、企业自查），按未填处理',
          'unknown inspection kind (enforcement, random, special, supervisory, grid patrol, self-check); read as not given',
        ),
      );
      kind = UNKNOWN_KIND;
    }
    const foundText = raw(C.found);
    let found = counts.of(foundText);
    if (found === undefined) {
      warn(
        row,
        'hazards_found',
        foundText.trim(),
        say(
          '发现隐患数应为不小于 0 的整数，按未填处理',
          'hazards found should be a whole number of 0 or more; read as not given',
        ),
      );
      found = -1;
    }
    const penaltyText = raw(C.penalty);
    let penalty = penalties.of(penaltyText);
    if (penalty === undefined) {
      warn(
        row,
        'penalty',
        penaltyText.trim(),
        say(
          '行政处罚应为“是”“否”或罚款金额（如 5000、罚款5000元、2万元），按未填处理',
          'penalty should be yes, no or a fine (such as 5000, 罚款5000元 or 2万元); read as not given',
        ),
      );
      penalty = { penalty: PENALTY_NOT_GIVEN, fine: NaN };
    }
    x.enterprise[i] = enterprise;
    x.day[i] = day;
    x.kind[i] = kind;
    x.hazardsFound[i] = found;
    x.penalty[i] = penalty.penalty;
    x.fine[i] = penalty.fine;
    x.id.push(id);
    x.unit.push(units.of(raw(C.unit)));
    x.inspectors.push(teams.of(raw(C.inspectors)));
    x.result.push(results.of(raw(C.result)));
  }
  return x;
}
