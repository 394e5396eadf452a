import { describe, expect, it } from 'vitest';
import { rankBadgeImage, rankedTownLabels, rankLabelFeatures } from './rank-labels.ts';

const towns = [
  { name: '甲镇', label: [121.1, 29.9] as [number, number] },
  { name: '乙镇', label: [121.2, 29.8] as [number, number] },
  { name: '丙街道', label: [121.3, 29.7] as [number, number] },
];

describe('rank labels', () => {
  it('gives each ranked area its rank at its label point, rank 1 first', () => {
    const fc = rankLabelFeatures([2, 0], towns);
    expect(fc.features.map((f) => [f.properties!.rank, f.geometry.coordinates])).toEqual([
      [1, [121.3, 29.7]],
      [2, [121.1, 29.9]],
    ]);
  });

  it('puts the rank on the ranked towns only, keeping every name', () => {
    const fc = rankedTownLabels(towns, [1]);
    expect(fc.features.map((f) => f.properties)).toEqual([
      { name: '甲镇', i: 0 },
      { name: '乙镇', i: 1, rank: 1 },
      { name: '丙街道', i: 2 },
    ]);
    expect(rankedTownLabels(towns, []).features.every((f) => !('rank' in f.properties!))).toBe(true);
  });

  it('draws a badge with transparent corners and an opaque middle', () => {
    const img = rankBadgeImage(24, 7);
    const alpha = (x: number, y: number) => img.data[4 * (y * img.width + x) + 3];
    expect(img.data.length).toBe(24 * 24 * 4);
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(23, 23)).toBe(0);
    expect(alpha(12, 12)).toBeGreaterThan(200);
    expect(alpha(12, 0)).toBeGreaterThan(200);
  });
});
