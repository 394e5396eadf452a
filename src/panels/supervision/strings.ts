/** UI text of the supervision tab (coverage, plan, settings), Chinese first. */
import { defineStrings } from '../../domain/text.ts';
import { APP_TEXT } from '../../i18n/strings.ts';

export const SUPERVISION_TEXT = defineStrings({
  tab: APP_TEXT.supervision,
  coverage: { zh: '检查覆盖', en: 'Coverage' },
  plan: { zh: '年度检查计划', en: 'Yearly plan' },
  settings: { zh: '监管分类设置', en: 'Class settings' },
});
