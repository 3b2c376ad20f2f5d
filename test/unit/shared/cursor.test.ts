import { describe, it, expect } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../src/shared/cursor.js';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

describe('encodeCursor and decodeCursor', () => {
  it.each([
    { name: 'an empty key', parts: [] },
    { name: 'a timestamp and a bigint id', parts: ['2025-01-31T08:00:00.000+08:00', '9223372036854775807'] },
    { name: 'a score and an id', parts: [0.875, '12'] },
    { name: 'negative and zero numbers', parts: [-3, 0] },
    { name: 'nulls and booleans', parts: [null, true, false] },
    { name: 'unicode text', parts: ['社区食堂 🍚', 'a"b\\c'] },
  ])('round-trips $name', ({ parts }) => {
    expect(decodeCursor(encodeCursor(parts))).toEqual(parts);
  });

  it('produces opaque unpadded base64url', () => {
    const cursor = encodeCursor(['secret', 1]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('secret');
  });

  it('carries a version prefix inside the encoding', () => {
    expect(Buffer.from(encodeCursor([1]), 'base64url').toString('utf8')).toBe('c1:[1]');
  });

  it.each([
    { name: 'undefined', part: undefined },
    { name: 'NaN', part: NaN },
    { name: 'Infinity', part: Infinity },
    { name: 'a bigint', part: 1n },
    { name: 'a Date', part: new Date(0) },
    { name: 'an object', part: { a: 1 } },
    { name: 'a nested array', part: [1] },
  ])('refuses to encode $name', ({ part }) => {
    expect(() => encodeCursor([part])).toThrow(TypeError);
  });

  it('refuses to encode a cursor too long to decode', () => {
    expect(() => encodeCursor(['x'.repeat(1000)])).toThrow(RangeError);
  });
});

describe('decodeCursor', () => {
  const valid = encodeCursor(['2025-01-31', '7']);

  it.each([
    { name: 'an empty string', input: '' },
    { name: 'padding characters', input: `${valid}==` },
    { name: 'standard base64 characters', input: valid.replace(/.$/, '+') },
    { name: 'whitespace', input: ` ${valid}` },
    { name: 'non-base64 text', input: 'not a cursor!' },
    { name: 'emoji', input: '🙂' },
    { name: 'JSON without the version prefix', input: b64('["2025-01-31","7"]') },
    { name: 'an unknown version', input: b64('c2:["2025-01-31","7"]') },
    { name: 'malformed JSON', input: b64('c1:["2025-01-31",') },
    { name: 'a JSON object instead of an array', input: b64('c1:{"a":1}') },
    { name: 'a JSON scalar', input: b64('c1:1') },
    { name: 'a nested object', input: b64('c1:[{"a":1}]') },
    { name: 'a nested array', input: b64('c1:[[1]]') },
    { name: 'invalid UTF-8', input: Buffer.concat([Buffer.from('c1:["'), Buffer.from([0xff]), Buffer.from('"]')]).toString('base64url') },
    { name: 'an over-long cursor', input: b64(`c1:["${'x'.repeat(2000)}"]`) },
  ])('answers null for $name', ({ input }) => {
    expect(decodeCursor(input)).toBeNull();
  });

  it('answers null for a non-canonical encoding whose unused trailing bits are set', () => {
    const canonical = b64('c1:[12]');
    const last = canonical.at(-1)!;
    const sloppy = canonical.slice(0, -1) + String.fromCharCode(last.charCodeAt(0) + 1);
    expect(Buffer.from(sloppy, 'base64url').toString('utf8')).toBe('c1:[12]');
    expect(decodeCursor(sloppy)).toBeNull();
  });

  it('answers null for a value that is not a string at runtime', () => {
    expect(decodeCursor(undefined as unknown as string)).toBeNull();
  });
});
