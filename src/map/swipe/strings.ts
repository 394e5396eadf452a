/** The swipe of two data dates: its button, its halves' labels, its divider and its command. */
import { defineStrings } from '../../domain/text.ts';

export const SWIPE_TEXT = defineStrings({
  /** The map's button, shown while a comparison is ready. */
  button: { zh: '两期对比', en: 'Swipe' },
  buttonTitle: {
    zh: '一张图左右对比两期数据：拖动分隔线，左侧为上期，右侧为本期（快捷键 S，Esc 退出）',
    en: 'Both data dates on one map: drag the divider, the earlier data left, the current data right (key S, Esc to leave)',
  },
  command: { zh: '两期对比（开/关）', en: 'Swipe between the two data dates (on/off)' },
  /** Each half's label, `{0}` its data date. */
  earlier: { zh: '{0}（上期）', en: '{0} (earlier)' },
  current: { zh: '{0}（本期）', en: '{0} (current)' },
  /** Under the earlier half's label when the filters in use cannot apply to it. */
  earlierUnfiltered: {
    zh: '全部企业：当前筛选不适用于上期',
    en: 'All enterprises: the filters in use do not apply to the earlier data',
  },
  divider: {
    zh: '两期分隔线：左侧上期，右侧本期（方向键移动）',
    en: 'Divider between the data dates: earlier left, current right (arrow keys move it)',
  },
  layerName: { zh: '两期对比图层', en: 'The swipe layers' },
});
