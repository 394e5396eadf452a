/**
 * The kinds of inspection a bureau's ledger records (检查类型). Administrative inspections (涉企行政检查)
 * are carried out by certified law-enforcement staff and count toward the due dates and the yearly caps;
 * grid patrols and enterprises' own checks do not (国办发〔2024〕54号). Which kinds count is part of the
 * supervision settings (supervision-settings.ts); `administrative` is the default.
 */
import type { Text } from '../text.ts';

export interface InspectionKind extends Text {
  key: string;
  /** Counted as an administrative inspection unless the settings say otherwise. */
  administrative: boolean;
  /** Other names ledgers give it. */
  aliases: readonly string[];
}

export const INSPECTION_KINDS = [
  {
    key: 'enforcement',
    zh: '执法检查',
    en: 'Enforcement inspection',
    administrative: true,
    aliases: ['行政执法检查', '监督检查', '执法', '日常执法检查', '现场检查', '行政检查', '安全生产执法检查'],
  },
  {
    key: 'random',
    zh: '双随机抽查',
    en: 'Random inspection',
    administrative: true,
    aliases: ['双随机', '双随机一公开', '双随机、一公开', '双随机一公开检查', '随机抽查', '双随机检查'],
  },
  {
    key: 'special',
    zh: '专项检查',
    en: 'Special inspection',
    administrative: true,
    aliases: ['专项执法检查', '专项整治检查', '专项', '专项行动'],
  },
  {
    key: 'supervisory',
    zh: '督导检查',
    en: 'Supervisory inspection',
    administrative: true,
    aliases: ['督查', '督导', '督查检查', '明查暗访', '暗查暗访'],
  },
  {
    key: 'grid_patrol',
    zh: '网格巡查',
    en: 'Grid patrol',
    administrative: false,
    aliases: ['巡查', '网格员巡查', '日常巡查', '网格化巡查', '网格检查'],
  },
  {
    key: 'self_check',
    zh: '企业自查',
    en: 'Self-check',
    administrative: false,
    aliases: ['自查', '自查自报', '自查自纠', '企业自查自纠'],
  },
] as const satisfies readonly InspectionKind[];

export type InspectionKindKey = (typeof INSPECTION_KINDS)[number]['key'];
/** Kind code of an inspection whose kind the ledger did not give. */
export const UNKNOWN_KIND = 255;

/** Kind code of a key, name or alias; -1 when unknown. */
export function inspectionKindCode(value: string): number {
  const v = value.trim();
  return INSPECTION_KINDS.findIndex((k) => k.key === v || k.zh === v || (k.aliases as readonly string[]).includes(v));
}
