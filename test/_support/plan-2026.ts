// A made-up 2026 plan and a user-supplied grouping for 10 criteria, shared by the plan tests.
import { readFileSync } from 'node:fs';
import { defineBucketScheme } from '../../src/index.js';

/** The made-up 2026 plan (examples/data/plan-2026-example.json): a plain copy to edit. */
export function example2026(): Record<string, any> {
  return JSON.parse(readFileSync(new URL('../../examples/data/plan-2026-example.json', import.meta.url), 'utf8'));
}

/** A grouping for 10 criteria supplied by the user (no national one exists): test data, not a legal scheme. */
export const SCHEME_10 = defineBucketScheme({
  id: 'example-10',
  title: { vi: 'Phân nhóm ví dụ cho bộ 10 tiêu chí (không phải cách phân nhóm chính thức)', en: 'Example grouping for 10 criteria (not an official scheme)' },
  criteriaTotal: 10,
  buckets: [
    { id: '10', min: 10, max: 10, label: { vi: 'Đạt 10 tiêu chí', en: '10 criteria' } },
    { id: '7-9', min: 7, max: 9, label: { vi: 'Đạt từ 7-9 tiêu chí', en: '7-9 criteria' } },
    { id: '0-6', min: 0, max: 6, label: { vi: 'Dưới 7 tiêu chí', en: 'Under 7 criteria' } },
  ],
});

