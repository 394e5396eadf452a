/**
 * Text of the bulletin's section on the changes since the earlier data date (较上期变化), printed and
 * in Word (period-changes.ts gives the figures; src/panels/bulletin and src/data/bulletin-docx lay
 * them out); use with `tr(lang, PERIOD_CHANGES_TEXT.key)`.
 */
import { defineStrings } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { COLUMN_HEADERS } from '../common/columns/column-strings.ts';

export const PERIOD_CHANGES_TEXT = defineStrings({
  /** The section's heading, `{0}` the earlier data date. */
  heading: { zh: '较上期变化（上期数据日期 {0}）', en: 'Since the earlier data date ({0})' },
  /** The two data dates compared, and that the figures are the whole district's (the bulletin's period is another thing). */
  dates: {
    zh: '比较两期数据：上期数据日期 {0}，本期数据日期 {1}；全区所有企业，不受筛选影响。',
    en: 'Two data dates compared: the earlier {0}, this one {1}; every enterprise of the district, whatever the filters.',
  },
  /**
   * The figures in words: new, gone, moved up (of which to 重大, to 较大), moved down; major hazards
   * found since, hazards closed since, newly overdue, newly listed.
   */
  sentence: {
    zh: '与上期相比，新增企业 {0} 家，移出 {1} 家；风险等级上升 {2} 家（其中升为重大风险 {3} 家、升为较大风险 {4} 家），下降 {5} 家。期间新发现重大事故隐患 {6} 项，销号隐患 {7} 项，新增逾期未整改隐患 {8} 项，新增挂牌督办隐患 {9} 项。',
    en: 'Since then {0} enterprises are new and {1} gone; {2} moved up a level ({3} to major, {4} to significant) and {5} moved down. {6} major hazards were found, {7} hazards closed, {8} became overdue for rectification and {9} were newly listed for supervision.',
  },
  /** The three lists: their captions, with the whole count. */
  moversCaption: { zh: '风险等级上升的企业（{0} 家）', en: 'Enterprises that moved up a level ({0})' },
  majorFoundCaption: {
    zh: '期间新发现的重大事故隐患（{0} 项）',
    en: 'Major hazards found since the earlier data date ({0})',
  },
  newlyOverdueCaption: {
    zh: '新增逾期未整改隐患（{0} 项）',
    en: 'Hazards newly overdue for rectification ({0})',
  },
  /** Under a list cut short: the lines shown, the whole count ("等 N 家"). */
  moreEnterprises: { zh: '以上列出 {0} 家，等 {1} 家。', en: 'The first {0} of {1} are listed.' },
  moreHazards: { zh: '以上列出 {0} 项，等 {1} 项。', en: 'The first {0} of {1} listed.' },
  /** The table by town. */
  townsCaption: { zh: '各镇街较上期变化', en: 'Changes by town since the earlier data date' },
  townsLead: {
    zh: '全区 {0} 个镇街均列入表中，没有变化的镇街记为 0（零报告）。',
    en: 'All {0} towns are in the table; a town where nothing changed shows 0 (a zero report).',
  },
  /** Enterprises outside every town (a row only when there are some). */
  outsideTowns: { zh: '不在镇街内', en: 'Outside the towns' },
  /** A town of the earlier data only. */
  earlierTown: { zh: '{0}（仅上期）', en: '{0} (earlier only)' },
  /** Column headers. */
  enterprise: COLUMN_HEADERS.enterpriseName,
  town: WORDS.town,
  total: WORDS.total,
  found: WORDS.found,
  daysOverdue: WORDS.daysOverdue,
  hazard: { zh: '隐患内容', en: 'Hazard' },
  /** Also the changes tab's headers (src/panels/compare). */
  thenNow: { zh: '上期 → 本期', en: 'Then → now' },
  reason: { zh: '主要原因', en: 'Main reason' },
  /** A level's count then → now, `{0}` the level's short name. */
  levelThenNow: { zh: '{0} 上期→本期', en: '{0} then → now' },
  up: { zh: '上升', en: 'Up' },
  down: { zh: '下降', en: 'Down' },
  added: WORDS.opened,
  gone: { zh: '移出', en: 'Gone' },
  majorFound: { zh: '新发现重大隐患', en: 'Major found' },
  closed: WORDS.closed,
  noneListed: WORDS.noneInParens,
});
