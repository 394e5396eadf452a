/** The "why this level" section of the enterprise drawer, Chinese first. */
import { defineStrings } from '../domain/text.ts';
import { APP_TEXT } from '../i18n/strings.ts';
import { WORDS } from '../domain/words-strings.ts';

export const RISK_EXPLANATION_TEXT = defineStrings({
  why: { zh: '为什么是这个等级', en: 'Why this level' },
  modelOnly: {
    zh: '（以下为模型评分；地图显示外部评估等级）',
    en: '(the model’s score; the map shows the assessed level)',
  },
  veto: WORDS.veto,
  total: APP_TEXT.total,
});
