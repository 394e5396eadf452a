/** Text of the inspection-status layer: its settings and its legend. The statuses' names are INSPECTION_BITS'. */
import { defineStrings } from '../../domain/text.ts';

export const INSPECTION_MARK_TEXT = defineStrings({
  marksToShow: { zh: '标注的检查状态', en: 'Inspection statuses marked' },
  noLedger: {
    zh: '此数据集没有检查台账，无法标注检查状态',
    en: 'This dataset has no inspection ledger, so no inspection status can be marked',
  },
  loading: {
    zh: '检查台账加载中，算出检查状态后显示标注',
    en: 'Loading the inspection ledger: the marks show once the status is computed',
  },
  noneChosen: { zh: '未选择要标注的检查状态', en: 'No inspection status chosen to mark' },
  note: {
    zh: '按数据日期计算，只标注通过筛选的企业；点击企业点位查看详情',
    en: 'As of the data date, for the enterprises passing the filters; click a point for its details',
  },
});
