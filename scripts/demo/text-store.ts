/**
 * Many short strings kept in two typed arrays (their UTF-16 code units end to end, and where each
 * ends) instead of as a million string objects. The generator keeps every enterprise's credit code,
 * name and principal until the hazard ledger is written; as strings they were most of what the
 * garbage collector walked, again and again, in a million-enterprise run.
 */
export class TextStore {
  private units: Uint16Array;
  private ends: Int32Array;
  private used = 0;
  length = 0;
  /** A reused array per length for String.fromCharCode (twice as fast as a typed-array view made per call). */
  private readonly scratch: number[][] = [];

  /** About how many strings, of about how many units each, will be pushed (the arrays grow past that). */
  constructor(expected = 1024, unitsEach = 8) {
    this.units = new Uint16Array(Math.max(1024, expected * unitsEach));
    this.ends = new Int32Array(Math.max(64, expected));
  }

  /** Appends `s`; returns its index. */
  push(s: string): number {
    if (this.used + s.length > this.units.length) this.units = grown(this.units, this.used + s.length) as Uint16Array;
    for (let i = 0; i < s.length; i++) this.units[this.used + i] = s.charCodeAt(i);
    this.used += s.length;
    if (this.length === this.ends.length) this.ends = grown(this.ends, this.length + 1) as Int32Array;
    this.ends[this.length] = this.used;
    return this.length++;
  }

  /** The arrays as they are filled (to send to another thread); `TextStore.of` takes them back. */
  raw(): { units: Uint16Array; ends: Int32Array } {
    return { units: this.units.slice(0, this.used), ends: this.ends.slice(0, this.length) };
  }

  static of(raw: { units: Uint16Array; ends: Int32Array }): TextStore {
    const s = new TextStore(0, 0);
    s.units = raw.units;
    s.ends = raw.ends;
    s.used = raw.units.length;
    s.length = raw.ends.length;
    return s;
  }

  /** The string at index i. */
  text(i: number): string {
    const start = i === 0 ? 0 : this.ends[i - 1];
    const n = this.ends[i] - start;
    const codes = (this.scratch[n] ??= new Array<number>(n).fill(0));
    for (let k = 0; k < n; k++) codes[k] = this.units[start + k];
    return String.fromCharCode.apply(null, codes);
  }
}

function grown(a: Uint16Array | Int32Array, atLeast: number): Uint16Array | Int32Array {
  let size = Math.max(1024, a.length * 2);
  while (size < atLeast) size *= 2;
  const b = a instanceof Uint16Array ? new Uint16Array(size) : new Int32Array(size);
  b.set(a);
  return b;
}
