/**
 * The code page a Shapefile's `.cpg` names -> a WHATWG TextDecoder label. ArcGIS writes "ANSI 1250"
 * or "1250" or "UTF-8", QGIS and GDAL write "UTF-8", "ISO-8859-2", "CP1250", "windows-1250" or a bare
 * number; others shorten ISO 8859 to "88592". All of those name one code page, and a name missed
 * here would send the table to detection, which only knows UTF-8 and GBK: Central European text
 * would come out as GB18030 mojibake. Pure TypeScript.
 */

/**
 * Windows code page numbers (as in "ANSI 1250", "CP1250", "1250") -> TextDecoder label. GBK, GB2312
 * and 936 always decode as 'gb18030': Node's 'gbk' decoder is not the browsers' (it turns four-byte
 * sequences into U+FFFD and maps some two-byte codes differently), and every browser's 'gbk' is the
 * gb18030 decoder anyway.
 */
const CODE_PAGES: Readonly<Record<number, string>> = {
  874: 'windows-874',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  932: 'shift_jis',
  936: 'gb18030',
  54936: 'gb18030',
  949: 'euc-kr',
  950: 'big5',
  866: 'ibm866',
  20866: 'koi8-r',
  21866: 'koi8-u',
  20932: 'euc-jp',
  51932: 'euc-jp',
  10000: 'macintosh',
  65001: 'utf-8',
  20127: 'utf-8',
  // Windows' numbers for ISO 8859: 28591 is part 1 ... 28599 part 9, 28603 part 13, 28605 part 15.
  28591: 'iso-8859-1',
  28592: 'iso-8859-2',
  28593: 'iso-8859-3',
  28594: 'iso-8859-4',
  28595: 'iso-8859-5',
  28596: 'iso-8859-6',
  28597: 'iso-8859-7',
  28598: 'iso-8859-8',
  28599: 'iso-8859-9',
  28603: 'iso-8859-13',
  28605: 'iso-8859-15',
};

/** Names (lower case, without spaces, '-', '_' or '.') that TextDecoder does not know as spelled. */
const NAMES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  ascii: 'utf-8',
  usascii: 'utf-8',
  gbk: 'gb18030',
  xgbk: 'gb18030',
  gb2312: 'gb18030',
  gb18030: 'gb18030',
  euccn: 'gb18030',
  chinese: 'gb18030',
  big5: 'big5',
  big5hkscs: 'big5',
  cnbig5: 'big5',
  sjis: 'shift_jis',
  shiftjis: 'shift_jis',
  mskanji: 'shift_jis',
  windows31j: 'shift_jis',
  euckr: 'euc-kr',
  ksc56011987: 'euc-kr',
  korean: 'euc-kr',
  latin1: 'windows-1252',
};

/** Prefixes before a code page number: "ANSI 1250", "CP1250", "windows-1250", "MS936", "IBM866". */
const NUMBERED = /^(?:ansi|cp|windows|win|ms|ibm|xcp)?(\d+)$/;
/** ISO 8859 part n: "ISO-8859-2", "ISO88592", "8859-2", "88592", "ISO_8859_15" (squashed). */
const ISO_8859 = /^(?:iso)?8859(\d{1,2})$/;

/** Labels that would read a .dbf wrongly even if TextDecoder knows them: a .dbf is 8-bit text. */
const UNUSABLE = new Set(['utf-16le', 'utf-16be', 'replacement']);

/** The runtime's canonical label for `label`, or undefined when this TextDecoder cannot decode it. */
function supported(label: string): string | undefined {
  try {
    const canonical = new TextDecoder(label).encoding;
    if (UNUSABLE.has(canonical)) return undefined;
    return canonical === 'gbk' ? 'gb18030' : canonical;
  } catch {
    // e.g. ISO-8859-16 on Node 20, which browsers decode: not usable here, so the caller detects.
    return undefined;
  }
}

/**
 * The TextDecoder label a `.cpg` names ('UTF-8', 'GBK', '936', 'ANSI 1250', 'ISO-8859-2', '88592' ...).
 *
 * @returns undefined when it names no usable encoding (empty, 'SYSTEM', 'OEM', bare 'ANSI', a code page
 *   unknown or one this runtime's TextDecoder cannot decode).
 */
export function encodingFromCpg(text: string): string | undefined {
  const raw = text
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
  const key = raw.replace(/[\s\-_.]/g, '');
  if (!key || /^(system|oem|ansi)$/.test(key)) return undefined;
  if (NAMES[key]) return NAMES[key];
  const iso = ISO_8859.exec(key);
  if (iso) {
    const part = Number(iso[1]);
    return part >= 1 && part <= 16 && part !== 12 ? supported(`iso-8859-${part}`) : undefined;
  }
  const num = NUMBERED.exec(key);
  if (num) {
    const label = CODE_PAGES[Number(num[1])];
    return label ? supported(label) : undefined;
  }
  return supported(raw) ?? supported(key);
}
