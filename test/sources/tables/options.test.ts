import { describe, expect, it } from 'vitest';
import type { IssueInit } from '../../../src/errors.js';
import { checkData, fileOptions } from '../../../src/sources/tables/options.js';
import { thrown } from '../../_support/thrown.js';

describe('the table readers\' shared options', () => {
  it('accepts text or bytes and refuses anything else at ["data"]', () => {
    expect(() => checkData('a;b')).not.toThrow();
    expect(() => checkData(new Uint8Array([1]))).not.toThrow();
    const e = thrown(() => checkData(42));
    expect(e.issues[0]?.path).toEqual(['data']);
    expect(e.issues[0]?.code).toBe('expected-table-data');
  });

  it('reads the file options and reports each bad one at its key', () => {
    const issues: IssueInit[] = [];
    expect(fileOptions({ format: 'xlsx', sheet: 'Xã', numberStyle: 'vi', delimiter: ';' }, issues)).toEqual({ format: 'xlsx', sheet: 'Xã', numberStyle: 'vi', delimiter: ';' });
    expect(issues).toEqual([]);
    fileOptions({ format: 'ods', sheet: 3, numberStyle: 'fr', delimiter: '|' }, issues);
    expect(issues.map((i) => i.path)).toEqual([['options', 'format'], ['options', 'sheet'], ['options', 'numberStyle'], ['options', 'delimiter']]);
  });
});
