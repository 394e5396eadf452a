/**
 * A small parser for WKT as written into `.prj` files: WKT1 (ESRI and OGC flavours) and WKT2
 * (ISO 19162, as newer GDAL and QGIS write it; both share the KEYWORD[arg, ...] grammar). proj4
 * parses WKT too, but it silently ignores what it does not understand; reading the tree ourselves
 * lets the projection module check every parameter and name what it cannot use. Pure TypeScript.
 */

/** One `KEYWORD[arg, arg, ...]` node. Arguments are quoted strings, numbers, bare words or nodes. */
export interface WktNode {
  key: string;
  args: (string | number | WktNode)[];
}

/** Nodes deeper than this are not a real .prj; the bound keeps the parser's recursion safe. */
const MAX_DEPTH = 32;

/**
 * Parse WKT1 or WKT2 text into a tree.
 *
 * @returns the root node, or `undefined` when the text is not well-formed WKT.
 */
export function parseWkt(text: string): WktNode | undefined {
  let i = 0;
  const s = text.replace(/^\uFEFF/, '');
  const skip = () => {
    while (i < s.length && /[\s,]/.test(s[i])) i++;
  };
  const node = (depth: number): WktNode | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    skip();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i, i + 64));
    if (!m) return undefined;
    i += m[0].length;
    skip();
    const open = s[i];
    if (open !== '[' && open !== '(') return { key: m[0].toUpperCase(), args: [] };
    const close = open === '[' ? ']' : ')';
    i++;
    const out: WktNode = { key: m[0].toUpperCase(), args: [] };
    for (;;) {
      skip();
      if (i >= s.length) return undefined;
      const c = s[i];
      if (c === close) {
        i++;
        return out;
      }
      if (c === '"') {
        // WKT2 writes a quote inside quoted text as two quotes ("a ""b"" c").
        let end = s.indexOf('"', i + 1);
        while (end >= 0 && s[end + 1] === '"') end = s.indexOf('"', end + 2);
        if (end < 0) return undefined;
        out.args.push(s.slice(i + 1, end).replace(/""/g, '"'));
        i = end + 1;
      } else if (/[-+.0-9]/.test(c)) {
        const num = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s.slice(i, i + 40));
        if (!num) return undefined;
        out.args.push(Number(num[0]));
        i += num[0].length;
      } else {
        const child = node(depth + 1);
        if (!child) return undefined;
        // A bare word such as EAST in AXIS["Lon", EAST] becomes a node without arguments.
        out.args.push(child.args.length === 0 ? child.key : child);
      }
    }
  };
  const root = node(0);
  return root && root.args.length > 0 ? root : undefined;
}

/** The first child node with this keyword (not searching deeper). */
export function child(n: WktNode | undefined, key: string): WktNode | undefined {
  if (!n) return undefined;
  for (const a of n.args) if (typeof a === 'object' && a.key === key) return a;
  return undefined;
}

/** All child nodes with this keyword. */
export function children(n: WktNode | undefined, key: string): WktNode[] {
  if (!n) return [];
  return n.args.filter((a): a is WktNode => typeof a === 'object' && a.key === key);
}

/** The node's name (its first argument when that is a string). */
export function nameOf(n: WktNode | undefined): string {
  const a = n?.args[0];
  return typeof a === 'string' ? a : '';
}

/** The numeric argument at index `i`, or NaN. */
export function numArg(n: WktNode | undefined, i: number): number {
  const a = n?.args[i];
  return typeof a === 'number' ? a : NaN;
}

/** Lower-case and strip everything but letters and digits: "Gauss_Kruger" -> "gausskruger". */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}
