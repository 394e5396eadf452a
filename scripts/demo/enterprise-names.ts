/** Fictional enterprise names and addresses in the style of a Zhejiang enterprise register. */
import type { Industry } from './industries';
import { DISTRICT_SHORT, townStem, tradeName } from './names';
import type { Park } from './parks';
import type { Scale } from './profile';
import type { Rng } from './random';
import type { Town } from './towns';

/** Words that are a complete name ending: no 有限公司 after them. */
const COMPLETE = /(站|场|院|园|馆|咖|超市|酒店|酒楼|饭店|商场|购物中心)$/;

export function enterpriseName(rng: Rng, ind: Industry, scale: Scale, town: Town): string {
  const word = rng.pick(ind.words);
  const trade = tradeName(rng);
  const stem = townStem(town.name);
  const place = rng.chance(0.5) ? DISTRICT_SHORT : stem;
  if (ind.tags.includes('site')) {
    const company = rng.chance(0.7) ? `${DISTRICT_SHORT}${trade}建设有限公司` : `${trade}建工集团有限公司`;
    return `${company}${stem}${tradeName(rng)}${word}部`;
  }
  if (ind.sector === 'fireworks') return `${stem}${trade}烟花爆竹${rng.pick(['批发有限公司', '零售店', '经营部'])}`;
  if (ind.sector === 'tobacco') return `${DISTRICT_SHORT}烟草${stem}${rng.pick(['物流配送中心', '仓储中心'])}`;
  if (COMPLETE.test(word)) return `${place}${trade}${word}`;
  if (ind.tags.includes('store') && scale === 'micro' && rng.chance(0.6)) {
    return word.endsWith('店')
      ? `${stem}${trade}${word}`
      : `${stem}${trade}${word}${rng.pick(['店', '商行', '经营部'])}`;
  }
  const mfgWorkshop = ind.code !== '' && Number(ind.code.slice(0, 2)) >= 13 && Number(ind.code.slice(0, 2)) <= 43;
  if (mfgWorkshop && !ind.tags.includes('chem') && rng.chance(scale === 'micro' ? 0.3 : scale === 'small' ? 0.1 : 0)) {
    return `${DISTRICT_SHORT}区${stem}${trade}${word}厂`;
  }
  if (scale === 'large')
    return `${DISTRICT_SHORT}${trade}${word}${rng.pick(['股份有限公司', '集团有限公司', '有限公司'])}`;
  const tech = mfgWorkshop && rng.chance(0.12) ? '科技' : '';
  const trading = ind.tags.includes('store') && !/超市|便利店/.test(word) ? '贸易' : '';
  return `${DISTRICT_SHORT}${trade}${word}${tech}${trading}有限公司`;
}

/** A street address: 镇街 + road + number, inside a park when the point is in one. */
export function address(
  rng: Rng,
  town: Town,
  park: Park | undefined,
  roadName: string | undefined,
  site: boolean,
): string {
  const no = rng.int(1, rng.chance(0.8) ? 399 : 1299);
  if (site) {
    const [a, b] = [rng.pick(town.roads), rng.pick(town.roads)];
    if (a !== b) return `${town.name}${a}与${b}交叉口${rng.pick(['东北', '东南', '西北', '西南'])}侧`;
  }
  if (park) {
    if (park.type === 'village_cluster') return `${town.name}${park.streets[0]}${no}号`;
    const street = rng.pick(park.streets);
    if (park.type === 'small_micro') return `${town.name}${street}${no}号${park.name}${rng.int(1, 12)}幢`;
    return `${town.name}${street}${no}号`;
  }
  return `${town.name}${roadName ?? rng.pick(town.roads)}${no}号`;
}
