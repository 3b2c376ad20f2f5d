import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('the operation limits in the configuration', () => {
  it('defaults MAX_MUTATION_FIELDS to 10 and REALTIME_MAX_SUBSCRIPTIONS_PER_SOCKET to 100', () => {
    const config = loadConfig({});
    expect(config.limits.maxMutationFields).toBe(10);
    expect(config.realtime.maxSubscriptionsPerSocket).toBe(100);
  });

  it('reads both from the environment', () => {
    const config = loadConfig({ MAX_MUTATION_FIELDS: '3', REALTIME_MAX_SUBSCRIPTIONS_PER_SOCKET: '7' });
    expect(config.limits.maxMutationFields).toBe(3);
    expect(config.realtime.maxSubscriptionsPerSocket).toBe(7);
  });

  it.each([
    ['MAX_MUTATION_FIELDS', '0'],
    ['MAX_MUTATION_FIELDS', 'ten'],
    ['REALTIME_MAX_SUBSCRIPTIONS_PER_SOCKET', '-1'],
    ['REALTIME_MAX_SUBSCRIPTIONS_PER_SOCKET', '1.5'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name} must be`));
  });
});

describe('AREA_BOUNDARY_TOLERANCE_M', () => {
  it('defaults to 20 metres and is read from the environment', () => {
    expect(loadConfig({}).areaBoundaryToleranceM).toBe(20);
    expect(loadConfig({ AREA_BOUNDARY_TOLERANCE_M: '0' }).areaBoundaryToleranceM).toBe(0);
    expect(loadConfig({ AREA_BOUNDARY_TOLERANCE_M: '50' }).areaBoundaryToleranceM).toBe(50);
  });

  it.each(['-1', '2.5', 'twenty', '1001'])('refuses %s with a message naming it', (value) => {
    expect(() => loadConfig({ AREA_BOUNDARY_TOLERANCE_M: value })).toThrow(/^AREA_BOUNDARY_TOLERANCE_M must be/);
  });
});

describe('IMPORT_MAX_BYTES and IMPORT_MAX_UNZIPPED_BYTES', () => {
  it('default to 20 MB and 200 MB, at most 50,000 rows, and are read from the environment', () => {
    expect(loadConfig({}).imports).toEqual({ maxBytes: 20 * 1024 * 1024, maxRows: 50_000, maxUnzippedBytes: 200 * 1024 * 1024 });
    expect(loadConfig({ IMPORT_MAX_BYTES: '5000', IMPORT_MAX_UNZIPPED_BYTES: '100000' }).imports).toMatchObject({ maxBytes: 5000, maxUnzippedBytes: 100_000 });
  });

  it.each([
    ['IMPORT_MAX_BYTES', '999'],
    ['IMPORT_MAX_BYTES', '20MB'],
    ['IMPORT_MAX_UNZIPPED_BYTES', '-1'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name} must be`));
  });
});
