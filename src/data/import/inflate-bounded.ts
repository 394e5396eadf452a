/**
 * Inflating zip data without trusting the zip's own word about its size. A zip entry declares its
 * uncompressed size, and readers size their buffers by it; a bomb declares 100 KB and inflates to
 * gigabytes. fflate's inflateSync into a buffer of the declared size silently stops filling it but
 * still decodes the whole stream (seconds per GB), so the result looks like a short, valid file (an
 * "empty" sheet, "no data rows"). Here the stream is inflated piece by piece and given up as soon as
 * it passes a cap, so time and memory are bounded by the cap, and the caller can say what happened.
 */
import { Inflate } from 'fflate';
import { formatBytes } from './limits.ts';
import type { Bilingual } from './types.ts';

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1032:1, so one
 * step yields at most ~16 MB: past the cap, that is all the extra work done before stopping.
 */
const STEP = 16 * 1024;

/** What came out of a bounded inflate. */
export interface Inflated {
  /** Bytes inflated: the whole size when `over` is false; when true, how far it got before stopping (more than the cap). */
  size: number;
  /** True when the data inflates to more than the cap. */
  over: boolean;
}

/**
 * Inflates raw deflate `data`, giving each piece of output to `sink` with its offset, and stops as
 * soon as more than `cap` bytes have come out (the piece that crosses the cap is not given).
 *
 * @throws Error (fflate's) when the data is not a complete, valid deflate stream.
 */
export function inflateBounded(data: Uint8Array, cap: number, sink?: (piece: Uint8Array, at: number) => void): Inflated {
  let size = 0;
  let over = false;
  const inflater = new Inflate((piece) => {
    if (over) return;
    if (size + piece.length > cap) over = true;
    else sink?.(piece, size);
    size += piece.length;
  });
  if (data.length === 0) inflater.push(data, true);
  for (let i = 0; i < data.length && !over; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  return { size, over };
}

/** How big inflated data is, for a message: "2.3 MB", or "more than 450 MB" when it passed `cap`. */
export function inflatedSizeText(r: Inflated, cap: number): Bilingual {
  return r.over ? { zh: `超过 ${formatBytes(cap)}`, en: `more than ${formatBytes(cap)}` } : { zh: formatBytes(r.size), en: formatBytes(r.size) };
}
