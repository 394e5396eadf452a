import { describe, expect, it } from 'vitest';
import { issuesCsv } from './report-csv.ts';
import type { ValidationIssue } from '../dataset.ts';

const issues: ValidationIssue[] = [
  {
    file: '企业.csv',
    row: 3,
    column: 'credit_code',
    value: '=1+1',
    reason: 'duplicate credit code',
    reasonZh: '信用代码重复',
    severity: 'error',
  },
  {
    file: 'meta.json',
    row: 0,
    column: 'as_of',
    value: '',
    reason: 'no data date given, "today" used',
    severity: 'warning',
  },
];

describe('issuesCsv', () => {
  it('writes the problems in Chinese, falling back to the English reason', () => {
    expect(issuesCsv(issues, 'zh')).toBe(
      '文件,行号,列,值,级别,原因\r\n企业.csv,3,credit_code,\'=1+1,拒绝,信用代码重复\r\nmeta.json,,as_of,,警告,"no data date given, ""today"" used"\r\n',
    );
  });

  it('and in English', () => {
    expect(issuesCsv(issues, 'en')).toBe(
      'file,row,column,value,severity,reason\r\n企业.csv,3,credit_code,\'=1+1,rejected,duplicate credit code\r\nmeta.json,,as_of,,warning,"no data date given, ""today"" used"\r\n',
    );
  });
});
