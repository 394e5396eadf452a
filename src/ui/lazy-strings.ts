/** The texts of the parts loaded on first use (src/ui/lazy-load.ts): while loading, and when a part did not load. */
import { defineStrings } from '../domain/text.ts';

export const LAZY_TEXT = defineStrings({
  loading: { zh: '加载中…', en: 'Loading…' },
  notLoaded: {
    zh: '这一部分未能加载（网络中断，或网站已更新）；页面其余部分不受影响',
    en: 'This part could not be loaded (the network, or an updated site); the rest of the page still works',
  },
  reload: { zh: '重新加载页面', en: 'Reload the page' },
  areaOutline: { zh: '区域轮廓', en: 'Area outline' },
  layerNotLoaded: { zh: '图层“{0}”未能加载：{1}', en: 'The layer "{0}" could not be loaded: {1}' },
  commandNotLoaded: { zh: '“{0}”未能加载：{1}', en: '"{0}" could not be loaded: {1}' },
});
