/**
 * The messages about datasets saved in this browser, Chinese first. A table of its own (src/state
 * may not import src/i18n), checked with the rest of the catalogue; `{0}` is filled by the caller.
 */
export const SAVED_TEXT = {
  /** The dataset's id. */
  missing: {
    zh: '保存的数据集“{0}”不在这个浏览器中（可能已被删除，或保存在另一个浏览器里）',
    en: 'saved dataset "{0}" is not in this browser (it may have been deleted, or saved in another browser)',
  },
  /** The dataset's name (or id). */
  damaged: {
    zh: '保存的数据集“{0}”已损坏：请在“数据集”菜单中删除它，再重新导入文件',
    en: 'saved dataset "{0}" is damaged; delete it in the Dataset menu and import the files again',
  },
  /** The dataset's name, then the file and what is wrong with it. */
  damagedFile: {
    zh: '保存的数据集“{0}”已损坏（{1}）：请在“数据集”菜单中删除它，再重新导入文件',
    en: 'saved dataset "{0}" is damaged ({1}); delete it in the Dataset menu and import the files again',
  },
} as const;
