/**
 * Sub-industries of each sector with their GB/T 4754-2017 code, name words and tags. The tags drive
 * the special flags (a foundry handles molten metal, a seafood freezer uses ammonia refrigeration).
 * Codes are consistent with the sector: machinery 33-40/43, textile 17-18, metallurgy 31, etc.
 */
import { SECTORS } from '../../src/domain/sectors';

export type SectorKey =
  | 'hazchem'
  | 'fireworks'
  | 'industry_trade'
  | 'metallurgy'
  | 'nonferrous'
  | 'building_materials'
  | 'machinery'
  | 'light_industry'
  | 'textile'
  | 'tobacco'
  | 'commerce'
  | 'construction'
  | 'road_transport'
  | 'fire_safety'
  | 'special_equipment'
  | 'urban_gas'
  | 'mining';

export type Tag =
  | 'food'
  | 'cold'
  | 'foundry'
  | 'dyeing'
  | 'wood'
  | 'polish'
  | 'paint'
  | 'plating'
  | 'fibre'
  | 'smelt'
  | 'crowded'
  | 'station'
  | 'warehouse'
  | 'store'
  | 'chem'
  | 'dg'
  | 'site'
  | 'gas';

export interface Industry {
  sector: SectorKey;
  /** GB/T 4754-2017 code, '' when not given. */
  code: string;
  words: string[];
  weight: number;
  tags: Tag[];
}

function I(sector: SectorKey, code: string, words: string, weight: number, tags = ''): Industry {
  return { sector, code, words: words.split('/'), weight, tags: (tags ? tags.split(',') : []) as Tag[] };
}

