/**
 * Special enterprise flags the district watches (docs/domain.md), stored as one Uint16 bitmask per
 * enterprise. Bit order is part of the bundle format: only ever append.
 * `small_micro` (小微企业) is not a CSV flag: the build derives it from `scale` small/micro.
 */
import type { Text } from './text.ts';

export interface FlagDef extends Text {
  key: string;
}

export const FLAGS: readonly FlagDef[] = [
  { key: 'factory_in_factory', zh: '厂中厂', en: 'Factory within a factory' },
  { key: 'leased', zh: '出租/租赁', en: 'Leased premises' },
  { key: 'hazchem_user', zh: '危化品使用', en: 'Hazardous-chemical user' },
  { key: 'three_in_one', zh: '三合一', en: 'Three-in-one premises' },
  { key: 'crowded_place', zh: '人员密集', en: 'Crowded place' },
  { key: 'dust_explosion', zh: '粉尘涉爆', en: 'Dust explosion' },
  { key: 'ammonia_refrigeration', zh: '涉氨制冷', en: 'Ammonia refrigeration' },
  { key: 'confined_space', zh: '有限空间', en: 'Confined space' },
  { key: 'molten_metal', zh: '高温熔融金属', en: 'Molten metal' },
  { key: 'small_micro', zh: '小微企业', en: 'Small & micro enterprise' },
];

/** Keys accepted in the CSV `flags` column (everything but the derived `small_micro`). */
export const CSV_FLAG_KEYS = FLAGS.filter((f) => f.key !== 'small_micro').map((f) => f.key);

const bitByKey = new Map(FLAGS.map((f, i) => [f.key, 1 << i] as const));

/** Bit for a flag key; 0 when unknown. */
export function flagBit(key: string): number {
  return bitByKey.get(key) ?? 0;
}

/** Flag keys set in a bitmask, in FLAGS order. */
export function flagKeys(mask: number): string[] {
  return FLAGS.filter((_, i) => mask & (1 << i)).map((f) => f.key);
}
