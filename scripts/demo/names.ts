/**
 * Fictional Chinese names: people, towns, villages, roads, trade names (字号). All are combinations of
 * common characters; the district 临澄区 and its places do not exist.
 */
import { Rng, WeightedTable, hash32 } from './random';

export const DISTRICT_NAME = '临澄区（示例数据）';
export const DISTRICT_NAME_EN = 'Lincheng District (demo data)';
/** Short place prefix used in enterprise names. */
export const DISTRICT_SHORT = '临澄';

/** Surnames with rough weights (Zhejiang coast flavour). */
const SURNAMES = '陈王张李林周徐胡俞应孙邵郑吴杨黄朱叶沈何刘金戴方谢董袁郭蒋毛汪史竺柴葛洪范钱贺包虞乐翁';
const SURNAME_TABLE = new WeightedTable(
  [...SURNAMES],
  [...SURNAMES].map((_, i) => 1 / (1 + i * 0.18)),
);
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅海波斌宇浩凯鹏飞晨俊杰文斌龙辉琳颖倩婷雪慧晓东亮旭彬锋萍燕佳怡欣宁峰栋',
];

export function personName(rng: Rng): string {
  const s = SURNAME_TABLE.draw(rng);
  const g1 = rng.pick(GIVEN);
  return rng.chance(0.72) ? s + g1 + rng.pick(GIVEN) : s + g1;
}

/** A stable name for a key (e.g. the principal of enterprise i). */
export function personNameFor(key: number, salt: number): string {
  return personName(new Rng(hash32(salt, key)));
}

/** Fictional, clearly unassigned-looking mobile numbers (199 0000 xxxx). */
export function fakePhone(rng: Rng): string {
  return `1990000${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

const JIEDAO_STEMS = ['澄城', '锦屏', '文昌', '崇文', '明德', '南屏', '凤鸣', '观澜', '丽泽', '瑞云'];
const ZHEN_STEMS = [
  '澄东',
  '澄西',
  '临江',
  '梅溪',
  '横塘',
  '白沙',
  '松岙',
  '云湖',
  '鹤浦',
  '石门',
  '柳汀',
  '东屿',
  '长亭',
  '青峰',
  '桃源',
  '兰江',
  '芦浦',
  '莲塘',
  '双桥',
  '清水',
  '凤山',
  '茅洋',
  '泗洲',
  '岚山',
  '沙溪',
  '望海',
  '潮音',
  '银屿',
  '钱湾',
  '杏林',
  '蟠龙',
  '栖霞',
  '晓塘',
  '丹岙',
  '碧湖',
  '竹岙',
];

/** Town names: `jiedao` 街道 names then `zhen` 镇 names, all distinct. */
export function townNames(rng: Rng, jiedao: number, zhen: number): { jd: string[]; zhen: string[] } {
  const jd = rng
    .shuffle([...JIEDAO_STEMS])
    .slice(0, jiedao)
    .map((s) => `${s}街道`);
  const z = rng
    .shuffle([...ZHEN_STEMS])
    .slice(0, zhen)
    .map((s) => `${s}镇`);
  return { jd, zhen: z };
}

/** Stems already cut (every enterprise name asks for its town's). */
const STEMS = new Map<string, string>();

/** The stem of a town name: 澄东镇 -> 澄东, 锦屏街道 -> 锦屏. */
export function townStem(name: string): string {
  let stem = STEMS.get(name);
  if (stem === undefined) STEMS.set(name, (stem = name.replace(/(街道|镇)$/, '')));
  return stem;
}

const VILLAGE_FIRST = [...'王陈李张林周徐胡俞应孙邵方郑戴叶葛竺柴史上下前后东西南北大小'];
const VILLAGE_SECOND = [...'家岙塘洋湾畈桥浦溪山岭墩汇埠港庄'];

export function villageName(rng: Rng): string {
  return `${rng.pick(VILLAGE_FIRST)}${rng.pick(VILLAGE_SECOND)}村`;
}

const ROAD_STEMS =
  '兴业工业创业永丰宏达环城金山海川港城滨江通途学府明珠振兴科技开元新华长兴富民江南迎宾东环西环南环北环园区双桥梅林望江星光建设人民文化';
const ROAD_SUFFIX = ['路', '路', '路', '路', '街', '大道', '东路', '西路', '北路', '南路'];

/** Distinct road names for a town. */
export function roadNames(rng: Rng, count: number): string[] {
  const stems = ROAD_STEMS.match(/../g) ?? [];
  const out = new Set<string>();
  while (out.size < count) out.add(rng.pick(stems) + rng.pick(ROAD_SUFFIX));
  return [...out];
}

const TRADE_CHARS = [
  ...'恒达鑫盛华宏泰隆源兴昌丰利信通永嘉锦瑞祥德金海正新天宇力凯众诚博立远辉明优佳荣安顺万富广合星光晨创展腾飞峰元奥维宁甬澄康乐德汇豪驰骏耀晟炜铭舜',
];

/** A two-character trade name (字号). */
export function tradeName(rng: Rng): string {
  const a = rng.pick(TRADE_CHARS);
  let b = rng.pick(TRADE_CHARS);
  while (b === a) b = rng.pick(TRADE_CHARS);
  return a + b;
}
