/** What the parts that need the streamed details say while those load (src/panels/details-pending.tsx). */
import { defineStrings } from '../domain/text.ts';

export const DETAILS_TEXT = defineStrings({
  names: { zh: '正在加载名称…', en: 'Loading names…' },
  ledger: { zh: '正在加载隐患台账…', en: 'Loading the hazard ledger…' },
  searchWaits: { zh: '正在加载名称，搜索稍后生效…', en: 'Loading names; the search applies when they arrive…' },
  failed: {
    zh: '名称或隐患台账未能加载：{0}。地图和筛选仍可使用；请刷新页面重试',
    en: 'The names or the hazard ledger could not be loaded: {0}. The map and the filters still work; reload the page to try again',
  },
});
