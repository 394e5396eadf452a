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
  /** Opening the storage: the browser has none (an old browser, or storage turned off for pages). */
  unavailable: {
    zh: '这个浏览器不能为网页保存数据（没有 IndexedDB 存储）',
    en: 'IndexedDB is not available in this browser',
  },
  /** Opening the storage: another tab of the app holds an older version of it open. */
  blocked: {
    zh: '本应用在另一个标签页中还占用着浏览器的存储，请关闭本应用的其他标签页后再试',
    en: "IndexedDB is blocked by another tab; close the app's other tabs and try again",
  },
  /** Opening the storage failed without the browser saying why. */
  notOpened: {
    zh: '浏览器的存储（IndexedDB）无法打开',
    en: 'IndexedDB could not be opened',
  },
  /** The reason given in Chinese when the browser refused for a reason of its own (its words, in English, follow as `browserSaid`). */
  refused: {
    zh: '浏览器拒绝了保存',
    en: 'the browser refused to keep it',
  },
  /** The browser's own words, after the whole Chinese text. */
  browserSaid: {
    zh: '浏览器给出的原因：{0}',
    en: 'The browser gave as its reason: {0}',
  },
} as const;
