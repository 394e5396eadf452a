/**
 * Fast "which polygon contains this point" for a set of non-overlapping shapes (district, towns,
 * parks). A raster over the bounding box records, per cell, the shape that fully contains the cell;
 * only cells crossed by a shape's edges fall back to an exact point-in-polygon test on flat rings.
 * Built once, then O(1) per query for almost every point: millions of points stay cheap.
 */
import { type BBox, type Multi, bboxOf, flatten, pointInFlat } from './geometry';

export class AreaIndex {
  private readonly rings: Float64Array[][];
  private readonly nx: number;
  private readonly ny: number;
  private readonly cw: number;
  private readonly ch: number;
  private readonly box: BBox;
  /** Shape fully containing the cell, -1 when none. */
  private readonly full: Int32Array;
  /** CSR lists of shapes whose edges touch each cell. */
  private readonly edgeStart: Int32Array;
  private readonly edgeShapes: Int32Array;

  constructor(shapes: readonly Multi[], cells = 512) {
    this.rings = shapes.map((s) => flatten(s));
    const boxes = shapes.map((s) => bboxOf(s));
    const box = {
      minX: Math.min(...boxes.map((b) => b.minX)),
      minY: Math.min(...boxes.map((b) => b.minY)),
      maxX: Math.max(...boxes.map((b) => b.maxX)),
      maxY: Math.max(...boxes.map((b) => b.maxY)),
    };
    const pad = 1e-6 * (box.maxX - box.minX + box.maxY - box.minY);
    this.box = { minX: box.minX - pad, minY: box.minY - pad, maxX: box.maxX + pad, maxY: box.maxY + pad };
    const w = this.box.maxX - this.box.minX;
    const h = this.box.maxY - this.box.minY;
    this.nx = w >= h ? cells : Math.max(1, Math.round((cells * w) / h));
    this.ny = h >= w ? cells : Math.max(1, Math.round((cells * h) / w));
    this.cw = w / this.nx;
    this.ch = h / this.ny;
    this.full = new Int32Array(this.nx * this.ny).fill(-1);

    const stamp = new Int32Array(this.nx * this.ny).fill(-1);
    const pairCell: number[] = [];
    const pairShape: number[] = [];
    this.rings.forEach((rings, s) => {
      for (const r of rings) {
        for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
          const [x0, x1] = this.colRange(Math.min(r[i], r[j]), Math.max(r[i], r[j]));
          const [y0, y1] = this.rowRange(Math.min(r[i + 1], r[j + 1]), Math.max(r[i + 1], r[j + 1]));
          for (let cy = y0; cy <= y1; cy++) {
            for (let cx = x0; cx <= x1; cx++) {
              const c = cy * this.nx + cx;
              if (stamp[c] !== s) {
                stamp[c] = s;
                pairCell.push(c);
                pairShape.push(s);
              }
            }
          }
        }
      }
      const b = boxes[s];
      const [x0, x1] = this.colRange(b.minX, b.maxX);
      const [y0, y1] = this.rowRange(b.minY, b.maxY);
      for (let cy = y0; cy <= y1; cy++) {
        const yc = this.box.minY + (cy + 0.5) * this.ch;
        // The row's cell centres left to right against the edges' crossings of its centre line: a
        // centre is inside when an odd number of crossings lie to its right, the very test
        // pointInFlat makes (same formula), for one pass over the edges a row instead of one a cell.
        const xs = crossings(rings, yc);
        let left = 0;
        for (let cx = x0; cx <= x1; cx++) {
          const xc = this.box.minX + (cx + 0.5) * this.cw;
          while (left < xs.length && !(xc < xs[left])) left++;
          const c = cy * this.nx + cx;
          if (stamp[c] === s) continue;
          if ((xs.length - left) % 2 === 1) this.full[c] = s;
        }
      }
    });

    this.edgeStart = new Int32Array(this.nx * this.ny + 1);
    for (const c of pairCell) this.edgeStart[c + 1]++;
    for (let c = 0; c < this.nx * this.ny; c++) this.edgeStart[c + 1] += this.edgeStart[c];
    this.edgeShapes = new Int32Array(pairCell.length);
    const fill = this.edgeStart.slice(0, -1);
    pairCell.forEach((c, k) => {
      this.edgeShapes[fill[c]++] = pairShape[k];
    });
  }

  private colRange(a: number, b: number): [number, number] {
    const lo = Math.floor((a - this.box.minX) / this.cw);
    const hi = Math.floor((b - this.box.minX) / this.cw);
    return [Math.max(0, lo), Math.min(this.nx - 1, hi)];
  }

  private rowRange(a: number, b: number): [number, number] {
    const lo = Math.floor((a - this.box.minY) / this.ch);
    const hi = Math.floor((b - this.box.minY) / this.ch);
    return [Math.max(0, lo), Math.min(this.ny - 1, hi)];
  }

  /** Index of the shape containing (x, y), -1 when none. */
  find(x: number, y: number): number {
    const cx = Math.floor((x - this.box.minX) / this.cw);
    const cy = Math.floor((y - this.box.minY) / this.ch);
    if (cx < 0 || cy < 0 || cx >= this.nx || cy >= this.ny) return -1;
    const c = cy * this.nx + cx;
    const f = this.full[c];
    if (f >= 0) return f;
    for (let k = this.edgeStart[c]; k < this.edgeStart[c + 1]; k++) {
      const s = this.edgeShapes[k];
      if (pointInFlat(this.rings[s], x, y)) return s;
    }
    return -1;
  }

  contains(x: number, y: number): boolean {
    return this.find(x, y) >= 0;
  }
}

/** Where the edges of `rings` cross the line at height y, as pointInFlat computes them, in ascending order. */
function crossings(rings: readonly Float64Array[], y: number): Float64Array {
  const out: number[] = [];
  for (const r of rings) {
    const n = r.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const yi = r[i + 1];
      const yj = r[j + 1];
      if (yi > y !== yj > y) out.push(((r[j] - r[i]) * (y - yi)) / (yj - yi) + r[i]);
    }
  }
  return Float64Array.from(out).sort();
}
