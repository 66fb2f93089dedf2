import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const bucketFindings = (p: ReturnType<typeof planWith>) => checkPlan(p).filter((f) => f.code.startsWith('bucket'));

describe('buckets against the number of communes', () => {
  it('raises nothing when the buckets and the recognised communes make up the communes', () => {
    expect(bucketFindings(planWith(() => {}))).toEqual([]);
  });

  it('flags buckets exceeding the communes', () => {
    const [f] = bucketFindings(planWith((p) => { p.target.buckets['10-14'] = 2; }));
    expect(f).toMatchObject({ code: 'buckets-exceed-communes', severity: 'error', path: ['target', 'buckets'], expected: 10, actual: 12, difference: 2 });
    expect(f?.message.vi).toContain('5 (19) + 5 (15-18) + 2 (10-14)');
  });

  it('flags every bucket stated but short of the communes', () => {
    const [f] = bucketFindings(planWith((p) => { p.baseline.buckets['10-14'] = 3; }));
    expect(f).toMatchObject({ code: 'buckets-sum-mismatch', expected: 10, actual: 9, difference: -1 });
  });

  it('reports communes left to unstated buckets as info, and nothing when none are left', () => {
    const [f] = bucketFindings(planWith((p) => { p.target.buckets = { '15-18': 3 }; }));
    expect(f).toMatchObject({ code: 'bucket-implied', severity: 'info', actual: 2 });
    expect(f?.message.en).toContain('10-14, 5-9, 0-4');
    expect(bucketFindings(planWith((p) => { p.target.buckets = { '15-18': 5 }; }))).toEqual([]);
  });

  it('flags a bucket id the scheme does not know, and a top bucket that contradicts the recognised count', () => {
    expect(bucketFindings(planWith((p) => { p.target.buckets['15-17'] = 0; })).map((f) => f.code)).toEqual(['bucket-unknown']);
    const [top] = bucketFindings(planWith((p) => { p.target.buckets['19'] = 6; p.target.buckets['15-18'] = 4; }));
    expect(top).toMatchObject({ code: 'bucket-top-mismatch', path: ['target', 'buckets', '19'], expected: 5, actual: 6 });
  });
});
