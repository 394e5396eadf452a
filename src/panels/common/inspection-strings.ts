/** Text about the inspection ledger that the filter panel, the KPI tiles, the supervision tab and the drawer share, Chinese first. */
import { defineStrings } from '../../domain/text.ts';

export const INSPECTION_TEXT = defineStrings({
  noLedger: {
    zh: '此数据集没有检查台账：导入检查台账后可按检查状态筛选',
    en: 'This dataset has no inspection ledger: import one to filter by inspection status',
  },
  /** The drawer's section of an enterprise's inspections. */
  history: { zh: '检查记录', en: 'Inspections' },
  noLedgerShort: { zh: '此数据集没有检查台账', en: 'This dataset has no inspection ledger' },
  ledgerLoading: { zh: '检查台账加载中…', en: 'Loading the inspection ledger…' },
  asOfRule: {
    zh: '按数据日期 {0} 计算；只计行政检查，巡查和自查不计',
    en: 'As of the data date {0}; only administrative inspections count, not patrols or self-checks',
  },
});
