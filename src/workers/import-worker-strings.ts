/** The import worker's messages for a failure that is not a file's own (ImportError says those). */
import { defineStrings } from '../domain/text.ts';

export const IMPORT_WORKER_TEXT = defineStrings({
  /** The error's message. */
  outOfMemory: {
    zh: '文件太大，浏览器内存不足（{0}）；请拆分文件或使用 npm run build-data',
    en: "too large for the browser's memory ({0}); split the file or use npm run build-data",
  },
  /** The error's message. */
  failed: { zh: '导入失败：{0}', en: 'import failed: {0}' },
});
