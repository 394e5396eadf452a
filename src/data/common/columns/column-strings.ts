/**
 * The names of the enterprise, hazard and inspection columns that the import, the exports and the
 * drawer share: one entry each, which the registries (enterprise-columns.ts, hazard-columns.ts,
 * inspection-columns.ts) hand to every part that shows the column. The hazard ledger export's
 * Chinese headers are the import's names, so an exported ledger reads back in. Names that other features show too are in WORDS (src/domain).
 */
import { defineStrings } from '../../../domain/text.ts';

export const COLUMN_HEADERS = defineStrings({
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  name: { zh: '企业名称', en: 'Name' },
  address: { zh: '地址', en: 'Address' },
  scale: { zh: '规模', en: 'Scale' },
  employees: { zh: '从业人员', en: 'Employees' },
  /** The hazard ledger's. */
  hazardId: { zh: '隐患编号', en: 'Hazard id' },
  enterpriseName: { zh: '企业名称', en: 'Enterprise name' },
  dateFound: { zh: '发现日期', en: 'Date found' },
  closureDate: { zh: '销号日期', en: 'Closure date' },
  hazardStatus: { zh: '整改状态', en: 'Status' },
  description: { zh: '隐患描述', en: 'Description' },
  hazardResponsible: { zh: '整改责任人', en: 'Responsible person' },
  /** The inspection ledger's. */
  inspectionId: { zh: '检查编号', en: 'Inspection id' },
  inspectionDate: { zh: '检查日期', en: 'Inspection date' },
  inspectionKind: { zh: '检查类型', en: 'Inspection kind' },
  inspectingUnit: { zh: '检查单位', en: 'Inspecting unit' },
  inspectors: { zh: '检查人员', en: 'Inspectors' },
  inspectionResult: { zh: '检查结果', en: 'Inspection result' },
  hazardsFound: { zh: '发现隐患数', en: 'Hazards found' },
  penalty: { zh: '行政处罚', en: 'Administrative penalty' },
});
