/**
 * The two-level sector taxonomy (行业领域) of docs/domain.md. An enterprise carries one leaf key; the
 * industry & trade (工贸) sub-sectors have `parent: 'industry_trade'`, every other leaf is its own top.
 * The array order is the sector code stored in the bundle, so only ever append.
 */
import type { Text } from './text.ts';

export interface SectorDef extends Text {
  key: string;
  /** Top-level key for sub-sectors; undefined for top-level sectors. */
  parent?: string;
}

export const SECTORS: readonly SectorDef[] = [
  { key: 'hazchem', zh: '危险化学品', en: 'Hazardous chemicals' },
  { key: 'fireworks', zh: '烟花爆竹', en: 'Fireworks' },
  { key: 'industry_trade', zh: '工贸(其他)', en: 'Industry & trade (other)', parent: 'industry_trade' },
  { key: 'metallurgy', zh: '冶金', en: 'Metallurgy', parent: 'industry_trade' },
  { key: 'nonferrous', zh: '有色', en: 'Non-ferrous metals', parent: 'industry_trade' },
  { key: 'building_materials', zh: '建材', en: 'Building materials', parent: 'industry_trade' },
  { key: 'machinery', zh: '机械', en: 'Machinery', parent: 'industry_trade' },
  { key: 'light_industry', zh: '轻工', en: 'Light industry', parent: 'industry_trade' },
  { key: 'textile', zh: '纺织', en: 'Textiles', parent: 'industry_trade' },
  { key: 'tobacco', zh: '烟草', en: 'Tobacco', parent: 'industry_trade' },
  { key: 'commerce', zh: '商贸', en: 'Commerce & trade', parent: 'industry_trade' },
  { key: 'construction', zh: '建筑施工', en: 'Building construction' },
  { key: 'road_transport', zh: '道路运输', en: 'Road transport' },
  { key: 'fire_safety', zh: '消防重点单位/人员密集场所', en: 'Fire-safety key units & crowded places' },
  { key: 'special_equipment', zh: '特种设备', en: 'Special equipment' },
  { key: 'urban_gas', zh: '城镇燃气', en: 'Urban gas' },
  { key: 'mining', zh: '矿山', en: 'Mines' },
];

/** Top-level groups, in display order, with their Chinese and English names. */
export const SECTOR_GROUPS: readonly (Text & { key: string })[] = [
  { key: 'hazchem', zh: '危险化学品', en: 'Hazardous chemicals' },
  { key: 'fireworks', zh: '烟花爆竹', en: 'Fireworks' },
  { key: 'industry_trade', zh: '工贸', en: 'Industry & trade' },
  { key: 'construction', zh: '建筑施工', en: 'Building construction' },
  { key: 'road_transport', zh: '道路运输', en: 'Road transport' },
  { key: 'fire_safety', zh: '消防重点单位/人员密集场所', en: 'Fire-safety key units & crowded places' },
  { key: 'special_equipment', zh: '特种设备', en: 'Special equipment' },
  { key: 'urban_gas', zh: '城镇燃气', en: 'Urban gas' },
  { key: 'mining', zh: '矿山', en: 'Mines' },
];

const byKeyOrName = new Map<string, number>();
SECTORS.forEach((s, i) => {
  byKeyOrName.set(s.key, i);
  byKeyOrName.set(s.zh, i);
  byKeyOrName.set(s.en.toLowerCase(), i);
});
byKeyOrName.set(
  '工贸',
  SECTORS.findIndex((s) => s.key === 'industry_trade'),
);
byKeyOrName.set(
  '消防重点单位',
  SECTORS.findIndex((s) => s.key === 'fire_safety'),
);
byKeyOrName.set(
  '人员密集场所',
  SECTORS.findIndex((s) => s.key === 'fire_safety'),
);
/** Other names bureaus' ledgers give the sectors. */
const ALIASES: Record<string, string[]> = {
  hazchem: ['危化', '危化品', '危险化学品企业', '化工', '危险化学品生产', '危险化学品经营', '危险化学品使用'],
  fireworks: ['烟花爆竹经营', '烟花'],
  industry_trade: ['工贸企业', '工贸行业', '冶金等工贸'],
  construction: ['建筑', '建筑业', '建设工程', '建筑施工企业'],
  road_transport: ['交通运输', '道路交通运输', '运输', '道路运输企业'],
  fire_safety: ['消防', '消防安全重点单位', '消防重点'],
  special_equipment: ['特种设备使用单位'],
  urban_gas: ['燃气', '城镇燃气企业', '燃气经营'],
  mining: ['非煤矿山', '矿山企业', '采矿'],
};
for (const [key, names] of Object.entries(ALIASES)) {
  const code = SECTORS.findIndex((s) => s.key === key);
  for (const n of names) byKeyOrName.set(n, code);
}

/** Sector code for a key, Chinese name or English name; -1 when unknown. */
export function sectorCode(value: string): number {
  const v = value.trim();
  return byKeyOrName.get(v) ?? byKeyOrName.get(v.toLowerCase()) ?? -1;
}

/**
 * Industry & trade sub-sector from a GB/T 4754 industry code (two-digit major group), per docs/domain.md:
 * metallurgy 31, non-ferrous 32, building materials 30, machinery 33-40 and 43. Undefined when the code
 * says nothing about the sub-sector.
 */
export function subSectorFromIndustryCode(industryCode: string): string | undefined {
  const major = Number.parseInt(industryCode.replace(/^[A-Z]/i, '').slice(0, 2), 10);
  if (!Number.isFinite(major)) return undefined;
  if (major === 31) return 'metallurgy';
  if (major === 32) return 'nonferrous';
  if (major === 30) return 'building_materials';
  if ((major >= 33 && major <= 40) || major === 43) return 'machinery';
  if (major >= 17 && major <= 19) return 'textile';
  if (major === 16) return 'tobacco';
  return undefined;
}
