import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const PRODUCTION_KEY = { NODE_ENV: 'production', JWT_JWKS_URL: 'https://id.example.cn/jwks.json', HOUSEHOLD_HASH_KEY: 'h'.repeat(32) };

describe('GRAPHQL_IDE in the configuration', () => {
  it('serves the IDE by default in development and under test, not in production', () => {
    expect(loadConfig({}).ide).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).ide).toBe(true);
    expect(loadConfig(PRODUCTION_KEY).ide).toBe(false);
  });

  it('turns it off and on as told', () => {
    expect(loadConfig({ GRAPHQL_IDE: 'off' }).ide).toBe(false);
    expect(loadConfig({ ...PRODUCTION_KEY, GRAPHQL_IDE: 'on' }).ide).toBe(true);
  });

  it.each(['yes', 'true', 'OFF', '0'])('refuses GRAPHQL_IDE=%s with a message naming the values', (value) => {
    expect(() => loadConfig({ GRAPHQL_IDE: value })).toThrow(ConfigError);
    expect(() => loadConfig({ GRAPHQL_IDE: value })).toThrow(`GRAPHQL_IDE must be one of on, off, got "${value}"`);
  });
});
