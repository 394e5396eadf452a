/**
 * Reads the hidden-hazard ledger into columns, tied to enterprise rows by credit code (or, when the
 * ledger has no credit codes, by the enterprise's exact name). A hazard for an unknown enterprise,
 * with a duplicate id, an unparsable date or an unknown level or status is reported and left out; a
 * deadline or closing date before the day the hazard was found is reported as a warning and kept.
 */
import {
  HAZARD_CLOSED,
  HAZARD_LEVELS,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  codeOf,
  type ValidationIssue,
} from '../dataset.ts';
import { formatDay, NO_DATE } from '../dates.ts';
import { issueSink, say } from '../common/issues.ts';
import { ledgerEnterprise } from '../common/ledger-enterprise.ts';
import type { ColumnMapping } from '../common/import-schema.ts';
import type { SourceTable } from '../common/import-types.ts';
import { StringIndex, type KeyLookup } from '../string-index.ts';
import { parseYesNo } from '../common/cell-values.ts';
import { cellDay } from '../common/cell-date.ts';
import { Memo } from '../common/memo.ts';

export interface RawHazards {
  length: number;
  enterprise: Int32Array;
  found: Int32Array;
  deadline: Int32Array;
  closed: Int32Array;
  level: Uint8Array;
  status: Uint8Array;
  source: Uint8Array;
  listed: Uint8Array;
  id: string[];
  description: string[];
  responsiblePerson: string[];
}

/** The words ledgers use beside the taxonomy's own (dataset.ts tables). */
const LEVEL_WORDS: Record<string, number> = {
  一般隐患: 0,
  一般事故隐患: 0,
  重大隐患: 1,
  重大事故隐患: 1,
  重大: 1,
  一般: 0,
};
const STATUS_WORDS: Record<string, number> = {
  未整改: 0,
  待整改: 0,
  未销号: 0,
  新发现: 0,
  正在整改: 1,
  整改中: 1,
  治理中: 1,
  待验收: 2,
  待复查: 2,
  待复核: 2,
  已整改待复查: 2,
  已销号: 3,
  已整改: 3,
  已完成: 3,
  已闭环: 3,
  已验收: 3,
  销号: 3,
  完成: 3,
};
const SOURCE_WORDS: Record<string, number> = {
  自查: 0,
  企业自查: 0,
  自查自报: 0,
  执法: 1,
  执法检查: 1,
  监督检查: 1,
  巡查: 2,
  网格巡查: 2,
  网格员巡查: 2,
  举报: 3,
  群众举报: 3,
  投诉举报: 3,
};
/** The ledger's dates that cannot come before the day found: their index in the date loop below, and their names. */
const AFTER_FOUND = [
  { k: 1, zh: '整改期限', en: 'the rectification deadline' },
  { k: 2, zh: '销号日期', en: 'the closure date' },
] as const;

/** Code of a ledger's word: the taxonomy's key or name (codeOf), else one of the words above; -1 when unknown. */
const lookup = (table: Parameters<typeof codeOf>[0], words: Record<string, number>, v: string): number => {
  const t = v.trim();
  const c = codeOf(table, t);
  // Own words only: 'constructor' or 'toString' is no status.
  return c >= 0 ? c : Object.hasOwn(words, t) ? words[t] : -1;
};

export const emptyHazards = (): RawHazards => ({
  length: 0,
  enterprise: new Int32Array(0),
  found: new Int32Array(0),
  deadline: new Int32Array(0),
  closed: new Int32Array(0),
  level: new Uint8Array(0),
  status: new Uint8Array(0),
  source: new Uint8Array(0),
  listed: new Uint8Array(0),
  id: [],
  description: [],
  responsiblePerson: [],
});

