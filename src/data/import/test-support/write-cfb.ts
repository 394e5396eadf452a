/**
 * A minimal Compound File Binary (OLE2) writer for tests: version 3, 512-byte sectors, one FAT
 * sector, and streams of at least 4096 bytes, which live in ordinary sectors, so no mini stream
 * is needed. Enough to build the container Office uses for a password-protected .xlsx
 * ("EncryptionInfo" + "EncryptedPackage" streams) without any spreadsheet library.
 */

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NONE = 0xffffffff;

function dirEntry(
  view: DataView,
  at: number,
  name: string,
  type: 1 | 2 | 5,
  e: { right?: number; child?: number; start: number; size: number },
): void {
  for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
  view.setUint16(at + 64, (name.length + 1) * 2, true);
  view.setUint8(at + 66, type);
  view.setUint8(at + 67, 1); // black
  view.setUint32(at + 68, NONE, true); // left sibling
  view.setUint32(at + 72, e.right ?? NONE, true);
  view.setUint32(at + 76, e.child ?? NONE, true);
  view.setUint32(at + 116, e.start, true);
  view.setUint32(at + 120, e.size, true);
}

/**
 * Write streams of 4096 bytes or more (at most 3, names sorted as CFB's tree wants: shorter names first) into a CFB file.
 * The directory is a simple right-leaning chain under the root, which is a valid red-black tree
 * for readers that only walk it.
 */
export function writeCfb(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  const SECTOR = 512;
  if (streams.some((s) => s.data.length < 4096))
    throw new Error('writeCfb: streams under 4096 bytes need a mini stream');
  const sizes = streams.map((s) => Math.ceil(s.data.length / SECTOR) * SECTOR);
  const nSectors = 2 + sizes.reduce((a, b) => a + b / SECTOR, 0); // FAT, directory, streams
  const out = new Uint8Array(SECTOR * (1 + nSectors));
  const view = new DataView(out.buffer);
  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, END, true); // no mini FAT
  view.setUint32(68, END, true); // no DIFAT sectors
  view.setUint32(76, 0, true); // DIFAT[0] = sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + i * 4, FREE, true);
  // FAT (sector 0, at file offset 512).
  const fat = (i: number, v: number): void => view.setUint32(SECTOR + i * 4, v, true);
  for (let i = 0; i < 128; i++) fat(i, FREE);
  fat(0, FATSECT);
  fat(1, END);
  let next = 2;
  const starts: number[] = [];
  streams.forEach((s, k) => {
    const n = sizes[k] / SECTOR;
    starts.push(next);
    for (let i = 0; i < n; i++) fat(next + i, i === n - 1 ? END : next + i + 1);
    out.set(s.data, SECTOR * (1 + next));
    next += n;
  });
  // Directory (sector 1): root, then the streams chained by right siblings.
  const dir = SECTOR * 2;
  dirEntry(view, dir, 'Root Entry', 5, { child: streams.length ? 1 : NONE, start: END, size: 0 });
  streams.forEach((s, k) => {
    dirEntry(view, dir + 128 * (k + 1), s.name, 2, {
      right: k + 1 < streams.length ? k + 2 : NONE,
      start: starts[k],
      size: s.data.length,
    });
  });
  return out;
}

/** The container of an Agile-encrypted (Office 2010+) workbook; the payload is random, not a real cipher text. */
export function encryptedXlsxContainer(): Uint8Array {
  const xml = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>',
  );
  // Padded with spaces to 4096 bytes: a smaller stream would have to live in the mini stream.
  const info = new Uint8Array(4096).fill(0x20);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]); // version 4.4, flags: agile
  info.set(xml, 8);
  const pkg = new Uint8Array(4104);
  new DataView(pkg.buffer).setUint32(0, 4096, true);
  for (let i = 8; i < pkg.length; i++) pkg[i] = (i * 131 + 7) & 0xff;
  return writeCfb([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: pkg },
  ]);
}
