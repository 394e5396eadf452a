/**
 * Hazard findings as an inspector writes them in the ledger (隐患描述), general and major, by sector
 * and by special flag. Major ones paraphrase the kinds of items in the national major-hazard criteria.
 */
import { CSV_FLAG_KEYS } from '../../src/domain/flags';
import type { Rng } from './random';

const GENERAL: Record<string, string> = {
  common:
    '消防通道堵塞/安全出口被占用/灭火器过期未更换/灭火器配置数量不足/应急照明灯损坏/疏散指示标志缺失/配电箱未接地/配电箱门缺失/' +
    '电线私拉乱接/插座超负荷使用/电气线路未穿管保护/安全警示标志缺失/员工安全培训记录不全/安全管理制度未及时修订/应急预案未演练/' +
    '劳动防护用品佩戴不规范/隐患自查台账未及时更新/室内消火栓被遮挡/消火栓水带缺失/仓库物品堆放超高/车间通道宽度不足/' +
    '安全生产责任制未落实到岗位/外来施工人员未进行安全告知/动火作业未办理审批手续',
  machinery:
    '机床防护罩缺失/冲床双手按钮失效/砂轮机防护罩缺失/行车限位器失灵/起重吊具未定期检查/气瓶未固定/乙炔瓶与氧气瓶混放/' +
    '传动皮带未设防护罩/金属切屑清理不及时/危险区域未设置防护栏/设备操作规程未上墙/注塑机安全门联锁失效',
  light_industry:
    '木工机械防护装置缺失/喷漆房通风不良/塑料颗粒堆放过高/注塑机安全门联锁失效/纸箱原料堆放靠近电气设备/' +
    '油墨稀释剂未专柜存放/冷库门内未设置应急开门装置/蒸汽锅炉安全阀未校验',
  textile:
    '印染车间排风不畅/定型机废气管道积油/棉絮积聚未清理/蒸汽管道保温层破损/染料助剂存放不规范/缝纫机电源线老化破损/' +
    '成品仓库与车间未有效分隔',
  metallurgy: '煤气区域未设置一氧化碳报警仪/轧机防护设施缺失/加热炉周边堆放可燃物/吊运通道下方有人员停留',
  nonferrous: '熔铝炉周边地面积水/铝屑收集容器未加盖/轧机防护设施缺失/退火炉温控装置失灵',
  building_materials: '搅拌站皮带机防护缺失/罐车卸料区域未设警示/石材切割机防护罩缺失/粉料仓顶部护栏缺失',
  industry_trade: '废旧物资堆放杂乱/分拣区域照明不足/叉车未定期检验',
  commerce: '仓库货架超载/叉车无证驾驶/冷库制冷机房通风不良/仓库内电动车充电/店内可燃物堆放过多',
  hazchem:
    '危化品存放不规范/危化品仓库未设置通风设施/化学品安全技术说明书缺失/危化品储存超量/可燃气体报警仪未定期校验/' +
    '储罐区防火堤破损/危化品出入库台账不全/静电接地装置失效/卸油区域未设置警示标志',
  construction:
    '脚手架连墙件缺失/临边防护不到位/塔吊限位装置失效/施工现场临时用电不规范/基坑周边堆载超限/高处作业未系安全带/' +
    '施工电梯防坠器超期未检/外架安全网破损',
  road_transport: '车辆动态监控不到位/驾驶员超时驾驶/车辆未按期年检/车辆灭火器失效/停车场消防设施不足/安全例会记录缺失',
  fire_safety:
    '消防控制室值班人员未持证/自动喷水灭火系统故障/火灾自动报警系统故障/防火门闭门器损坏/疏散通道堆放杂物/' +
    '厨房油烟管道未定期清洗/电动自行车在楼道内充电/防火卷帘下方堆放物品/微型消防站器材不全',
  special_equipment: '压力容器未定期检验/电梯维保记录不全/叉车未办理使用登记/起重机械安全装置失效/气瓶充装记录不全',
  urban_gas: '燃气管道腐蚀/瓶装燃气储存间未设置报警器/液化气钢瓶超期未检/调压箱未设置防护设施/燃气泄漏报警器未联网',
  fireworks: '烟花爆竹储存超量/仓库防雷设施未检测/仓库内违规使用明火/库房温湿度记录缺失',
  mining: '边坡浮石未及时清理/爆破器材管理不规范/采场未设置安全警示/运输道路护栏缺失',
  tobacco: '仓库货架超载/叉车无证驾驶/分拣线急停装置失灵',
  dust_explosion:
    '粉尘清扫不及时/除尘器未设置泄爆装置/除尘系统未按规定接地/打磨工位粉尘积聚/粉尘清扫制度未落实/除尘器灰斗未及时清灰',
  ammonia_refrigeration:
    '氨气浓度报警装置未定期校验/液氨储罐液位计失灵/氨制冷机房应急喷淋装置失效/涉氨作业人员未配备防毒面具',
  confined_space: '有限空间作业未审批/有限空间未设置警示标识/有限空间作业未配备气体检测仪/有限空间台账未建立',
  molten_metal: '熔炼炉冷却水系统未设置温度监测/浇注区域地面积水/钢包吊运路线下方有人员作业/熔炼炉周边堆放杂物',
  three_in_one: '住宿区与生产区未设置防火分隔/员工宿舍设置在仓库上方/宿舍内私拉电线',
  factory_in_factory: '出租方未与承租方签订安全管理协议/承租单位未纳入统一安全管理',
  leased: '出租方未与承租方签订安全管理协议/厂房改变用途未经审批',
  hazchem_user: '危化品存放不规范/化学品安全技术说明书缺失/危化品领用台账不全/废油漆桶未及时处置',
  crowded_place: '安全出口上锁/疏散指示标志缺失/人员超员未控制/室内装修使用易燃材料',
};

