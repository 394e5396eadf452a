import type { Text } from './text.ts';

/** The three park types (三类园区) of docs/domain.md. Order is the code stored in the bundle. */
export const PARK_TYPES = [
  { key: 'town_industrial', zh: '镇街工业园', en: 'Town industrial park', fill: [124, 58, 237] },
  { key: 'small_micro', zh: '小微企业园', en: 'Small & micro enterprise park', fill: [13, 148, 136] },
  { key: 'village_cluster', zh: '村级工业聚集园', en: 'Village industrial cluster', fill: [168, 85, 30] },
] as const satisfies readonly (Text & { key: string; fill: [number, number, number] })[];

const ALIASES: Record<string, number> = {
  town_industrial: 0,
  镇街工业园: 0,
  '镇(乡)街道工业园': 0,
  镇乡街道工业园: 0,
  small_micro: 1,
  小微企业园: 1,
  village_cluster: 2,
  村级工业聚集园: 2,
  村级工业集聚园: 2,
};

/** Park type code for a key or Chinese name; -1 when unknown. */
export function parkTypeCode(value: string): number {
  return ALIASES[value.trim()] ?? -1;
}
