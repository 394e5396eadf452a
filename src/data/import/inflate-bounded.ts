/**
 * Inflating zip data without trusting the zip's own word about its size. A zip entry declares its
 * uncompressed size, and readers size their buffers by it; a bomb declares 100 KB and inflates to
 * gigabytes. fflate's inflateSync into a buffer of the declared size silently stops filling it but
 * still decodes the whole stream (seconds per GB), so the result looks like a short, valid file (an
 * "empty" sheet, "no data rows"). Here the stream is inflated piece by piece and given up as soon as
 * it passes a cap, so time and memory are bounded by the cap, and the caller can say what happened:
 * the zip and workbook readers say it in the same words (partTooBig, partLarger).
 */
import { inBoth, trBoth, type Text } from '../../domain/text.ts';
import { Inflate } from 'fflate';
import { formatBytes } from './limits.ts';
import { ZIP_TEXT } from './zip-strings.ts';

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1032:1, so one
 * step yields at most ~16 MB: past the cap, that is all the extra work done before stopping.
 */
const STEP = 16 * 1024;

/**
 * Inflates raw deflate `data`, giving each piece of output to `sink` with its offset, and stops as
 * soon as more than `cap` bytes have come out (the piece that crosses the cap is not given).
 *
 * @returns the bytes inflated: all of them when at most `cap`; past `cap`, how far it got before
 *   stopping (so `size > cap` says the data inflates to more than the cap).
 * @throws Error (fflate's) when the data is not a complete, valid deflate stream.
 */
export function inflateBounded(data: Uint8Array, cap: number, sink?: (piece: Uint8Array, at: number) => void): number {
  let size = 0;
  const inflater = new Inflate((piece) => {
    if (size > cap) return;
    if (size + piece.length <= cap) sink?.(piece, size);
    size += piece.length;
  });
  if (data.length === 0) inflater.push(data, true);
  for (let i = 0; i < data.length && size <= cap; i += STEP)
    inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  return size;
}

/** How big inflated data is, for a message: "2.3 MB", or "more than 450 MB" when it passed `cap`. */
export function inflatedSizeText(size: number, cap: number): Text {
  return size > cap ? trBoth(ZIP_TEXT.moreThan, formatBytes(cap)) : inBoth(() => formatBytes(size));
}

/**
 * A container of parts (a zip, or a workbook, which is a zip) as the messages about a part's size
 * name it. Each text is the words the message puts in, in both languages.
 */
export interface Container {
  /** Where the part lies: zh goes before the part's name ('ZIP 文件「a.zip」中的'), en after it ('in the ZIP file "a.zip"'). */
  where: Text;
  /** What declares the parts' sizes: 'ZIP 目录' / 'its ZIP directory'. */
  directory: Text;
  /** What the size limit is for: '单个文件' / 'one file'. */
  each: Text;
  /** What the user can do about a part over that limit. */
  advice: Text;
  /** What a part that inflates past its declared size says of the file, and what became of it. */
  damaged: Text;
}

/** A space between Chinese text and the Latin word that follows it ("大于 ZIP 目录"). */
const spaced = (zh: string) => (/^[A-Za-z0-9]/.test(zh) ? ` ${zh}` : zh);

/** A part bigger, by its declared size, than one may be: refused before it is inflated. */
export function partTooBig(c: Container, name: string, size: number, limit: number): Text {
  return trBoth(ZIP_TEXT.partTooBig, c.where, name, formatBytes(size), c.each, formatBytes(limit), c.advice);
}

/**
 * A part whose data holds more than its directory declares (a zip bomb, or a damaged file), with
 * the size it inflates to: its real size, or "more than" the `cap` it was inflated up to.
 */
export function partLarger(c: Container, name: string, declared: number, size: number, cap: number): Text {
  const directory: Text = { zh: spaced(c.directory.zh), en: c.directory.en };
  const entry = size > cap ? ZIP_TEXT.partLargerThanCap : ZIP_TEXT.partLarger;
  return trBoth(entry, c.where, name, inflatedSizeText(size, cap), directory, formatBytes(declared), c.damaged);
}
