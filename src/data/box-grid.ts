/**
 * Which boxes might contain a point, answered by one array lookup: a uniform grid over all the
 * boxes, each cell listing (in ascending order) the boxes that overlap it. For the few hundred town,
 * grid-cell and park boxes of a district this beats walking an R-tree per point by about two times,
 * and the lists come out sorted, so "lowest index wins" needs no sort.
 */
const MAX_SIDE = 1024;
/** Cells per box along each side, on average: enough that a cell overlaps few boxes. */
const CELLS_PER_BOX_SIDE = 16;

export class BoxGrid {
  private readonly minX: number;
  private readonly minY: number;
  private readonly invW: number;
  private readonly invH: number;
  private readonly cols: number;
  private readonly rows: number;
  /** CSR: the boxes of cell k are items[start[k] .. start[k + 1]). */
  private readonly start: Int32Array;
  private readonly items: Int32Array;

  /** `boxes` holds minX, minY, maxX, maxY per box. */
  constructor(private readonly boxes: Float64Array) {
    const n = boxes.length / 4;
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (let b = 0; b < n; b++) {
      minX = Math.min(minX, boxes[4 * b]);
      minY = Math.min(minY, boxes[4 * b + 1]);
      maxX = Math.max(maxX, boxes[4 * b + 2]);
      maxY = Math.max(maxY, boxes[4 * b + 3]);
    }
    const side = n === 0 ? 1 : Math.min(MAX_SIDE, Math.max(1, Math.ceil(Math.sqrt(n) * CELLS_PER_BOX_SIDE)));
    const w = maxX - minX;
    const h = maxY - minY;
    // Square-ish cells: the longer side gets `side` cells.
    this.cols = w >= h ? side : Math.max(1, Math.ceil((side * w) / (h || 1)));
    this.rows = w >= h ? Math.max(1, Math.ceil((side * h) / (w || 1))) : side;
    this.minX = minX;
    this.minY = minY;
    this.invW = w > 0 ? this.cols / w : 0;
    this.invH = h > 0 ? this.rows / h : 0;
    const cells = this.cols * this.rows;
    const counts = new Int32Array(cells + 1);
    const span = (b: number) => [
      this.col(boxes[4 * b]),
      this.row(boxes[4 * b + 1]),
      this.col(boxes[4 * b + 2]),
      this.row(boxes[4 * b + 3]),
    ];
    for (let b = 0; b < n; b++) {
      const [c0, r0, c1, r1] = span(b);
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) counts[r * this.cols + c + 1]++;
    }
    for (let k = 0; k < cells; k++) counts[k + 1] += counts[k];
    this.start = counts;
    this.items = new Int32Array(counts[cells]);
    const fill = counts.slice(0, cells);
    // Boxes in ascending order, so every cell's list is ascending.
    for (let b = 0; b < n; b++) {
      const [c0, r0, c1, r1] = span(b);
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) this.items[fill[r * this.cols + c]++] = b;
    }
  }

  private col(x: number): number {
    const c = Math.floor((x - this.minX) * this.invW);
    return c < 0 ? 0 : c >= this.cols ? this.cols - 1 : c;
  }

  private row(y: number): number {
    const r = Math.floor((y - this.minY) * this.invH);
    return r < 0 ? 0 : r >= this.rows ? this.rows - 1 : r;
  }

  /**
   * Writes the boxes containing (x, y) (edges included) into `out`, ascending; returns how many.
   * `out` must hold as many entries as there are boxes.
   */
  query(x: number, y: number, out: Int32Array): number {
    const boxes = this.boxes;
    const k = this.row(y) * this.cols + this.col(x);
    let n = 0;
    for (let i = this.start[k], end = this.start[k + 1]; i < end; i++) {
      const b = this.items[i];
      const o = 4 * b;
      if (x >= boxes[o] && x <= boxes[o + 2] && y >= boxes[o + 1] && y <= boxes[o + 3]) out[n++] = b;
    }
    return n;
  }
}