export const INDUSTRIES: readonly Industry[] = [
  I('machinery', '3525', '模具/精密模具', 5, 'polish'),
  I('machinery', '3670', '汽车部件/汽配/汽车零部件', 5),
  I('machinery', '3451', '轴承', 3),
  I('machinery', '3443', '阀门', 3, 'paint'),
  I('machinery', '3441', '泵业', 2),
  I('machinery', '3482', '紧固件/标准件', 3),
  I('machinery', '3484', '机械/精密机械/机械配件', 6),
  I('machinery', '3360', '金属表面处理/抛光', 1.5, 'polish,plating'),
  I('machinery', '3391', '铸造/铸业', 1, 'foundry'),
  I('machinery', '3392', '压铸/精密铸造', 1.2, 'foundry,polish'),
  I('machinery', '3851', '电器/制冷设备', 3, 'paint'),
  I('machinery', '3872', '照明电器/灯饰', 2),
  I('machinery', '3831', '电线电缆', 1.5),
  I('machinery', '3311', '钢结构', 1.5, 'paint'),
  I('machinery', '3312', '门窗/金属门窗', 1.5, 'paint,polish'),
  I('machinery', '3324', '刀具/刃具', 1, 'polish'),
  I('machinery', '3381', '厨具/不锈钢制品', 1.5, 'polish'),
  I('machinery', '3351', '五金/建筑五金', 2.5, 'polish'),
  I('machinery', '4011', '自动化设备/仪表', 1),
  I('machinery', '3982', '电子/电路', 1, 'plating'),
  I('machinery', '4320', '机械设备维修', 0.5),
  I('light_industry', '1361', '水产/水产食品', 1.2, 'food,cold'),
  I('light_industry', '1432', '食品/速冻食品', 1, 'food,cold'),
  I('light_industry', '1411', '食品/烘焙食品', 0.8, 'food'),
  I('light_industry', '1353', '肉制品/食品', 0.5, 'food,cold'),
  I('light_industry', '2110', '家具/木业家具', 2, 'wood,paint'),
  I('light_industry', '2021', '木业/板业', 1, 'wood'),
  I('light_industry', '2231', '纸制品/纸箱包装', 1.5),
  I('light_industry', '2319', '印刷/包装印刷', 1.2, 'paint'),
  I('light_industry', '2411', '文具', 2),
  I('light_industry', '2412', '笔业/制笔', 1),
  I('light_industry', '2927', '塑料制品/日用品', 3),
  I('light_industry', '2929', '塑胶/塑料制品', 2.5),
  I('light_industry', '2922', '塑料管业/塑料型材', 1),
  I('light_industry', '2913', '橡胶制品/橡塑', 1),
  I('textile', '1713', '印染', 1.2, 'dyeing'),
  I('textile', '1752', '染整', 1, 'dyeing'),
  I('textile', '1751', '化纤织造/织造', 2, 'fibre'),
  I('textile', '1712', '纺织/棉织', 1.5, 'fibre'),
  I('textile', '1761', '针织', 2),
  I('textile', '1771', '家纺', 1.2),
  I('textile', '1811', '服装/运动服饰', 2.5),
  I('textile', '1819', '服饰/服装', 2.5),
  I('textile', '1830', '服饰配件', 1),
  I('metallurgy', '3130', '钢业/金属材料', 3, 'smelt'),
  I('metallurgy', '3120', '特钢/钢铁', 1, 'smelt,foundry'),
  I('metallurgy', '3140', '合金', 0.5, 'smelt,foundry'),
  I('nonferrous', '3252', '铝业/铝材', 3, 'polish,smelt'),
  I('nonferrous', '3251', '铜业/铜材', 3, 'smelt'),
  I('nonferrous', '3240', '合金材料', 1, 'smelt,foundry'),
  I('nonferrous', '3216', '铝业', 0.5, 'smelt,foundry'),
  I('building_materials', '3021', '商品混凝土/水泥制品', 2),
  I('building_materials', '3022', '管桩/建筑构件', 1.5),
  I('building_materials', '3032', '石材', 1.5),
  I('building_materials', '3031', '新型墙体材料/建材', 1),
  I('industry_trade', '2822', '化纤', 1),
  I('industry_trade', '4210', '再生资源/金属回收', 1.5),
  I('industry_trade', '4119', '日用品/工艺品', 1, 'paint'),
  I('tobacco', '1620', '烟草物流', 1, 'warehouse'),
  I('commerce', '5174', '五金/五金交电', 3, 'store'),
  I('commerce', '5131', '布业/纺织品', 2, 'store'),
  I('commerce', '5132', '服饰/服装', 1.5, 'store'),
  I('commerce', '5212', '超市/便利店', 2, 'store'),
  I('commerce', '5990', '仓储/物流仓储', 2, 'warehouse'),
  I('commerce', '5990', '冷链/冷藏', 0.5, 'warehouse,cold'),
  I('hazchem', '2614', '化工', 1, 'chem'),
  I('hazchem', '2641', '涂料', 1, 'chem'),
  I('hazchem', '2651', '树脂/新材料', 0.8, 'chem'),
  I('hazchem', '2619', '化工原料', 0.5, 'chem'),
  I('hazchem', '5265', '加油站', 1.5, 'station'),
  I('hazchem', '5162', '石化/油品', 0.7, 'warehouse'),
  I('construction', '4710', '住宅项目', 3, 'site'),
  I('construction', '4790', '厂房项目/商业综合体项目', 1.5, 'site'),
  I('construction', '4813', '市政道路工程/管网工程', 1, 'site'),
  I('road_transport', '5431', '物流/运输', 4),
  I('road_transport', '5432', '冷链运输', 0.5),
  I('road_transport', '5435', '危险货物运输', 0.6, 'dg'),
  I('fire_safety', '6110', '大酒店/宾馆', 2, 'crowded'),
  I('fire_safety', '6210', '酒楼/饭店', 2.5, 'crowded'),
  I('fire_safety', '5211', '购物中心/商场', 1, 'crowded'),
  I('fire_safety', '5212', '超市', 1.5, 'crowded'),
  I('fire_safety', '8411', '医院', 0.4, 'crowded'),
  I('fire_safety', '8310', '幼儿园', 1, 'crowded'),
  I('fire_safety', '9011', '娱乐/KTV', 0.8, 'crowded'),
  I('fire_safety', '9013', '网咖', 0.6, 'crowded'),
  I('fire_safety', '8514', '颐养院', 0.5, 'crowded'),
  I('fire_safety', '', '仓储', 0.8, 'warehouse'),
  I('special_equipment', '', '起重设备安装/电梯工程/锅炉安装/压力容器/气体充装站', 1),
  I('urban_gas', '4511', '燃气/天然气', 1, 'gas'),
  I('urban_gas', '5266', '加气站', 0.6, 'gas,station'),
  I('urban_gas', '', '液化气供应站', 1.2, 'gas'),
  I('mining', '1012', '采石场', 1),
  I('fireworks', '', '烟花爆竹', 1),
];

const known = new Set(SECTORS.map((s) => s.key));
for (const ind of INDUSTRIES) {
  if (!known.has(ind.sector)) throw new Error(`demo: unknown sector key ${ind.sector}`);
}

/** Industries of each sector. */
export const BY_SECTOR = new Map<SectorKey, Industry[]>();
for (const ind of INDUSTRIES) {
  const list = BY_SECTOR.get(ind.sector) ?? [];
  list.push(ind);
  BY_SECTOR.set(ind.sector, list);
}
