// The plain readers against the schemas they stand in for: on generated values (as JSON.parse
// makes them, own __proto__ keys included), whatever a plain reader returns, zod accepts and
// returns the same, key order included.
import { describe, expect, it } from 'vitest';
import { allegationSchema, evidenceSchema } from '../../schema/model.js';
import { seededRandom } from '../../util/seeded-random.js';
import { plainAllegation, plainEvidence } from './plain-native.js';

const random = seededRandom(11);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const TEXTS = ['"a"', '" a "', '""', '"  "', '"\\u00a0x\\u2028"', '1', 'null', 'true', '["x"]', '{}', '"alleged"', '" alleged"', '"ALLEGED"', '"bribery_corruption"', '"collusion"', '"n1"'];

function objectText(keys: readonly string[]): string {
  const chosen = keys.filter(() => random() < 0.8).sort(() => random() - 0.5);
  return `{${chosen.map((key) => `"${key}":${pick(TEXTS)}`).join(',')}}`;
}

function evidenceText(): string {
  if (random() < 0.1) return pick(TEXTS);
  const items = Array.from({ length: Math.floor(random() * 3) }, () => (random() < 0.9 ? objectText(random() < 0.7 ? ['source', 'quote'] : ['source', 'quote', 'offset', 'flagged', '__proto__', 'x']) : pick(TEXTS)));
  return `[${items.join(',')}]`;
}

function agreesWithZod<T>(plain: (v: unknown) => T | undefined, schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, text: () => string): number {
  let read = 0;
  for (let i = 0; i < 20_000; i++) {
    const value: unknown = JSON.parse(text());
    const fast = plain(value);
    if (fast === undefined) continue;
    read++;
    const parsed = schema.safeParse(value);
    expect(parsed.success).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
  }
  return read;
}

describe('plain readers of Redthread fields', () => {
  it('read evidence exactly as evidenceSchema.array().min(1) does, when they read it', () => {
    expect(agreesWithZod(plainEvidence, evidenceSchema.array().min(1), evidenceText)).toBeGreaterThan(500);
  });

  it('read an allegation exactly as allegationSchema does, when they read it', () => {
    const text = () => {
      const chosen = ['type', 'status', 'claimant', ...(random() < 0.2 ? ['x'] : [])].filter(() => random() < 0.9).sort(() => random() - 0.5);
      const value = (key: string) => (key === 'type' && random() < 0.6 ? '"bribery_corruption"' : key === 'status' && random() < 0.6 ? '"alleged"' : pick(TEXTS));
      return `{${chosen.map((key) => `"${key}":${value(key)}`).join(',')}}`;
    };
    expect(agreesWithZod(plainAllegation, allegationSchema, text)).toBeGreaterThan(500);
  });

  it('leave what they do not read to zod', () => {
    expect(plainEvidence([])).toBeUndefined();
    expect(plainEvidence([{ source: 's', quote: 'q', offset: 3 }])).toBeUndefined();
    expect(plainEvidence(JSON.parse('[{"source":"s","quote":"q","__proto__":{}}]'))).toBeUndefined();
    expect(plainAllegation({ type: 'bribery_corruption', status: 'alleged', claimant: ' ' })).toBeUndefined();
  });
});
