/** Text the map shell draws over the map itself. */
import { defineStrings } from '../domain/text.ts';

export const MAP_TEXT = defineStrings({
  majorInView: { zh: '图上重大风险企业 {0} 家', en: '{0} major-risk enterprises in view' },
  majorNotPlaced: { zh: '另有 {0} 家未列出', en: '{0} more not listed' },
});
