/**
 * The zip reader's messages, and the words of the messages about a part of a container (a zip, or a
 * workbook, which is a zip) bigger than its limit or than it declares (inflate-bounded.ts).
 */
import { defineStrings } from '../../domain/text.ts';

export const ZIP_TEXT = defineStrings({
  notZip: {
    zh: '不是有效的 ZIP 文件（可能已损坏或只下载了一部分）',
    en: 'Not a valid ZIP file (it may be damaged or only partly downloaded)',
  },
  /** Entries, limit. */
  tooManyEntries: {
    zh: 'ZIP 文件中的条目过多（{0} 个，上限 {1}）',
    en: 'The ZIP file has too many entries ({0}; the limit is {1})',
  },
  /** Gigabytes. */
  tooBigUnpacked: {
    zh: 'ZIP 文件解压后过大（{0} GB，上限 1.5 GB）',
    en: 'The ZIP file would unpack to {0} GB (the limit is 1.5 GB)',
  },
  /** Entry name. */
  encrypted: {
    zh: 'ZIP 中的 “{0}” 已加密，请先解压或去掉密码',
    en: '"{0}" in the ZIP is encrypted; unpack it or remove the password first',
  },
  /** Entry name, compression method. */
  unsupportedMethod: {
    zh: 'ZIP 中的 “{0}” 使用了不支持的压缩方式（{1}），请用普通 ZIP（Deflate）重新压缩',
    en: '"{0}" in the ZIP uses an unsupported compression method ({1}); re-zip it as a plain (Deflate) ZIP',
  },
  /** A zip as a container (see Container in inflate-bounded.ts); `{0}` the zip's name. */
  inZip: { zh: 'ZIP 文件「{0}」中的', en: 'in the ZIP file "{0}"' },
  zipDirectory: { zh: 'ZIP 目录', en: 'its ZIP directory' },
  eachFile: { zh: '单个文件', en: 'one file' },
  splitAdvice: { zh: '请拆分后再导入', en: 'split it and import the parts' },
  damagedNotImported: {
    zh: '文件已损坏或被篡改，没有导入',
    en: 'the file is damaged or was tampered with, and was not imported',
  },
  /** Where, part name, size, what the limit is for, limit, advice. */
  partTooBig: {
    zh: '{0}「{1}」解压后有 {2}，超过{3} {4} 的上限；{5}',
    en: '"{1}" {0} is {2} unpacked, above the limit of {4} for {3}; {5}',
  },
  /** Where, part name, real size, directory, declared size, what became of it. */
  partLarger: {
    zh: '{0}「{1}」解压后为 {2}，大于{3}中记载的 {4}：{5}',
    en: '"{1}" {0} inflates to {2}, more than the {4} {3} declares: {5}',
  },
  /** The same, when inflating stopped at the cap: where, part name, "more than" the cap, directory, declared size, what became of it. */
  partLargerThanCap: {
    zh: '{0}「{1}」解压后{2}，而{3}中记载的只有 {4}：{5}',
    en: '"{1}" {0} inflates to {2}, though {3} declares {4}: {5}',
  },
  /** A size. */
  moreThan: { zh: '超过 {0}', en: 'more than {0}' },
});