export function readHazards(
  table: SourceTable,
  col: ColumnMapping,
  file: string,
  enterprises: { byCode: KeyLookup; byName: KeyLookup },
  issues: ValidationIssue[],
): RawHazards {
  const cap = Math.max(0, table.rows.length - table.firstDataRow);
  const h: RawHazards = {
    length: 0,
    enterprise: new Int32Array(cap),
    found: new Int32Array(cap),
    deadline: new Int32Array(cap),
    closed: new Int32Array(cap),
    level: new Uint8Array(cap),
    status: new Uint8Array(cap),
    source: new Uint8Array(cap),
    listed: new Uint8Array(cap),
    id: [],
    description: [],
    responsiblePerson: [],
  };
  const { error: err, warn } = issueSink(file, issues);
  // Ids of the hazards kept so far, in a typed-array hash table over h.id (a Set of a million strings grows and rehashes).
  const seen = new StringIndex((i) => h.id[i], cap);
  const byName = (col.credit_code ?? -1) < 0;
  const rows = table.rows;
  const at = (k: string) => col[k] ?? -1;
  const C = {
    id: at('id'),
    key: byName ? at('enterprise_name') : at('credit_code'),
    found: at('found_date'),
    deadline: at('deadline'),
    closed: at('closed_date'),
    level: at('level'),
    status: at('status'),
    source: at('source'),
    description: at('description'),
    person: at('responsible_person'),
    listed: at('listed_supervision'),
  };
  let r = 0;
  const raw = (ci: number) => (ci >= 0 ? rows.cell(r, ci) : '');
  const get = (ci: number) => raw(ci).trim();
  // A ledger repeats a handful of words, and the checklist's descriptions, a million times: each is read once.
  const levels = new Memo((v) => lookup(HAZARD_LEVELS, LEVEL_WORDS, v));
  const statuses = new Memo((v) => lookup(HAZARD_STATUSES, STATUS_WORDS, v));
  const sources = new Memo((v) => (v.trim() === '' ? 255 : lookup(HAZARD_SOURCES, SOURCE_WORDS, v)));
  const yesNo = new Memo((v) => parseYesNo(v));
  const descriptions = new Memo((v) => v.trim());
  const persons = new Memo((v) => v.trim());
  const dates = [C.found, C.deadline, C.closed];
  const DATE_COLUMNS = ['found_date', 'deadline', 'closed_date'] as const;
  const day = [0, 0, 0];
  for (r = table.firstDataRow; r < rows.length; r++) {
    const row = table.rowNumbers[r];
    const id = get(C.id);
    if (!id) {
      err(row, 'id', '', say('缺少隐患编号', 'missing id'));
      continue;
    }
    if (seen.get(id) !== undefined) {
      err(row, 'id', id, say('隐患编号重复', 'duplicate hazard id'));
      continue;
    }
    const enterprise = ledgerEnterprise(get(C.key), byName, enterprises, err, row);
    if (enterprise === undefined) continue;
    let bad = false;
    for (let k = 0; k < 3; k++) {
      const v = raw(dates[k]);
      const d = v === '' ? undefined : cellDay(v);
      if (d !== undefined) {
        day[k] = d;
        continue;
      }
      const column = DATE_COLUMNS[k];
      const t = v.trim();
      if (t === '') {
        if (k === 0) {
          err(row, column, '', say('缺少发现日期', 'missing date'));
          bad = true;
          break;
        }
        day[k] = NO_DATE;
        continue;
      }
      err(
        row,
        column,
        t,
        say(
          '无法识别的日期（可写作 2026-03-05、2026/3/5 或 2026年3月5日）',
          'unparsable date (expected YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)',
        ),
      );
      bad = true;
      break;
    }
    if (bad) continue;
    const levelText = raw(C.level);
    const level = levels.of(levelText);
    if (level < 0) {
      err(
        row,
        'level',
        levelText.trim(),
        say('隐患等级应为一般或重大', 'hazard level must be general or major (一般/重大)'),
      );
      continue;
    }
    const statusText = raw(C.status);
    const status = statuses.of(statusText);
    if (status < 0) {
      err(
        row,
        'status',
        statusText.trim(),
        say(
          '整改状态应为待整改、整改中、待复查或已销号',
          'status must be open, in_progress, awaiting_recheck or closed',
        ),
      );
      continue;
    }
    const i = h.length++;
    seen.add(i, id);
    const sourceText = raw(C.source);
    let source = sources.of(sourceText);
    if (source < 0) {
      warn(row, 'source', sourceText.trim(), say('无法识别的来源，按未填处理', 'unknown source; read as not given'));
      source = 255;
    }
    if (status === HAZARD_CLOSED && day[2] === NO_DATE)
      warn(row, 'closed_date', '', say('已销号的隐患没有销号日期', 'closed hazard without a closure date'));
    // A date before the finding is a slip in the ledger, not a reason to lose the hazard: the owner is told, the row stays.
    for (const { k, zh, en } of AFTER_FOUND) {
      if (day[k] === NO_DATE || day[k] >= day[0]) continue;
      const found = formatDay(day[0]);
      warn(
        row,
        DATE_COLUMNS[k],
        raw(dates[k]).trim(),
        say(`${zh}早于发现日期（${found}）`, `${en} is before the date found (${found})`),
      );
    }
    const listedText = raw(C.listed);
    const listed = yesNo.of(listedText);
    if (listed === undefined)
      warn(
        row,
        'listed_supervision',
        listedText.trim(),
        say('应为“是”或“否”，按否处理', 'expected yes or no; read as no'),
      );
    h.enterprise[i] = enterprise;
    h.found[i] = day[0];
    h.deadline[i] = day[1];
    h.closed[i] = day[2];
    h.level[i] = level;
    h.status[i] = status;
    h.source[i] = source;
    h.listed[i] = listed ? 1 : 0;
    h.id.push(id);
    h.description.push(descriptions.of(raw(C.description)));
    h.responsiblePerson.push(persons.of(raw(C.person)));
  }
  return h;
}

/** True when a hazard is overdue on `asOf`: not closed and its deadline is before the data date (docs/data-format.md). */
export function isOverdue(status: number, deadline: number, asOf: number): boolean {
  return status !== HAZARD_CLOSED && deadline !== NO_DATE && deadline < asOf;
}
