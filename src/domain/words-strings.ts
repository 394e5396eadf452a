/**
 * Words the users see in more than one feature (the area kinds, the hazard ledger's trend, empty
 * states), as one entry each: a feature's table refers to the entry here (`town: WORDS.town`) rather
 * than writing the text again. At the bottom of the layers, so every layer can use them.
 */
import { defineStrings } from './text.ts';

export const WORDS = defineStrings({
  town: { zh: '镇街', en: 'Town' },
  grid: { zh: '网格', en: 'Grid cell' },
  park: { zh: '园区', en: 'Park' },
  found: { zh: '发现日期', en: 'Found' },
  opened: { zh: '新增', en: 'New' },
  closed: { zh: '销号', en: 'Closed' },
  stillOpen: { zh: '仍未销号', en: 'Still open' },
  noHazardLedger: { zh: '暂无隐患台账数据', en: 'No hazard ledger in this dataset' },
  noData: { zh: '暂无数据', en: 'No data' },
  delete: { zh: '删除', en: 'Delete' },
  /** An empty list or choice, in a sentence or a select. */
  noneInParens: { zh: '（无）', en: '(none)' },
});
