/**
 * Which role a file plays (enterprises, hazards, inspections, towns, grid cells, parks, district,
 * meta, risk model), guessed from its name first (what a person called it), then from its content (which
 * fields its header or properties name). The user can always change the guess.
 */
import {
  headerScore,
  LAYER_FIELDS,
  TABLE_FIELDS,
  type LayerRole,
  type Role,
  type TableRole,
} from '../common/import-schema.ts';

const NAME_HINTS: readonly [RegExp, Role][] = [
  [/risk[-_ ]?model|风险模型|评分模型|模型/i, 'riskModel'],
  [/supervision|监管分类|分级分类|分级监管/i, 'supervision'],
  [/^meta|元数据|说明/i, 'meta'],
  // Before the inspections: a hazard ledger is often named after the checks that found the hazards (隐患排查, 隐患检查).
  [/hazard|隐患/i, 'hazards'],
  // Before the enterprises: 企业检查记录 and 执法单位检查台账 are inspection ledgers.
  [/inspect|检查|执法|巡查/i, 'inspections'],
  [/enterprise|compan|企业|单位|经营/i, 'enterprises'],
  [/grid|网格/i, 'grid'],
  [/park|园区|工业园|企业园|小微园|聚集/i, 'parks'],
  [/town|镇|街道|乡/i, 'towns'],
  [/district|boundary|区界|边界|行政区|辖区/i, 'district'],
];

/**
 * The role a file's name suggests among those its kind can play (a table is never a park layer,
 * so 小微企业园.shp is parks, not enterprises). The base name only: folders inside a zip say little.
 */
export function roleFromName(name: string, allowed: readonly Role[]): Role | undefined {
  const base = name.split('/').pop() ?? name;
  for (const [re, role] of NAME_HINTS) if (allowed.includes(role) && re.test(base)) return role;
  return undefined;
}

/** The table role whose fields the header names most; on a tie the enterprises, then the hazards (the order of TABLE_ROLES). */
export function tableRoleFromHeader(header: readonly string[]): TableRole {
  let best: TableRole = 'enterprises';
  let bestScore = headerScore(TABLE_FIELDS.enterprises, header);
  for (const role of ['hazards', 'inspections'] as const) {
    const score = headerScore(TABLE_FIELDS[role], header);
    if (score > bestScore) {
      best = role;
      bestScore = score;
    }
  }
  return best;
}

/** The layer role whose fields the property names name most; undefined when none stands out. */
export function layerRoleFromProperties(names: readonly string[]): LayerRole | undefined {
  let best: LayerRole | undefined;
  let bestScore = 0;
  for (const role of ['grid', 'parks', 'towns'] as const) {
    // Only fields that tell layers apart count (every layer has a code and a name).
    const telling = LAYER_FIELDS[role].filter((f) => f.key !== 'code' && f.key !== 'name');
    const named =
      role === 'towns'
        ? headerScore(
            LAYER_FIELDS.towns,
            names.filter((n) => /镇|乡|街道|town|xzq|adcode/i.test(n)),
          )
        : headerScore(telling, names);
    if (named > bestScore) {
      best = role;
      bestScore = named;
    }
  }
  return best;
}
