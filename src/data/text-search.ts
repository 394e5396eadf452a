/**
 * Free-text search over enterprise name, credit code and address. The text columns are decoded once
 * into one lower-cased haystack per row (lazily, on the first search), then each query is one pass of
 * `includes`, producing the per-row match array the filter engine takes.
 */
import type { EnterpriseText } from './dataset.ts';

export class TextSearch {
  private haystack: string[] | null = null;
  constructor(
    private readonly text: EnterpriseText,
    private readonly rows: number,
  ) {}

  private build(): string[] {
    const { name, creditCode, address } = this.text;
    const out = new Array<string>(this.rows);
    for (let i = 0; i < this.rows; i++)
      out[i] = `${name.get(i) ?? ''}\u0000${creditCode.get(i) ?? ''}\u0000${address.get(i) ?? ''}`.toLowerCase();
    return out;
  }

  /** 1 for rows matching every whitespace-separated term of `query`; null for an empty query. */
  match(query: string, out?: Uint8Array): Uint8Array | null {
    const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return null;
    this.haystack ??= this.build();
    const mask = out && out.length === this.rows ? out : new Uint8Array(this.rows);
    const h = this.haystack;
    for (let i = 0; i < this.rows; i++) {
      let ok = 1;
      for (const t of terms)
        if (!h[i].includes(t)) {
          ok = 0;
          break;
        }
      mask[i] = ok;
    }
    return mask;
  }
}
