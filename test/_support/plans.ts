import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/index.js';
import type { Plan } from '../../src/index.js';

/** The Lai Châu 2024 plan as shipped in examples/. */
export function laiChau(): Plan {
  return parsePlan(readFileSync(fileURLToPath(new URL('../../examples/lai-chau-2024/plan.json', import.meta.url)), 'utf8'));
}

const all = (n: number, year: string) =>
  Array.from({ length: 19 }, (_, i) => ({ criterion: String(i + 1), communes: n, outOf: 10, label: `tiêu chí ${i + 1} ${year}` }));

/**
 * A small plan whose figures all agree (10 communes): checkPlan finds nothing.
 * 2023: 3 recognised, 3 at 15-18, 4 at 10-14 (totals 142…167), every criterion met by 8 (152 → 15.2).
 * 2024: 3 + 2 = 5 recognised, 5 at 15-18 (totals 170…185), every criterion met by 9 (171 → 17.1).
 */
export function consistentPlan(): Record<string, any> {
  return {
    province: 'Tỉnh thử',
    year: 2024,
    title: 'Kế hoạch xây dựng nông thôn mới năm 2024',
    communes: 10,
    baseline: {
      year: 2023,
      meetingStandard: { total: 3, label: 'xã đạt chuẩn năm 2023' },
      averageCriteria: '15.2',
      buckets: { '15-18': 3, '10-14': 4, '5-9': 0, '0-4': 0 },
      criteria: all(8, '2023'),
    },
    target: {
      year: 2024,
      meetingStandard: {
        total: 5,
        maintained: 3,
        newlyRecognised: { count: 2, communes: [{ name: 'Xã A', district: 'Huyện 1' }, { name: 'Xã B', district: 'Huyện 2' }] },
      },
      advanced: { count: 1, communes: [{ name: 'Xã C' }] },
      averageCriteria: '17.1',
      buckets: { '15-18': 5, '10-14': 0, '5-9': 0 },
      criteria: all(9, '2024').map((c) => ({ ...c, advanced: [{ communes: 1 }] })),
      villages: { total: 3, byDistrict: [{ district: 'Huyện 1', count: 2 }, { district: 'Huyện 2', count: 1 }] },
      districtsCompleting: { count: 1, names: ['Huyện 1'] },
    },
    funding: {
      unit: 'million-vnd',
      total: { amount: '110', label: 'Nguồn vốn năm 2024' },
      lines: [
        {
          source: 'central',
          amount: '100',
          label: 'Vốn NSTW năm 2024',
          parts: [
            { source: 'central.investment', amount: '60', parts: [{ source: 'central.investment.domestic', amount: '60' }] },
            { source: 'central.recurrent', amount: '40' },
          ],
        },
        { source: 'local', amount: '10' },
      ],
    },
    projects: { count: 3, label: 'Dự án dự kiến đầu tư trong năm 2024' },
  };
}

/** A deep copy of the consistent plan, changed by `edit`, then parsed. */
export function planWith(edit: (p: Record<string, any>) => void): Plan {
  const p = structuredClone(consistentPlan());
  edit(p);
  return parsePlan(p);
}
