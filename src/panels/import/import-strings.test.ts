import { describe, expect, it } from 'vitest';
import { localCrsLabel } from './import-strings.ts';

const LABELS = [
  'CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)',
  'Beijing 1954 / 6-degree Gauss-Kruger zone 20 (EPSG:21420)',
  'Xian 1980 / 3-degree Gauss-Kruger zone 40 (EPSG:2364)',
  'WGS 84 / Pseudo-Mercator (EPSG:3857)',
  'GCJ-02 (AMap / Tencent)',
  'BD-09 (Baidu)',
  'WGS 84',
  '',
];

describe('localCrsLabel', () => {
  it('keeps the readers’ English labels as they are in English', () => {
    for (const l of LABELS) expect(localCrsLabel(l, 'en')).toBe(l);
  });

  it('puts their words in Chinese, the numbers as they were', () => {
    expect(LABELS.map((l) => localCrsLabel(l, 'zh'))).toEqual([
      'CGCS2000 / 3度带高斯-克吕格 中央经线 120°E (EPSG:4549)',
      '北京54 / 6度带高斯-克吕格 第20带 (EPSG:21420)',
      '西安80 / 3度带高斯-克吕格 第40带 (EPSG:2364)',
      'WGS 84 / 网络墨卡托 (EPSG:3857)',
      'GCJ-02（高德/腾讯）',
      'BD-09（百度）',
      'WGS 84',
      '',
    ]);
  });
});
