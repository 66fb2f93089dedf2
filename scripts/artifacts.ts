// The rules as data: every file under dist/data/ and dist/schemas/, computed from the TypeScript
// sources (set modules, scheme data, zod schemas). Nothing here is maintained by hand; the build
// writes what this returns (scripts/build-data.ts) and test/package/artifacts.test.ts checks it.
import * as z from 'zod';
import {
  COMMUNE_GROUP_COLUMNS,
  COMMUNE_GROUPS,
  FUNDING_SOURCE_IDS,
  FUNDING_SOURCES,
  FUNDING_TAXONOMIES,
  FUNDING_TAXONOMY_IDS,
  FUNDING_UNITS,
  INSTRUMENTS,
  listCriteriaSets,
  NATIONAL_COMMUNE_SCHEME,
  PROGRAMME_BUDGET_2026_2030,
  PROGRAMME_PERIODS,
  PROGRAMME_TARGETS,
  PROVINCE_COMPLETION,
  REGION_NAMES,
  REGIONS,
  THUA_THIEN_HUE_2018_SCHEME,
} from '../src/index.js';
import { COMMUNE_GROUP_CITATION } from '../src/columns/commune-groups.js';
import { evaluationInputSchema, indicatorValuesSchema } from '../src/engine/input-schema.js';
import { districtInputSchema } from '../src/engine/evaluate-district.js';
import { ruleSchemas } from '../src/engine/schemas.js';
import { fundingSchemas } from '../src/funding/line-schema.js';
import { planSchema } from '../src/plans/schema.js';
import { PLAN_FINDINGS } from '../src/plans/finding-codes.js';
import { FINDING_TITLES } from '../src/plans/report/places.js';
import { UNIT_NAMES } from '../src/funding/format.js';
import { unitExponent } from '../src/funding/units.js';
import { resultSchemas } from './result-schemas.js';
import type { CriteriaSet } from '../src/index.js';

/** Package version, stamped in every data file. */
export interface ArtifactOptions {
  readonly version: string;
}

/** A JSON Schema (draft 2020-12) generated from a zod schema, titled. */
function jsonSchema(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title, description, ...rest };
}

/** File name of a set version: its id with '/' as '--'. */
export const setFileName = (set: CriteriaSet): string => `${set.id.replace(/\//g, '--')}.json`;

function latest(kind: CriteriaSet['kind']): CriteriaSet | undefined {
  const versions = listCriteriaSets(kind);
  return versions[versions.length - 1];
}

