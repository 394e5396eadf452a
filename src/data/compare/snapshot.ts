/**
 * What a comparison reads of one snapshot (a dataset at its data date): plain typed arrays and UTF-8
 * key buffers, so that it travels to the dataset worker as it is and the diff never decodes a string.
 */
import type { EnterpriseColumns } from '../columns.ts';
import type { EnterpriseText, HazardColumns, TextColumn } from '../dataset.ts';
import { packUtf8, type Utf8Buffers } from '../utf8-column.ts';

export interface SnapshotHazards {
  length: number;
  /** Hazard ids (隐患编号), matched between the snapshots. */
  ids: Utf8Buffers;
  /** Each id is on one row at most (a bundle's ledger: the build rejects a repeated id); see key-table.ts. */
  uniqueIds?: boolean;
  enterprise: Int32Array;
  found: Int32Array;
  deadline: Int32Array;
  closed: Int32Array;
  /** 0 general, 1 major. */
  level: Uint8Array;
  status: Uint8Array;
  listed: Uint8Array;
}

export interface Snapshot {
  /** Its data date (a day number, src/data/dates.ts). */
  asOf: number;
  length: number;
  /** Each enterprise's identity: its credit code, or its name when it has none. */
  keys: Utf8Buffers;
  /** Each key is on one row at most (a bundle: the build rejects a repeated credit code); see key-table.ts. */
  uniqueKeys?: boolean;
  /** The level and score shown (an external assessment's where there is one). */
  level: Uint8Array;
  score: Float32Array;
  hazards: SnapshotHazards;
}

/** An Arrow Utf8 vector's buffers, when the column is one (duck-typed: src/data stays free of Arrow's classes). */
interface ArrowUtf8Like {
  data: readonly { length: number; offset: number; valueOffsets: Int32Array; values: Uint8Array }[];
}

/** The UTF-8 buffers of a text column: an Arrow vector's own bytes when it is one (no string made), else packed. */
export function utf8Of(col: TextColumn): Utf8Buffers {
  const chunks = (col as unknown as Partial<ArrowUtf8Like>).data;
  if (!Array.isArray(chunks) || !chunks.every((c) => c?.valueOffsets instanceof Int32Array && c.values))
    return packUtf8(col);
  if (chunks.length === 1 && chunks[0].offset === 0) {
    const c = chunks[0];
    const offsets = c.valueOffsets.subarray(0, c.length + 1);
    return offsets[0] === 0
      ? { valueOffsets: offsets, data: c.values }
      : { valueOffsets: offsets.map((o: number) => o - offsets[0]), data: c.values.subarray(offsets[0]) };
  }
  // Several chunks: one buffer, offsets shifted.
  const n = chunks.reduce((s, c) => s + c.length, 0);
  const valueOffsets = new Int32Array(n + 1);
  let bytes = 0;
  for (const c of chunks) bytes += c.valueOffsets[c.offset + c.length] - c.valueOffsets[c.offset];
  const data = new Uint8Array(bytes);
  let row = 0,
    at = 0;
  for (const c of chunks) {
    const o = c.valueOffsets,
      first = o[c.offset];
    data.set(c.values.subarray(first, o[c.offset + c.length]), at);
    for (let i = 1; i <= c.length; i++) valueOffsets[row + i] = at + o[c.offset + i] - first;
    at += o[c.offset + c.length] - first;
    row += c.length;
  }
  return { valueOffsets, data };
}

/** Keys of the enterprises: the credit code, or (rare) the name for a row without one. */
export function enterpriseKeys(text: Pick<EnterpriseText, 'creditCode' | 'name'>): Utf8Buffers {
  const codes = utf8Of(text.creditCode);
  const o = codes.valueOffsets;
  let empty = false;
  for (let i = 0; i + 1 < o.length && !empty; i++) empty = o[i + 1] === o[i];
  if (!empty) return codes;
  // Names are prefixed so that no name can equal a code.
  return packUtf8({
    length: text.creditCode.length,
    get: (i) => text.creditCode.get(i) || `\u0001${text.name.get(i) ?? ''}`,
  });
}

/** Whether some key is a name standing in for a missing code (marked by its first byte, see enterpriseKeys). */
function hasNameKeys(k: Utf8Buffers): boolean {
  const o = k.valueOffsets;
  for (let i = 0; i + 1 < o.length; i++) if (o[i + 1] > o[i] && k.data[o[i]] === 1) return true;
  return false;
}

/** A dataset's snapshot for a comparison. */
export function snapshotOf(
  asOf: number,
  c: Pick<EnterpriseColumns, 'length' | 'level' | 'score'>,
  text: Pick<EnterpriseText, 'creditCode' | 'name'>,
  h: HazardColumns,
): Snapshot {
  const keys = enterpriseKeys(text);
  return {
    asOf,
    length: c.length,
    keys,
    // Codes are unique in a bundle; a name standing in for a missing code may not be.
    uniqueKeys: !hasNameKeys(keys),
    level: c.level,
    score: c.score,
    hazards: {
      length: h.length,
      ids: utf8Of(h.id),
      uniqueIds: true,
      enterprise: h.enterprise,
      found: h.found,
      deadline: h.deadline,
      closed: h.closed,
      level: h.level,
      status: h.status,
      listed: h.listed,
    },
  };
}
