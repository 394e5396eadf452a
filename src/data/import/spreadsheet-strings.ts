/** The spreadsheet reader's messages. */
import { defineStrings } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';

export const SPREADSHEET_TEXT = defineStrings({
  empty: { zh: '文件是空的（0 字节）', en: 'The file is empty (0 bytes)' },
  notSheet: {
    zh: '这不是 Excel 工作簿（.xlsx / .xls），也不是可识别的表格文本',
    en: 'This is not an Excel workbook (.xlsx / .xls) nor recognisable table text',
  },
  notWorkbookZip: {
    zh: '这是一个 zip 压缩包，但里面没有 Excel 工作簿',
    en: 'This is a zip archive but holds no Excel workbook',
  },
  corrupt: {
    zh: '文件已损坏或不完整，无法作为 Excel 工作簿读取',
    en: 'The file is damaged or incomplete and cannot be read as an Excel workbook',
  },
  encrypted: {
    zh: '工作簿设置了打开密码（已加密），请在 Excel 中取消密码后另存再导入',
    en: 'The workbook is password-protected (encrypted); remove the password in Excel, save, and import again',
  },
  /** How big (overCells), the limit. */
  tooBig: {
    zh: '表格太大（{0}），超过 {1} 个单元格的上限；请删去无关的工作表或列后再导入',
    en: 'The sheet is too big ({0}), above the limit of {1} cells; delete unrelated sheets or columns and import again',
  },
  /** Cells read so far. */
  overCells: { zh: '已超过 {0} 个单元格', en: 'over {0} cells' },
  /** The sheet asked for, the workbook's sheets (quoted, or noSheets). */
  noSuchSheet: {
    zh: '找不到工作表「{0}」；工作簿里的工作表有：{1}',
    en: 'No sheet named "{0}"; the workbook has: {1}',
  },
  noSheets: WORDS.noneInParens,
  /** Sheet name. */
  emptySheet: { zh: '工作表「{0}」是空的，没有任何数据', en: 'Sheet "{0}" is empty: it holds no data' },
  /** A workbook as a container (see Container in inflate-bounded.ts). */
  inWorkbook: { zh: '工作簿中的', en: 'in the workbook' },
  workbookDirectory: { zh: '文件目录', en: 'its directory' },
  eachPart: { zh: '单个部件', en: 'one part' },
  trimAdvice: { zh: '请删去无关的工作表或列后再导入', en: 'delete unrelated sheets or columns and import again' },
  damagedUnreadable: { zh: '文件已损坏或被篡改，无法读取', en: 'the file is damaged or was tampered with' },
});
