/** The messages of reading a bundle (load-bundle.ts); each follows the file's name. */
import { defineStrings } from '../domain/text.ts';

export const LOAD_BUNDLE_TEXT = defineStrings({
  /** The browser's message. */
  notDownloaded: {
    zh: '无法下载（{0}）：请检查网络或服务器',
    en: 'could not be downloaded ({0}); check the network or the server',
  },
  notOnServer: { zh: '服务器上没有这个文件（HTTP 404）', en: 'is not on the server (HTTP 404)' },
  /** The HTTP status. */
  httpStatus: { zh: '服务器返回 HTTP {0}', en: 'the server answered HTTP {0}' },
  webPage: { zh: '服务器返回的是网页而不是数据文件', en: 'the server sent a web page instead of the data file' },
  /** The parser's message. */
  invalidJson: {
    zh: '不是完整有效的 JSON（可能被截断）：{0}',
    en: 'is not complete, valid JSON (it may be cut short): {0}',
  },
  missingFile: { zh: '数据包缺少这个文件', en: 'is missing from the bundle' },
});
