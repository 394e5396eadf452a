/** Collects ValidationIssues with the reason in both languages, for one file at a time. */
import type { ValidationIssue } from '../dataset.ts';
import type { Bilingual } from './types.ts';

export interface IssueSink {
  error(row: number, column: string, value: string, reason: Bilingual): void;
  warn(row: number, column: string, value: string, reason: Bilingual): void;
}

export function issueSink(file: string, issues: ValidationIssue[]): IssueSink {
  const push = (severity: ValidationIssue['severity']) => (row: number, column: string, value: string, r: Bilingual) => {
    issues.push({ file, row, column, value, reason: r.en, reasonZh: r.zh, severity });
  };
  return { error: push('error'), warn: push('warning') };
}

/** A bilingual message. */
export const say = (zh: string, en: string): Bilingual => ({ zh, en });
