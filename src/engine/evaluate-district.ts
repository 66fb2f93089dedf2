import * as z from 'zod'; // namespace import keeps zod tree-shakable
import { readPlain } from '../_lib/plain.js';
import { toIssues } from '../_lib/parse.js';
import { invalidInput } from '../errors.js';
import { REGIONS, type Region } from '../columns/regions.js';
import { DISTRICT_CONDITIONS } from '../sets/district.js';
import { evaluate, type EvaluateOptions } from './evaluate.js';
import type { EvaluationResult, IndicatorValue } from './types/index.js';

/**
 * A commune's recognised status: model communes count as advanced, advanced as NTM.
 *
 * @example
 * ```ts
 * import type { CommuneRecognition } from 'ntm-rules';
 * const statuses: CommuneRecognition[] = ['ntm', 'advanced', 'model', 'none'];
 * ```
 */
export type CommuneRecognition = 'none' | 'ntm' | 'advanced' | 'model';

/**
 * A district's facts: its communes, townships, satisfaction survey and indicator values.
 *
 * @example
 * ```ts
 * import { evaluateDistrict, type DistrictInput } from 'ntm-rules';
 * const d: DistrictInput = { region: 'DBSH', year: 2024, communes: [{ recognition: 'advanced' }], towns: [], indicators: {} };
 * evaluateDistrict(d).communes.advanced; // 1
 * ```
 */
export interface DistrictInput {
  readonly name?: string;
  readonly province?: string;
  readonly region: Region;
  /** Assessment year. */
  readonly year: number;
  /** Every commune of the district with its status under the 2021-2025 sets. */
  readonly communes: readonly { readonly name?: string; readonly recognition: CommuneRecognition }[];
  /** Its townships (thị trấn) and whether each meets the civilised-urban standard; `[]` when it has none; omit when unknown. */
  readonly towns?: readonly { readonly name?: string; readonly civilised: boolean }[];
  /** Residents' satisfaction (%): with the district's results, and the lowest share for any content in any commune. */
  readonly satisfaction?: { readonly district?: number; readonly lowestCommuneContent?: number };
  /** Values of the nine criteria's indicators, keyed by code. */
  readonly indicators: { readonly [code: string]: IndicatorValue };
}

/**
 * The evaluation of a district: criteria and commune conditions, with the counts the conditions were derived from.
 *
 * @example
 * ```ts
 * import { evaluateDistrict, type DistrictEvaluation } from 'ntm-rules';
 * const r: DistrictEvaluation = evaluateDistrict({ region: 'DBSH', year: 2024, communes: [{ recognition: 'ntm' }], indicators: {} });
 * r.communes.total; // 1
 * ```
 */
export interface DistrictEvaluation extends EvaluationResult {
  readonly communes: { readonly total: number; readonly ntm: number; readonly advanced: number; readonly model: number };
  readonly towns?: { readonly total: number; readonly civilised: number };
}

function buildSchema() {
  const percent = z.number().min(0).max(100);
  const text = z.string();
  return z.strictObject({
    name: text.optional(),
    province: text.optional(),
    region: z.enum(REGIONS),
    year: z.number().int(),
    communes: z.array(z.strictObject({ name: text.optional(), recognition: z.enum(['none', 'ntm', 'advanced', 'model']) })).min(1, 'a district has at least one commune'),
    towns: z.array(z.strictObject({ name: text.optional(), civilised: z.boolean() })).optional(),
    satisfaction: z.strictObject({ district: percent.optional(), lowestCommuneContent: percent.optional() }).optional(),
    indicators: z.record(z.string(), z.unknown()),
  });
}
let schema: ReturnType<typeof buildSchema> | undefined;

/** The zod schema of a district input (built on first use); also the source of the published JSON Schema. */
export function districtInputSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema();
  return schema;
}

/** Bounds of a district input: far above any district (the largest had a few dozen communes). */
export const DISTRICT_INPUT_LIMITS = Object.freeze({ maxDepth: 6, maxArrayLength: 2_000, maxKeys: 2_000, maxValues: 20_000 });

/** Share as a percentage, computed as (100·part)/whole so that exact shares (1 of 10) stay exact. */
const share = (part: number, whole: number) => (100 * part) / whole;

const DISTRICT = Object.freeze({ kind: 'district' as const });

/**
 * Evaluates a district against the national district set (QĐ 320/QĐ-TTg
 * Phụ lục I) in the version in force on `options.asOf` (default: 31 December
 * of the assessment year). The commune conditions are derived from the
 * communes' statuses: the share meeting NTM (advanced and model count), the
 * share meeting the advanced standard (model counts), the share of townships
 * civilised (not applicable without townships), and the satisfaction survey.
 * The result lists these conditions beside the nine criteria; `status` is
 * `'meets-standard'` only when all hold. District-level sets apply up to
 * 30/06/2025: from 01/07/2025 there is no district level, and such a day is refused.
 *
 * @throws {NtmError} `invalid-input` naming each bad field; `no-set-in-force` outside 2021-2025 or from 01/07/2025.
 *
 * @example
 * ```ts
 * import { evaluateDistrict } from 'ntm-rules';
 * const r = evaluateDistrict({
 *   region: 'TDMNPB', year: 2024,
 *   communes: [...Array(9).fill({ recognition: 'ntm' }), { recognition: 'advanced' }],
 *   towns: [{ civilised: true }],
 *   satisfaction: { district: 92, lowestCommuneContent: 85 },
 *   indicators: { '1.1': true },
 * });
 * r.conditions.map((c) => c.outcome); // ['met', 'met', 'met', 'met']
 * r.status; // 'undetermined' (most criteria have no encoded rule)
 * ```
 */
export function evaluateDistrict(input: DistrictInput, options?: EvaluateOptions): DistrictEvaluation {
  const plain = readPlain(input, DISTRICT_INPUT_LIMITS);
  if (!plain.ok) throw invalidInput('district input', plain.issues);
  const parsed = districtInputSchema().safeParse(plain.value);
  if (!parsed.success) throw invalidInput('district input', toIssues(parsed.error.issues));
  const d = parsed.data;
  const total = d.communes.length;
  const count = (...r: CommuneRecognition[]) => d.communes.filter((c) => r.includes(c.recognition)).length;
  const communes = { total, ntm: count('ntm', 'advanced', 'model'), advanced: count('advanced', 'model'), model: count('model') };

  const conditions: Record<string, IndicatorValue> = {
    [DISTRICT_CONDITIONS.communesNtm]: share(communes.ntm, total),
    [DISTRICT_CONDITIONS.communesAdvanced]: share(communes.advanced, total),
  };
  let towns: DistrictEvaluation['towns'];
  if (d.towns !== undefined) {
    towns = { total: d.towns.length, civilised: d.towns.filter((t) => t.civilised).length };
    conditions[DISTRICT_CONDITIONS.townsCivilised] = towns.total === 0 ? 'not-applicable' : share(towns.civilised, towns.total);
  }
  if (d.satisfaction !== undefined) {
    const { district, lowestCommuneContent } = d.satisfaction;
    conditions[DISTRICT_CONDITIONS.satisfaction] = district !== undefined && lowestCommuneContent !== undefined ? { district, lowestCommuneContent } : null;
  }
  const result = evaluate(
    DISTRICT,
    {
      ...(d.name !== undefined ? { name: d.name } : {}),
      ...(d.province !== undefined ? { province: d.province } : {}),
      region: d.region,
      year: d.year,
      indicators: d.indicators as Record<string, IndicatorValue>,
      conditions,
    },
    options,
  );
  return { ...result, communes, ...(towns !== undefined ? { towns } : {}) };
}
