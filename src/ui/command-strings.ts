/** The app's command labels (src/ui/app-commands.ts), as the shortcut list and the command buttons show them. */
import { defineStrings } from '../domain/text.ts';

export const COMMAND_TEXT = defineStrings({
  presentationToggle: { zh: '演示模式（开/关）', en: 'Presentation mode (on/off)' },
  presentationExit: { zh: '退出演示模式', en: 'Leave presentation mode' },
  tourPlay: { zh: '播放/暂停视图轮播', en: 'Play or pause the tour' },
  tourNext: { zh: '下一个视图', en: 'Next view' },
  tourPrevious: { zh: '上一个视图', en: 'Previous view' },
  tourStop: { zh: '停止轮播', en: 'Stop the tour' },
  presentationBlank: { zh: '黑屏（再按恢复）', en: 'Blank the screen (again to show)' },
  viewSave: { zh: '保存当前视图', en: 'Save this view' },
  /** The name a saved view gets, `{0}` its number. */
  viewName: { zh: '视图 {0}', en: 'View {0}' },
  filtersClear: { zh: '清除全部筛选', en: 'Clear all filters' },
  /** Names both languages, so a reader of either finds the switch. */
  languageToggle: { zh: '切换语言（中文/English）', en: 'Switch language (中文/English)' },
  importOpen: { zh: '导入数据', en: 'Import data' },
  helpShortcuts: { zh: '快捷键列表', en: 'Keyboard shortcuts' },
});
