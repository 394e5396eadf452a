import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineWriter } from './write';

const dir = mkdtempSync(join(tmpdir(), 'line-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('LineWriter', () => {
  it('writes each line with a newline, across buffer flushes and for lines longer than the buffer', () => {
    const file = join(dir, 'a.csv');
    const w = new LineWriter(file);
    const lines: string[] = [];
    for (let i = 0; i < 300_000; i++) lines.push(`${i},临澄区企业${i},"a,b"`);
    lines.push('长'.repeat(2_000_000));
    lines.push('', 'last');
    for (const l of lines) w.push(l);
    w.close();
    const bytes = readFileSync(file);
    expect(bytes.toString('utf8')).toBe(`${lines.join('\n')}\n`);
    expect(w.bytes).toBe(bytes.length);
    expect(w.lines).toBe(lines.length);
  });

  it('writes an empty file when nothing is pushed', () => {
    const file = join(dir, 'empty.csv');
    const w = new LineWriter(file);
    w.close();
    expect(readFileSync(file).length).toBe(0);
    expect(w.bytes).toBe(0);
  });
});
