import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './security-headers.ts';

describe('docs/deploy.md', () => {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(doc)![1];
  const headers = [...nginx.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]] as const);

  it('sends in its nginx example exactly the headers the end-to-end server sends, in every block', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const sent = headers.filter(([n]) => n === name);
      // Once for the server and once in each location that sets its own headers.
      expect(sent.length, name).toBe(3);
      for (const [, v] of sent) expect(v, name).toBe(value);
    }
    expect(headers.filter(([n]) => !(n in SECURITY_HEADERS)).map(([n]) => n)).toEqual([]);
  });
});
