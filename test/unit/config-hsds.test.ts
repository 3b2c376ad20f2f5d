import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('HSDS_STATE_PROVINCE and HSDS_POSTAL_CODE in the configuration', () => {
  it('default to 北京市 and 100010, and take what they are given', () => {
    expect(loadConfig({}).hsds).toEqual({ stateProvince: '北京市', postalCode: '100010' });
    expect(loadConfig({ HSDS_STATE_PROVINCE: ' 河北省 ', HSDS_POSTAL_CODE: '050000' }).hsds).toEqual({ stateProvince: '河北省', postalCode: '050000' });
  });

  it('refuses an empty province and a postal code that is not 6 digits, naming the variable', () => {
    expect(() => loadConfig({ HSDS_STATE_PROVINCE: '  ' })).toThrow(ConfigError);
    expect(() => loadConfig({ HSDS_STATE_PROVINCE: '  ' })).toThrow('HSDS_STATE_PROVINCE must not be empty');
    for (const code of ['10001', '1000100', 'abcdef', '']) {
      expect(() => loadConfig({ HSDS_POSTAL_CODE: code })).toThrow(`HSDS_POSTAL_CODE must be a postal code of 6 digits, got "${code}"`);
    }
  });
});
