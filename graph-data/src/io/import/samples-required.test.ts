// The sample-file tests may skip on a developer's machine without ../shared/data, never on CI.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { samplesPresent } from './test-support.js';

const missing = () => false;

describe('sample files', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fails the run on CI when the folder is missing, naming it', () => {
    for (const CI of ['true', '1', 'yes']) {
      expect(() => samplesPresent('/nowhere/shared/data', { CI }, missing)).toThrow('importer tests: the sample files are missing at /nowhere/shared/data and CI is set');
    }
  });

  it('skips with a warning off CI', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const env of [{}, { CI: '' }, { CI: 'false' }, { CI: '0' }]) expect(samplesPresent('/nowhere', env, missing)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it('runs them wherever the folder exists', () => {
    expect(samplesPresent('/here', { CI: 'true' }, () => true)).toBe(true);
  });
});
