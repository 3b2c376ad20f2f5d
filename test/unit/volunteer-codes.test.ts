import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskedName } from '../../src/modules/volunteers/volunteer.rules.js';
import { mayReapply, transition } from '../../src/modules/volunteers/volunteer.transitions.js';
import { VolunteerStatus } from '../../src/modules/volunteers/volunteer.enums.js';
import { claimCodeHash, newClaimCode } from '../../src/modules/volunteers/volunteer-report.service.js';

const read = (dir: string, match: RegExp) =>
  readdirSync(dir)
    .filter((f) => match.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');

describe('the volunteers module\'s userError codes', () => {
  it('are each provoked by an integration test', () => {
    const source = read('src/modules/volunteers', /\.ts$/);
    const codes = new Set([...source.matchAll(/'((?:VOLUNTEER|TEAM)_[A-Z_]+)'/g)].map((m) => m[1]).filter((c) => !c.startsWith('VOLUNTEER_TEAM_')));
    const tests = read('test/integration', /^volunteers.*\.test\.ts$/);
    expect(codes.size).toBeGreaterThan(15);
    expect([...codes].filter((code) => !tests.includes(`'${code}'`))).toEqual([]);
  });
});

describe('the volunteer state machine', () => {
  it('moves only from the statuses each move starts from', () => {
    const all = Object.values(VolunteerStatus);
    const allowed = (move: Parameters<typeof transition>[1]) => all.filter((s) => transition(s, move).ok);
    expect(allowed('approve')).toEqual(['APPLIED']);
    expect(allowed('reject')).toEqual(['APPLIED']);
    expect(allowed('suspend')).toEqual(['APPROVED']);
    expect(allowed('reinstate')).toEqual(['SUSPENDED']);
    expect(allowed('leave')).toEqual(['APPLIED', 'APPROVED', 'SUSPENDED']);
    expect(all.filter(mayReapply)).toEqual(['REJECTED', 'LEFT']);
  });
});

describe('public names and claim codes', () => {
  it('masks a name as 王某某, keeping a compound family name', () => {
    expect(maskedName('王秀英')).toBe('王某某');
    expect(maskedName('李娜')).toBe('李某某');
    expect(maskedName('欧阳建华')).toBe('欧阳某某');
    expect(maskedName('欧阳')).toBe('欧某某');
    expect(maskedName(' ')).toBe('某某');
  });

  it('makes codes a person can read off a slip, and hashes them ignoring case, spaces and dashes', () => {
    const codes = Array.from({ length: 200 }, newClaimCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(200);
    expect(claimCodeHash('abcd efgh-jkmn')).toBe(claimCodeHash('ABCD-EFGH-JKMN'));
    expect(claimCodeHash('ABCD-EFGH-JKMN')).toMatch(/^[0-9a-f]{64}$/);
  });
});
