/**
 * Xã nông thôn mới hiện đại (modern new-rural commune), 2026-2030: a pilot under the framework
 * of QĐ 51/2025/QĐ-TTg Phụ lục II, whose detailed criteria each provincial People's Committee
 * issues. The framework itself could not be reached, so the library ships no set of this kind:
 * a province defines its set with `defineCriteriaSet({ kind: 'modern-commune', … })`, and the
 * definition must carry the one rule known from secondary sources: a modern commune is chosen
 * among communes that meet the NTM standard ("10% of communes to meet new rural standards will
 * be recognized as modern new rural communes according to the Central's pilot framework and
 * specific criteria issued by the Provincial People's Committee": Government proposal,
 * 03/12/2025; secondary).
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Indicator } from '../engine/types/index.js';

/** Code of the condition every modern-commune set carries: the commune meets the NTM standard first. */
export const MODERN_COMMUNE_PRECONDITION_CODE = 'ntm-commune';

/**
 * The condition a modern-commune set must include (in `conditions`): the commune meets the
 * NTM standard (2026-2030 set) before it can be a modern commune.
 *
 * @example
 * ```ts
 * import { defineCriteriaSet, MODERN_COMMUNE_PRECONDITION, evaluate } from 'ntm-rules';
 * const cite = { instrument: 'QĐ …/QĐ-UBND (example)' };
 * const set = defineCriteriaSet({
 *   id: 'modern-commune/example', kind: 'modern-commune', province: 'Tỉnh A', columns: 'none',
 *   title: { vi: 'Bộ tiêu chí xã NTM hiện đại (ví dụ)', en: 'Modern-commune criteria (example)' },
 *   legalBasis: [{ instrument: 'QD-51-2025', annex: 'Phụ lục II' }, cite], period: { fromYear: 2026, toYear: 2030 }, validFrom: '2026-02-15',
 *   criteria: [{ code: '1', name: { vi: 'Ví dụ', en: 'Example' }, nameStatus: 'unverified', citation: cite, indicators: [], missingIndicators: { vi: 'ví dụ', en: 'example' } }],
 *   conditions: [MODERN_COMMUNE_PRECONDITION],
 * });
 * evaluate(set, { year: 2026, conditions: { 'ntm-commune': false } }).status; // 'not-met'
 * ```
 */
export const MODERN_COMMUNE_PRECONDITION: Indicator = deepFreeze({
  code: MODERN_COMMUNE_PRECONDITION_CODE,
  name: { vi: 'Xã đã đạt chuẩn nông thôn mới (điều kiện tiên quyết)', en: 'The commune meets the NTM standard (precondition)' },
  nameStatus: 'secondary',
  kind: 'boolean',
  unit: 'boolean',
  thresholds: [
    {
      columns: 'all',
      validFrom: '2026-02-15',
      rule: { kind: 'boolean' },
      citation: { instrument: 'QD-51-2025', annex: 'Phụ lục II', source: 'Government proposal to the National Assembly (03/12/2025), as reported: modern communes are recognised among communes meeting the NTM standard' },
      provenance: 'secondary',
      note: 'No number: the commune is recognised as (or meets) the 2026-2030 NTM standard.',
    },
  ],
  citation: { instrument: 'QD-51-2025', annex: 'Phụ lục II' },
  note: 'Input: true when the commune is recognised as (or meets) the NTM standard 2026-2030.',
}) as Indicator;
