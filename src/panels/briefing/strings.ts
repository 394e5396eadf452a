/** Text of the briefing room: presentation mode, saved views, the tour and the shortcut list. */
import { defineStrings } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { APP_TEXT } from '../../i18n/strings.ts';
import { COMMAND_TEXT } from '../../ui/command-strings.ts';

export const BRIEFING_TEXT = defineStrings({
  present: { zh: '演示', en: 'Present' },
  exports: { zh: '导出', en: 'Export' },
  presentTitle: {
    zh: '演示模式：全屏、深色、大字，适合会议室投屏（快捷键 P）',
    en: 'Presentation mode: full screen, dark, large text for the meeting-room wall (key P)',
  },
  exitPresent: { zh: '退出演示', en: 'Leave' },
  views: { zh: '视图', en: 'Views' },
  viewsTitle: { zh: '保存的视图与轮播', en: 'Saved views and the tour' },
  saveView: COMMAND_TEXT.viewSave,
  noViews: {
    zh: '还没有保存的视图。调好地图、筛选和图层后点“保存当前视图”。',
    en: 'No saved views yet. Set up the map, filters and layers, then click "Save this view".',
  },
  show: { zh: '显示', en: 'Show' },
  rename: { zh: '视图名称', en: 'View name' },
  seconds: { zh: '轮播秒数', en: 'Seconds in the tour' },
  up: { zh: '上移', en: 'Move up' },
  down: { zh: '下移', en: 'Move down' },
  remove: WORDS.delete,
  copyLink: { zh: '复制链接', en: 'Copy link' },
  copied: { zh: '已复制', en: 'Copied' },
  otherDataset: { zh: '（其他数据集：{0}）', en: ' (another dataset: {0})' },
  savedComparing: {
    zh: '（与 {0} 比较时保存，显示时将打开该比较）',
    en: ' (saved comparing with {0}: showing it opens that comparison)',
  },
  savedNotComparing: {
    zh: '（未比较时保存，显示时将结束比较）',
    en: ' (saved without a comparison: showing it ends this one)',
  },
  startTour: { zh: '开始轮播', en: 'Start the tour' },
  exportViews: { zh: '导出 JSON', en: 'Export JSON' },
  importViews: { zh: '导入 JSON', en: 'Import JSON' },
  importFailed: { zh: '无法导入视图文件 {0}：{1}', en: 'Could not import the views file {0}: {1}' },
  imported: { zh: '已导入 {0} 个视图', en: '{0} views imported' },
  tourOf: { zh: '第 {0} / {1} 个视图', en: 'View {0} of {1}' },
  paused: { zh: '已暂停', en: 'Paused' },
  tourHint: {
    zh: '空格 暂停/继续 · PgDn/→ 下一个 · PgUp/← 上一个 · Esc 退出',
    en: 'Space pause · PgDn/→ next · PgUp/← previous · Esc leave',
  },
  shortcuts: { zh: '快捷键', en: 'Keyboard shortcuts' },
  close: APP_TEXT.close,
  blanked: { zh: '黑屏中，按 B 恢复', en: 'Screen blanked: press B to show' },
});
