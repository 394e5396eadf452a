/**
 * Bytes to text for the files a bureau really has: UTF-8 with or without a BOM, and "CSV" that Excel
 * on a Chinese Windows saved in GBK. Detection: a BOM, then strict UTF-8, then GB18030 (a superset
 * of GBK and GB2312). Always the label 'gb18030', never 'gbk': Node's 'gbk' decoder is not the
 * browsers' (four-byte sequences become U+FFFD and some two-byte codes map differently), while
 * every browser's 'gbk' is the gb18030 decoder anyway.
 */
import { TEXT_FILE_TEXT } from './text-file-strings.ts';
import { ImportError } from '../common/import-types.ts';

export type TextEncodingLabel = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingLabel;
  /** How the encoding was chosen. */
  source: 'bom' | 'valid-utf-8' | 'fallback' | 'declared';
}

/** True when the first bytes look like a binary file (NUL bytes are never in CSV or JSON text). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return nul > 0 || control > n / 20;
}

/**
 * Decodes a text file. `declared` (e.g. from a .cpg or a user's choice) wins over detection.
 * Throws ImportError for an empty file or binary content.
 */
export function decodeText(file: string, bytes: Uint8Array, declared?: TextEncodingLabel): DecodedText {
  if (bytes.length === 0) throw new ImportError(file, TEXT_FILE_TEXT.empty);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', source: 'bom' };
  if (looksBinary(bytes)) {
    throw new ImportError(file, TEXT_FILE_TEXT.binary);
  }
  if (declared) return { text: new TextDecoder(declared).decode(bytes), encoding: declared, source: 'declared' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'valid-utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', source: 'fallback' };
  }
}
