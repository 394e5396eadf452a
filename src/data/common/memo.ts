/**
 * A function of a cell's text, remembered for the texts seen so far. A ledger's level, status and
 * yes/no columns hold a handful of words, and its descriptions come from a checklist: the words are
 * read once each instead of once a row, and the column keeps one string per distinct text (the
 * bundle's dictionary columns find them again without hashing a million fresh copies). Columns of
 * mostly distinct values stop being remembered once that is clear, so memory stays bounded.
 */
const CHECK_AFTER = 4096;
/** Beyond this many distinct texts a column is not one of repeated words, whatever its start looked like. */
const MAX_KNOWN = 65536;

export class Memo<T> {
  private readonly known = new Map<string, T>();
  private calls = 0;
  private remembering = true;

  constructor(private readonly f: (text: string) => T) {}

  of(text: string): T {
    if (!this.remembering) return this.f(text);
    this.calls++;
    const hit = this.known.get(text);
    if (hit !== undefined || this.known.has(text)) return hit as T;
    const value = this.f(text);
    this.known.set(text, value);
    // More than half of the first few thousand texts distinct: not a column of repeated words.
    if ((this.calls <= CHECK_AFTER && this.known.size > CHECK_AFTER / 2) || this.known.size > MAX_KNOWN) {
      this.remembering = false;
      this.known.clear();
    }
    return value;
  }
}
