// --filter on the command line: picked allegations with their context, and the flags.
import { describe, expect, it } from 'vitest';
import { CliError, parseArgs, parseFilters } from './export-cli.js';

describe('export --filter', () => {
  it('reads the context of picked allegations and the keep-relations flag', () => {
    expect(parseFilters(['allegation=red_notice_abuse', 'context=2'])).toEqual({ allegationTypes: ['red_notice_abuse'], context: 2 });
    expect(() => parseFilters(['context=3'])).toThrow(CliError);
    const args = parseArgs(['--input', 'x', '--out', 'y.json', '--filter', 'status=alleged', '--keep-relations', '--hide-undated']);
    expect(args.filter).toEqual({ statuses: ['alleged'], keepRelations: true, hideUndated: true });
    expect(parseArgs(['--input', 'x', '--out', 'y.json']).filter).toBeNull();
  });
});
