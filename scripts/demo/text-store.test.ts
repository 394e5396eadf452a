import { describe, expect, it } from 'vitest';
import { TextStore } from './text-store';

describe('TextStore', () => {
  it('gives back every string pushed, by index, past its first capacity', () => {
    const s = new TextStore(2, 2);
    const texts = [
      '',
      '临澄区',
      '91330299MA4H0K215Q',
      'a',
      '😀 emoji',
      ...Array.from({ length: 5000 }, (_, i) => `张${i}`),
    ];
    texts.forEach((t, i) => expect(s.push(t)).toBe(i));
    expect(s.length).toBe(texts.length);
    texts.forEach((t, i) => expect(s.text(i)).toBe(t));
  });
});
