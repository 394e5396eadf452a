/**
 * The enterprise a ledger row (a hazard, an inspection) belongs to: by credit code, or by exact name
 * when the ledger has no credit codes. An unknown one is reported on the row and gives undefined.
 */
import type { KeyLookup } from '../string-index.ts';
import { say, type IssueSink } from './issues.ts';

export function ledgerEnterprise(
  key: string,
  byName: boolean,
  enterprises: { byCode: KeyLookup; byName: KeyLookup },
  err: IssueSink['error'],
  row: number,
): number | undefined {
  const enterprise = byName ? enterprises.byName.get(key) : enterprises.byCode.get(key);
  if (enterprise !== undefined) return enterprise;
  err(
    row,
    byName ? 'enterprise_name' : 'credit_code',
    key,
    byName
      ? say(
          '企业表中没有这个名称的企业（或该企业的行被拒绝）',
          'no enterprise with this name (or that enterprise row was rejected)',
        )
      : say(
          '企业表中没有这个统一社会信用代码（或该企业的行被拒绝）',
          'no enterprise with this credit code (or that enterprise row was rejected)',
        ),
  );
  return undefined;
}