/** Every data and schema file, keyed by its path under dist/. */
export function buildArtifacts(options: ArtifactOptions): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const meta = { package: 'ntm-rules', version: options.version, generated: 'from the TypeScript sources at build time; do not edit' };
  const sets = listCriteriaSets();

  // --- rules as data
  files.set('data/sets.json', {
    ...meta,
    sets: sets.map((s) => ({ id: s.id, kind: s.kind, province: s.province ?? null, validFrom: s.validFrom, validUntil: s.validUntil ?? null, period: s.period, file: `sets/${setFileName(s)}` })),
  });
  for (const s of sets) files.set(`data/sets/${setFileName(s)}`, s);
  files.set('data/bucket-schemes.json', { ...meta, schemes: [NATIONAL_COMMUNE_SCHEME, THUA_THIEN_HUE_2018_SCHEME] });
  files.set('data/funding-taxonomy.json', {
    ...meta,
    units: FUNDING_UNITS,
    unitNames: Object.fromEntries(FUNDING_UNITS.map((u) => [u, { ...UNIT_NAMES[u], exponent: unitExponent(u) }])),
    defaultUnit: 'million-vnd',
    // The 2021-2025 tree, as before; the dated versions below.
    sources: FUNDING_SOURCE_IDS.map((id) => FUNDING_SOURCES[id]),
    versionRule: 'options.taxonomy, else the lines\' year (up to 2025: 2021-2025; 2026-2035: 2026-2035; both in one call is an error), else 2021-2025. A plan uses the version of its year.',
    versions: FUNDING_TAXONOMY_IDS.map((id) => {
      const t = FUNDING_TAXONOMIES[id];
      return { ...t, sources: t.sourceIds.map((s) => t.sources[s]) };
    }),
  });
  files.set('data/periods.json', { ...meta, periods: PROGRAMME_PERIODS });
  files.set('data/commune-groups.json', {
    ...meta,
    columns: COMMUNE_GROUP_COLUMNS,
    groups: ([1, 2, 3] as const).map((group) => ({ group, ...COMMUNE_GROUPS[group] })),
    citation: COMMUNE_GROUP_CITATION,
    conflict: 'A commune meeting both the group-1 and the group-3 definition: no source says which applies (classifyCommuneGroup reports it; options.resolveConflict places it).',
  });
  files.set('data/programme-targets.json', { ...meta, targets: PROGRAMME_TARGETS, provinceCompletion: PROVINCE_COMPLETION, budget2026to2030: PROGRAMME_BUDGET_2026_2030 });
  files.set('data/instruments.json', { ...meta, instruments: INSTRUMENTS });
  files.set('data/plan-findings.json', {
    ...meta,
    order: 'Findings are listed by severity (error, warning, info); within a severity in the order of the checks below (docs/spec.md PLAN-ORDER).',
    spec: 'docs/spec.md §8.2: each code is defined by the rule PLAN-<CODE>, with its path and its expected / actual / difference.',
    notation: { vi: 'B là từng khối số liệu: năm cơ sở (kết quả), rồi mục tiêu.', en: 'B is each block: the baseline, then the target.' },
    // The report's title of each code beside its precondition: one file holds the words of both languages.
    findings: PLAN_FINDINGS.map((f) => ({ ...f, title: FINDING_TITLES[f.code] })),
  });
  files.set('data/regions.json', { ...meta, regions: REGIONS.map((code) => ({ code, name: REGION_NAMES[code] })) });

  // --- JSON Schemas of public inputs
  const rules = ruleSchemas();
  files.set('schemas/criteria-set.json', jsonSchema(rules.criteriaSet, 'ntm-rules criteria-set definition', 'A criteria set (bộ tiêu chí) in one dated version: criteria, indicators, dated and cited thresholds. Every file under data/sets/ conforms to it; defineCriteriaSet() accepts it.'));
  files.set('schemas/overlay.json', jsonSchema(rules.overlay, 'ntm-rules threshold overlay', 'A threshold table supplied by a province, ministry or user: fills or overrides thresholds by indicator code (defineThresholdOverlay).'));
  const commune = latest('commune');
  if (commune) {
    files.set('schemas/commune-input.json', jsonSchema(evaluationInputSchema(commune), 'ntm-rules commune input', `Input of evaluateCommune(), generated from ${commune.id}. A value left out is unknown, never not-met.`));
  }
  const district = latest('district');
  if (district) {
    // evaluateDistrict validates the facts with its own zod schema and the indicator values with the engine;
    // the published schema types the indicator values from the district set's data.
    const schema = districtInputSchema().extend({ indicators: indicatorValuesSchema(district).describe('Indicator code → value; a code left out is unknown, never not-met') });
    files.set('schemas/district-input.json', jsonSchema(schema, 'ntm-rules district input', `Input of evaluateDistrict(), indicator values typed from ${district.id}.`));
  }
  const funding = fundingSchemas();
  files.set('schemas/funding-lines.json', jsonSchema(funding.lines, 'ntm-rules funding lines', 'Funding lines as aggregateFunding() takes them: { source, amount, unit?, label?, year? }, amounts as decimal strings.'));
  files.set('schemas/funding-reconcile.json', jsonSchema(funding.reconcile, 'ntm-rules funding reconciliation input', 'Input of reconcileFunding(): the lines and the amounts the document declares, by node and for "total".'));
  files.set('schemas/plan.json', jsonSchema(planSchema(), 'ntm-rules annual NTM plan', 'An annual provincial NTM plan as data (parsePlan, checkPlan): baseline and target figures, named lists, funding.'));

  // --- JSON Schemas of results
  for (const [name, r] of resultSchemas()) {
    const generated = z.toJSONSchema(r.schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
    const { $schema, ...rest } = generated;
    files.set(`schemas/${name}.json`, { $schema, title: r.title, description: r.description, ...rest });
  }
  return files;
}
