/**
 * Reads the hidden-hazard ledger (hazards.csv) into columns, tied to enterprise rows by credit code.
 * A hazard for an unknown enterprise, with a duplicate id, an unparsable date or an unknown level or
 * status is reported and left out.
 */
import { codeOf, HAZARD_CLOSED, HAZARD_LEVELS, HAZARD_SOURCES, HAZARD_STATUSES, type ValidationIssue } from '../dataset.ts';
import { NO_DATE, parseDay } from '../dates.ts';
import { estimateRows, readCsv } from './csv.ts';

const FILE = 'hazards.csv';
export const HAZARD_REQUIRED = ['id', 'credit_code', 'found_date', 'level', 'status'] as const;

export interface RawHazards {
  length: number;
  enterprise: Int32Array; found: Int32Array; deadline: Int32Array; closed: Int32Array;
  level: Uint8Array; status: Uint8Array; source: Uint8Array; listed: Uint8Array;
  id: string[]; description: string[]; responsiblePerson: string[];
}

export function readHazards(text: string, rowByCreditCode: Map<string, number>, issues: ValidationIssue[]): RawHazards {
  const cap = estimateRows(text);
  const h: RawHazards = {
    length: 0, enterprise: new Int32Array(cap), found: new Int32Array(cap), deadline: new Int32Array(cap), closed: new Int32Array(cap),
    level: new Uint8Array(cap), status: new Uint8Array(cap), source: new Uint8Array(cap), listed: new Uint8Array(cap),
    id: [], description: [], responsiblePerson: [],
  };
  const seen = new Set<string>();
  const err = (row: number, column: string, value: string, reason: string) => issues.push({ file: FILE, row, column, value, reason, severity: 'error' });
  const warn = (row: number, column: string, value: string, reason: string) => issues.push({ file: FILE, row, column, value, reason, severity: 'warning' });
  readCsv(FILE, text, HAZARD_REQUIRED, issues, (f, row, header) => {
    const get = (k: string) => {
      const i = header.index.get(k);
      return i === undefined ? '' : (f[i] ?? '').trim();
    };
    const id = get('id');
    if (!id) return err(row, 'id', '', 'missing id');
    if (seen.has(id)) return err(row, 'id', id, 'duplicate hazard id');
    const code = get('credit_code');
    const enterprise = rowByCreditCode.get(code);
    if (enterprise === undefined) return err(row, 'credit_code', code, 'no enterprise with this credit code (or that enterprise row was rejected)');
    const dates: Record<string, number> = {};
    for (const column of ['found_date', 'deadline', 'closed_date']) {
      const v = get(column);
      if (v === '') {
        if (column === 'found_date') return err(row, column, '', 'missing date');
        dates[column] = NO_DATE;
        continue;
      }
      const day = parseDay(v);
      if (day === undefined) return err(row, column, v, 'unparsable date (expected YYYY-MM-DD)');
      dates[column] = day;
    }
    const levelText = get('level');
    const level = codeOf(HAZARD_LEVELS, levelText);
    if (level < 0) return err(row, 'level', levelText, 'hazard level must be general or major (一般/重大)');
    const statusText = get('status');
    const status = codeOf(HAZARD_STATUSES, statusText);
    if (status < 0) return err(row, 'status', statusText, 'status must be open, in_progress, awaiting_recheck or closed');
    seen.add(id);
    const sourceText = get('source');
    let source = sourceText === '' ? 255 : codeOf(HAZARD_SOURCES, sourceText);
    if (source < 0) {
      warn(row, 'source', sourceText, 'unknown source; read as not given');
      source = 255;
    }
    if (status === HAZARD_CLOSED && dates.closed_date === NO_DATE) warn(row, 'closed_date', '', 'closed hazard without a closure date');
    const listedText = get('listed_supervision').toLowerCase();
    const i = h.length++;
    h.enterprise[i] = enterprise;
    h.found[i] = dates.found_date;
    h.deadline[i] = dates.deadline;
    h.closed[i] = dates.closed_date;
    h.level[i] = level;
    h.status[i] = status;
    h.source[i] = source;
    h.listed[i] = listedText === 'true' || listedText === '1' || listedText === '是' ? 1 : 0;
    h.id.push(id);
    h.description.push(get('description'));
    h.responsiblePerson.push(get('responsible_person'));
  });
  return h;
}

/** True when a hazard is overdue on `asOf`: not closed and its deadline is before the data date (DATA-FORMAT.md). */
export function isOverdue(status: number, deadline: number, asOf: number): boolean {
  return status !== HAZARD_CLOSED && deadline !== NO_DATE && deadline < asOf;
}
