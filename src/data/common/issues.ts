/** Collects ValidationIssues with the reason in both languages, for one file at a time. */
import type { Lang } from '../../domain/lang.ts';
import { tr, type Text } from '../../domain/text.ts';
import type { ValidationIssue } from '../dataset.ts';

export interface IssueSink {
  error(row: number, column: string, value: string, reason: Text): void;
  warn(row: number, column: string, value: string, reason: Text): void;
}

export function issueSink(file: string, issues: ValidationIssue[]): IssueSink {
  const push = (severity: ValidationIssue['severity']) => (row: number, column: string, value: string, r: Text) => {
    issues.push({ file, row, column, value, reason: r.en, reasonZh: r.zh, severity });
  };
  return { error: push('error'), warn: push('warning') };
}

/** A bilingual message. */
export const say = (zh: string, en: string): Text => ({ zh, en });

/** An issue's reason in the UI language; one without a Chinese reason shows its English one. */
export function issueReason(lang: Lang, issue: Pick<ValidationIssue, 'reason' | 'reasonZh'>): string {
  return tr(lang, { zh: issue.reasonZh ?? issue.reason, en: issue.reason });
}
