// Small criteria sets and overlays defined by the cases themselves (test values, not legal values), in
// the library's data format (data/schemas/criteria-set.json), and their tables for lib/evaluation.mjs.

export const TEST_CITATION = { instrument: 'Conformance test set (test values, not legal values)' };
const TEXT = { vi: 'Chỉ tiêu thử', en: 'Test indicator' };
const UNITS = { boolean: 'boolean', 'none-allowed': 'count', 'min-count': 'count', 'min-percent': 'percent', 'max-percent': 'percent', 'min-value': 'million-vnd/person/year', 'max-value': 'm2/person', compound: 'composite' };

/** A threshold value of a test set. */
export const tv = (columns, validFrom, rule, extra = {}) => ({ columns, validFrom, rule, citation: TEST_CITATION, provenance: 'secondary', ...extra });

/** An indicator (or condition) of a test set; `kind` defaults to the first threshold's rule kind. */
export function indicator(code, kind, thresholds = [], extra = {}) {
  return { code, name: TEXT, nameStatus: 'confirmed', kind, unit: UNITS[kind], citation: TEST_CITATION, thresholds, ...extra };
}

/** A compound field. */
export const field = (key, type, extra = {}) => ({ key, type, label: { vi: key, en: key }, ...extra });

/** A criterion of a test set. */
export function criterion(code, indicators, extra = {}) {
  return { code, name: { vi: `Tiêu chí ${code}`, en: `Criterion ${code}` }, nameStatus: 'confirmed', citation: TEST_CITATION, indicators, ...(indicators.length === 0 && extra.missingIndicators === undefined ? { missingIndicators: { vi: 'chưa có', en: 'none encoded' } } : {}), ...extra };
}

/** A test set definition: kind 'village' of a test province unless said, no columns, in force from 2022-01-01. */
export function testSet({ id = 'test/conformance', kind = 'village', columns = 'none', validFrom = '2022-01-01', validUntil, period = { fromYear: 2022, toYear: 2030 }, criteria = [], conditions, groups } = {}) {
  return {
    id, kind, title: { vi: 'Bộ tiêu chí thử', en: 'Conformance test set' }, legalBasis: [TEST_CITATION], period, validFrom,
    ...(validUntil !== undefined ? { validUntil } : {}), columns, province: 'Tỉnh thử nghiệm', ...(groups ? { groups } : {}), criteria, ...(conditions ? { conditions } : {}),
  };
}

const table = (i) => ({ code: i.code, thresholds: i.thresholds.map((t) => ({ ...t, conflict: t.conflict?.code })) });

/** The table lib/evaluation.mjs reads, from a test set definition. */
export function tableOf(def) {
  return {
    id: def.id, kind: def.kind, validFrom: def.validFrom, validUntil: def.validUntil ?? null, period: def.period, columns: def.columns,
    criteria: def.criteria.map((c) => ({ code: c.code, group: c.group ?? null, indicators: c.indicators.map(table) })),
    conditions: (def.conditions ?? []).map(table),
  };
}

/** A test overlay for a kind (village by default). */
export const testOverlay = (id, thresholds, extra = {}) => ({ id, title: `Conformance test overlay ${id} (not legal values)`, setKind: 'village', citation: { instrument: `Test overlay ${id}` }, provenance: 'secondary', thresholds, ...extra });
