/**
 * A bulletin's figures made by hand for the Word document's tests: three towns (丙镇 with nothing,
 * kept as a zero row), ten enterprises, hazards, inspections, and two small PNG images.
 */
import { zlibSync } from 'fflate';
import { SECTOR_GROUPS } from '../../domain/sectors.ts';
import type { BulletinDocInput } from '../bulletin-docx/bulletin-doc-model.ts';
import type { UnitRow } from '../bulletin-docx/bulletin-figures.ts';
import { parseDay } from '../dates.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let k = 0; k < 4; k++) out[4 + k] = type.charCodeAt(k);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A PNG file of `width` x `height` pixels of one RGB colour. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(rgb, y * (1 + width * 3) + 1 + x * 3);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const row = (unit: number, byLevel: [number, number, number, number], open: number, overdue: number): UnitRow => ({
  unit,
  enterprises: byLevel[0] + byLevel[1] + byLevel[2] + byLevel[3],
  byLevel,
  openHazards: open,
  overdueHazards: overdue,
});

/** The hand-made figures: 10 enterprises, 1 重大, 3 较大, 2 一般, 4 低. */
export function handMadeInput(over: Partial<BulletinDocInput> = {}): BulletinDocInput {
  const sectors = SECTOR_GROUPS.map((_, g) => row(g, [0, 0, 0, 0], 0, 0));
  sectors[0] = row(0, [1, 1, 1, 0], 5, 2); // 危险化学品
  sectors[2] = row(2, [0, 2, 1, 4], 4, 1); // 工贸
  return {
    lang: 'zh',
    datasetName: '测试区',
    demo: false,
    asOf: '2026-11-30',
    builtDay: '2026-12-01',
    madeAt: '2026-12-02 09:30',
    period: {
      step: 'month',
      start: parseDay('2026-11-01')!,
      end: parseDay('2026-11-30')!,
      label: '2026-11',
      latest: true,
    },
    scope: null,
    selected: 10,
    total: 10,
    byLevel: [1, 3, 2, 4],
    hazards: { open: 9, openMajor: 1, overdue: 3, listed: 1 },
    periodHazards: { opened: 7, closed: 4 },
    townNames: ['甲镇', '乙街道', '丙镇'],
    towns: [row(0, [1, 2, 1, 2], 6, 2), row(1, [0, 1, 1, 2], 3, 1), row(2, [0, 0, 0, 0], 0, 0)],
    sectors,
    top: [
      { name: '甲镇化工有限公司', town: '甲镇', sector: '危险化学品', level: 0, score: 71.25 },
      { name: '乙街道五金厂', town: '乙街道', sector: '工贸', level: 1, score: 48 },
    ],
    overdue: {
      count: 3,
      lines: [
        {
          enterprise: '甲镇化工有限公司',
          town: '甲镇',
          found: '2026-09-01',
          deadline: '2026-10-01',
          daysOverdue: 60,
          level: 0,
        },
      ],
    },
    listed: { count: 0, lines: [] },
    inspections: {
      done: { inspections: 12, enterprises: 8, patrols: 30, hazardsFound: 17, penalties: 2 },
      status: { overdue: 4, never: 1, dueSoon: 2, atCap: 3, overCap: 1 },
    },
    map: { png: solidPng(390, 375, [200, 220, 240]), width: 390, height: 375, metresPerPixel: 50 },
    trend: { png: solidPng(312, 124, [250, 250, 250]), step: 'month', periods: 12, first: '2025-12', last: '2026-11' },
    ...over,
  };
}