const MAJOR: Record<string, string> = {
  common:
    '特种作业人员未依法取得资格证书上岗作业/未按规定对承包单位实施统一安全管理/生产经营场所擅自改变用途且存在重大安全隐患',
  hazchem:
    '可燃和有毒气体泄漏报警系统未投用/涉及重点监管危险化工工艺的装置未实现自动化控制/危险化学品储存场所与人员密集场所安全距离不足',
  dust_explosion:
    '粉尘爆炸危险场所未按规定设置泄爆装置/除尘系统采用正压吹送粉尘且未采取防火防爆措施/铝镁粉尘湿式除尘未采取防止氢气积聚措施',
  ammonia_refrigeration: '涉氨制冷车间未设置氨气浓度检测报警装置/包装分割车间人员数量超过规定且未设置安全出口',
  confined_space: '有限空间作业未执行先通风再检测后作业要求/有限空间作业未设置监护人员',
  molten_metal: '熔融金属吊运区域设置会议室和休息室/熔炼炉炉底炉坑未设置防积水措施',
  three_in_one: '三合一场所住宿与生产储存未进行防火分隔',
  crowded_place: '人员密集场所安全出口数量不足/疏散楼梯被封堵',
  construction: '深基坑未按专项施工方案施工/高大模板支撑体系未经专家论证/起重机械未经验收投入使用',
  road_transport: '危险货物运输车辆超载运输/营运车辆关键安全部件失效仍上路运行',
  urban_gas: '燃气管道被建筑物占压/瓶装燃气供应站气瓶超量储存',
  special_equipment: '使用未经检验的特种设备/使用国家明令淘汰的特种设备',
  fireworks: '烟花爆竹仓库安全距离不足/烟花爆竹超许可范围储存',
  mining: '采场边坡超过设计高度和角度/未按设计要求设置安全平台',
  metallurgy: '煤气区域未设置固定式一氧化碳检测报警装置',
  nonferrous: '熔铝炉未设置紧急排放和应急储存设施',
};

/** Every description, once; hazards refer to them by index. */
export const DESCRIPTIONS: string[] = [];
const indexOf = new Map<string, number>();
function pool(text: string): number[] {
  return text.split('/').map((d) => {
    let i = indexOf.get(d);
    if (i === undefined) {
      i = DESCRIPTIONS.length;
      DESCRIPTIONS.push(d);
      indexOf.set(d, i);
    }
    return i;
  });
}
const generalPools = new Map(Object.entries(GENERAL).map(([k, v]) => [k, pool(v)] as const));
const majorPools = new Map(Object.entries(MAJOR).map(([k, v]) => [k, pool(v)] as const));

/** The pools by sector, then by flags * 2 + major (a string key built per hazard cost more than the draw). */
const cache = new Map<string, number[][][]>();
function specificPools(sector: string, flags: number, major: boolean): number[][] {
  let bySector = cache.get(sector);
  if (!bySector) cache.set(sector, (bySector = []));
  const slot = flags * 2 + (major ? 1 : 0);
  let specific = bySector[slot];
  if (!specific) {
    const pools = major ? majorPools : generalPools;
    specific = [];
    const own = pools.get(sector);
    if (own) specific.push(own);
    CSV_FLAG_KEYS.forEach((flag, bit) => {
      const p = flags & (1 << bit) ? pools.get(flag) : undefined;
      if (p) specific?.push(...(flag === 'leased' || flag === 'hazchem_user' ? [p] : [p, p]));
    });
    bySector[slot] = specific;
  }
  return specific;
}

/** Description index for a hazard at an enterprise of `sector` with flag bitmask `flags` (CSV_FLAG_KEYS order). */
export function pickDescription(rng: Rng, sector: string, flags: number, major: boolean): number {
  const specific = specificPools(sector, flags, major);
  const common = (major ? majorPools : generalPools).get('common') as number[];
  const useCommon = !specific.length || rng.chance(major ? 0.15 : 0.45);
  return rng.pick(useCommon ? common : rng.pick(specific));
}
