/** The messages of the text readers: decoding a text file (decode-text.ts), the CSV reader and the header row. */
import { defineStrings } from '../../domain/text.ts';

export const TEXT_FILE_TEXT = defineStrings({
  empty: { zh: '文件是空的（0 字节）', en: 'the file is empty (0 bytes)' },
  binary: {
    zh: '这不是文本文件（内容是二进制数据），请导出为 CSV、Excel、GeoJSON 或 Shapefile 后再导入',
    en: 'this is not a text file (the content is binary); export it as CSV, Excel, GeoJSON or Shapefile and import that',
  },
  /** Line number. */
  unmatchedQuote: {
    zh: '第 {0} 行有一个没有配对的英文双引号（"），其后的内容无法分列；请在表格软件中检查后重新导出',
    en: 'an unmatched double quote (") on line {0} makes the rest of the file unreadable; check it in a spreadsheet and export again',
  },
  noRows: { zh: '文件里没有任何数据行', en: 'the file has no rows' },
  headerOnly: { zh: '只有表头，没有数据行', en: 'the file has a header row but no data rows' },
});
