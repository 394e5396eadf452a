import { describe, expect, it } from 'vitest';
import { explainSentence, partName } from './explain.ts';
import type { RiskBreakdown, RiskModel } from './risk-model.ts';

const model = { thresholds: { major: 55, significant: 36, general: 20 } } as RiskModel;
const breakdown = (level: number, veto: RiskBreakdown['veto'] = null): RiskBreakdown => ({
  score: 42.25,
  level,
  veto,
  inherent: 0,
  contributions: [
    { key: 'sector', value: 20 },
    { key: 'openHazard', value: 12.5 },
    { key: 'management', value: -4 },
    { key: 'scale', value: 6 },
    { key: 'employees', value: 1 },
  ],
});

describe('explainSentence', () => {
  it('names the band, the level and the three largest contributions, in Chinese', () => {
    expect(explainSentence(breakdown(1), model, 'zh')).toBe(
      '分值 42.3 分，在较大风险线 36 分与重大风险线 55 分之间，判定为较大风险；主要来自行业基础分（20.0分）、未销号隐患（12.5分）、企业规模（6.0分）。',
    );
    expect(explainSentence(breakdown(3), model, 'zh')).toBe(
      '分值 42.3 分，低于一般风险线 20 分，判定为低风险；主要来自行业基础分（20.0分）、未销号隐患（12.5分）、企业规模（6.0分）。',
    );
  });

  it('and in English', () => {
    expect(explainSentence(breakdown(0), model, 'en')).toBe(
      'Score 42.3, at or above the major line of 55: Major. Mostly from sector base (20.0), open hazards (12.5), scale (6.0).',
    );
    expect(explainSentence(breakdown(2), model, 'en')).toBe(
      'Score 42.3, between the general line 20 and the significant line 36: General. Mostly from sector base (20.0), open hazards (12.5), scale (6.0).',
    );
  });

  it('names the veto when one applied', () => {
    expect(explainSentence(breakdown(0, 'openMajorHazard'), model, 'zh')).toBe(
      '因存在未销号的重大事故隐患，一票否决判定为重大风险；模型分值 42.3 分，主要来自行业基础分（20.0分）、未销号隐患（12.5分）、企业规模（6.0分）。',
    );
    expect(explainSentence(breakdown(0, 'majorAccident3y'), model, 'en')).toBe(
      'Major by veto: a major accident within three years. The model score is 42.3, mostly from sector base (20.0), open hazards (12.5), scale (6.0).',
    );
  });

  it('names flags by their entry and unknown keys as they are', () => {
    expect(partName('flag:nope', 'zh')).toBe('flag:nope');
    expect(partName('weird', 'en')).toBe('weird');
  });
});
