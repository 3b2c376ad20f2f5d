import { describe, it, expect } from 'vitest';
import { fromGlobalId, isDatabaseId, parseGlobalId, toGlobalId } from '../../../src/shared/global-id.js';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

describe('toGlobalId', () => {
  it('encodes type and id as unpadded base64url', () => {
    expect(toGlobalId('Resource', 42)).toBe(b64('Resource:42'));
    expect(toGlobalId('Resource', 42)).not.toMatch(/[=+/]/);
  });

  it.each([
    { type: 'Resource', id: 1 },
    { type: 'Organization', id: '9007199254740993' },
    { type: 'SharingAgreement', id: 9223372036854775807n },
    { type: '_Internal', id: '10' },
  ])('round-trips $type $id through fromGlobalId', ({ type, id }) => {
    expect(fromGlobalId(toGlobalId(type, id))).toEqual({ type, id: String(id) });
  });

  it.each([
    { type: '', id: 1 },
    { type: 'Has:Colon', id: 1 },
    { type: 'Résource', id: 1 },
    { type: 'Resource', id: 0 },
    { type: 'Resource', id: -5 },
    { type: 'Resource', id: 1.5 },
    { type: 'Resource', id: Number.MAX_SAFE_INTEGER + 2 },
    { type: 'Resource', id: '007' },
    { type: 'Resource', id: 'abc' },
    { type: 'Resource', id: '9223372036854775808' },
  ])('refuses to build an id from type $type and id $id', ({ type, id }) => {
    expect(() => toGlobalId(type, id)).toThrow(RangeError);
  });
});

describe('fromGlobalId', () => {
  const valid = toGlobalId('Resource', 42);

  it.each([
    { name: 'an empty string', input: '' },
    { name: 'a plain database id', input: '42' },
    { name: 'standard base64 alphabet', input: Buffer.from('Resource:1>?', 'utf8').toString('base64') },
    { name: 'padding characters', input: `${valid}==` },
    { name: 'padded standard base64', input: Buffer.from('Resource:1', 'utf8').toString('base64') },
    { name: 'whitespace around the id', input: ` ${valid} ` },
    { name: 'a newline inside', input: `${valid.slice(0, 4)}\n${valid.slice(4)}` },
    { name: 'no colon', input: b64('Resource42') },
    { name: 'an empty type', input: b64(':42') },
    { name: 'an empty id', input: b64('Resource:') },
    { name: 'a zero id', input: b64('Resource:0') },
    { name: 'a negative id', input: b64('Resource:-1') },
    { name: 'a leading zero', input: b64('Resource:042') },
    { name: 'a decimal point', input: b64('Resource:4.2') },
    { name: 'an exponent', input: b64('Resource:4e2') },
    { name: 'a second colon', input: b64('Resource:4:2') },
    { name: 'spaces in the id', input: b64('Resource: 42') },
    { name: 'an id beyond bigint', input: b64('Resource:9223372036854775808') },
    { name: 'an absurdly long id', input: b64(`Resource:${'9'.repeat(40)}`) },
    { name: 'a unicode type', input: b64('Ресурс:42') },
    { name: 'unicode digits', input: b64('Resource:٤٢') },
    { name: 'invalid UTF-8', input: Buffer.from([0x52, 0x3a, 0x31, 0xff]).toString('base64url') },
    { name: 'emoji', input: '🙂' },
    { name: 'input over 200 characters', input: b64(`${'A'.repeat(160)}:1`) },
  ])('answers null for $name', ({ input }) => {
    expect(fromGlobalId(input)).toBeNull();
  });

  it('answers null for a value that is not a string at runtime', () => {
    expect(fromGlobalId(42 as unknown as string)).toBeNull();
    expect(fromGlobalId(null as unknown as string)).toBeNull();
  });

  it('answers null for a non-canonical encoding whose unused trailing bits are set', () => {
    const canonical = b64('Resource:1');
    expect(canonical.endsWith('Q')).toBe(true);
    const sloppy = `${canonical.slice(0, -1)}R`;
    expect(Buffer.from(sloppy, 'base64url').toString('utf8')).toBe('Resource:1');
    expect(fromGlobalId(sloppy)).toBeNull();
  });

  it('accepts the longest bigint', () => {
    expect(fromGlobalId(b64('Resource:9223372036854775807'))).toEqual({ type: 'Resource', id: '9223372036854775807' });
  });
});

describe('parseGlobalId', () => {
  it.each([
    { name: 'returns the id when the type is expected', input: toGlobalId('Resource', 7), types: ['Resource'], out: '7' },
    {
      name: 'accepts any of several expected types',
      input: toGlobalId('Organization', 7),
      types: ['Resource', 'Organization'],
      out: '7',
    },
    { name: 'returns null for a different type', input: toGlobalId('Demand', 7), types: ['Resource'], out: null },
    { name: 'compares types case-sensitively', input: toGlobalId('resource', 7), types: ['Resource'], out: null },
    { name: 'returns null when no type is expected', input: toGlobalId('Resource', 7), types: [], out: null },
    { name: 'returns null for garbage', input: '!!!', types: ['Resource'], out: null },
  ])('$name', ({ input, types, out }) => {
    expect(parseGlobalId(input, types)).toBe(out);
  });
});

describe('isDatabaseId', () => {
  it.each([
    { id: '1', ok: true },
    { id: '9223372036854775807', ok: true },
    { id: '9223372036854775808', ok: false },
    { id: '10000000000000000000', ok: false },
    { id: '0', ok: false },
    { id: '01', ok: false },
    { id: '', ok: false },
    { id: '+1', ok: false },
  ])('judges $id as a bigint identity: $ok', ({ id, ok }) => {
    expect(isDatabaseId(id)).toBe(ok);
  });
});
