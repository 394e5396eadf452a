/** Text of the online basemap's attribution line. */
import { defineStrings } from '../../domain/text.ts';

export const BASEMAP_TEXT = defineStrings({
  attribution: { zh: '© 天地图', en: '© Tianditu' },
  attributionReviewed: { zh: '© 天地图 · 审图号：{0}', en: '© Tianditu · Map review no. {0}' },
});
