// Regression tests for the defects an outside attack found outside the engine (issue 17), grouped
// as the issue lists them. Each failed before its fix. Related tests elsewhere: test/_lib/plain.test.ts
// (the reader), test/funding/hostile.test.ts (funding lines), test/cli/run.test.ts and
// test/cli/json.test.ts (the command line), test/plans/checks/recognised-target.test.ts,
// test/examples/lai-chau-demo.test.ts, test/plans/report/html.browser.test.ts (a real browser).
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/_lib/limits.js';
import * as api from '../../src/index.js';
import { thrown } from '../_support/thrown.js';
import { consistentPlan } from '../_support/plans.js';

const boom = (): never => {
  throw new RangeError('boom');
};
const throwing = <T extends object>(target: T) => new Proxy(target, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom });
const paths = (fn: () => unknown) => thrown(fn).issues.map((i) => [i.path, i.code]);
const plan = () => api.parsePlan(consistentPlan());
const evaluation = () => api.evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '1.1': true } });
const summary = () => api.summarizeCommunes([{ criteriaMet: 19 }, { criteriaMet: 12 }]);

describe('exceptions other than NtmError', () => {
  it('null options are bad input at ["options"] (checkPlan and the reports threw TypeError)', () => {
    for (const fn of [() => api.checkPlan(plan(), null as never), () => api.renderPlanReport(plan(), null as never), () => api.renderPlanReportHtml(plan(), null as never), () => api.summarizeCommunes([], null as never), () => api.aggregateFunding([], null as never), () => api.formatAmount('1', null as never)]) {
      expect(paths(fn)).toEqual([[['options'], 'expected-object']]);
    }
  });

  it('report options are checked: an unknown severity, findings that are not a list, a bad scheme next to findings (all threw TypeError)', () => {
    const f = { code: 'x', severity: 'boom', message: { vi: 'a', en: 'b' }, path: [] };
    expect(paths(() => api.renderPlanReportHtml(plan(), { findings: [f] } as never))).toEqual([[['options', 'findings', 0, 'severity'], 'invalid-finding']]);
    expect(paths(() => api.renderPlanReportHtml(plan(), { findings: 'abc' } as never))).toEqual([[['options', 'findings'], 'expected-array']]);
    const scheme = thrown(() => api.renderPlanReportHtml(plan(), { findings: [], checkOptions: { scheme: {} } } as never));
    expect(scheme.code).toBe('invalid-definition');
    expect(scheme.issues[0]!.path.slice(0, 3)).toEqual(['options', 'checkOptions', 'scheme']);
    expect(paths(() => api.renderPlanReport(plan(), { findings: [{ ...f, severity: 'info', path: [{}] }] } as never))).toEqual([[['options', 'findings', 0, 'path'], 'invalid-finding']]);
    expect(paths(() => api.renderPlanReport(plan(), { lnag: 'en' } as never))).toEqual([[['options', 'lnag'], 'unknown-key']]);
    // Findings checkPlan returned pass through unchanged.
    expect(api.renderPlanReport(plan(), { findings: api.checkPlan(plan()) })).toBe(api.renderPlanReport(plan()));
  });

  it('a plan average with 99 decimals is refused with its path (toFixed threw RangeError); 10 decimals go through checks and reports', () => {
    const p = consistentPlan();
    p.target.averageCriteria = `17.${'1'.repeat(99)}`;
    expect(paths(() => api.parsePlan(p))).toEqual([[['target', 'averageCriteria'], 'expected-average']]);
    p.target.averageCriteria = '17.1234567891';
    const parsed = api.parsePlan(p);
    expect(api.checkPlan(parsed).map((x) => x.code)).toContain('average-unattainable');
    expect(api.renderPlanReport(parsed, { lang: 'en' })).toContain('17.1234567891');
  });

  it('getters and Proxy traps that throw become NtmErrors with their paths, in every function outside the engine (were RangeError: boom)', () => {
    const getter = <T extends object>(o: T, key: string): T => Object.defineProperty({ ...o }, key, { get: boom, enumerable: true });
    expect(paths(() => api.parsePlan(getter({ province: 'X' }, 'year')))).toEqual([[['year'], 'unreadable']]);
    expect(paths(() => api.parsePlan(throwing({})))).toEqual([[[], 'unreadable']]);
    expect(paths(() => api.checkPlan(plan(), getter({}, 'fundingTolerance')))).toEqual([[['options', 'fundingTolerance'], 'unreadable']]);
    expect(paths(() => api.checkPlan(plan(), { floorTarget: throwing({}) } as never))).toEqual([[['options', 'floorTarget'], 'unreadable']]);
    expect(paths(() => api.renderPlanReportHtml(plan(), { findings: [throwing({})] } as never))).toEqual([[['options', 'findings', 0], 'unreadable']]);
    expect(paths(() => api.summarizeCommunes([getter({ criteriaMet: 3 }, 'name')] as never))).toEqual([[['records', 0, 'name'], 'unreadable']]);
    expect(paths(() => api.summarizeCommunes(throwing([]) as never))).toEqual([[['records'], 'unreadable']]);
    expect(paths(() => api.compareSummaries(getter(summary(), 'count'), summary()))).toEqual([[['before', 'count'], 'unreadable']]);
    expect(paths(() => api.progressTowardTarget(summary(), throwing({}) as never))).toEqual([[['target'], 'unreadable']]);
    expect(paths(() => api.analyzeGap(getter(evaluation(), 'criteria')))).toEqual([[['result', 'criteria'], 'unreadable']]);
    expect(paths(() => api.checkRecognition(evaluation(), getter({}, 'outstandingConstructionDebt')))).toEqual([[['facts', 'outstandingConstructionDebt'], 'unreadable']]);
    expect(paths(() => api.classifyCriteriaCount(3, getter(api.NATIONAL_COMMUNE_SCHEME, 'buckets')))).toEqual([[['scheme', 'buckets'], 'unreadable']]);
    expect(paths(() => api.defineBucketScheme(throwing({}) as never))).toEqual([[[], 'unreadable']]);
    expect(paths(() => api.roundHalfUp(getter({ numerator: 1 }, 'denominator') as never))).toEqual([[['value', 'denominator'], 'unreadable']]);
  });

  it('inputs are read once: a getter answering differently on the second read cannot slip past validation', () => {
    let reads = 0;
    const record = Object.defineProperty({}, 'criteriaMet', { get: () => (reads++ === 0 ? 12 : 'twelve'), enumerable: true });
    expect(api.summarizeCommunes([record as never]).totalCriteriaMet).toBe(12);
    expect(reads).toBe(1);
    let schemeReads = 0;
    const scheme = { ...api.NATIONAL_COMMUNE_SCHEME, get criteriaTotal() { return schemeReads++ === 0 ? 19 : -1; } };
    expect(api.classifyCriteriaCount(19, scheme).id).toBe('19');
    expect(schemeReads).toBe(1);
    // A caller's scheme is read again on the next call, never taken from a cache: now it says -1.
    expect(thrown(() => api.classifyCriteriaCount(19, scheme)).issues[0]!.path).toEqual(['scheme', 'criteriaTotal']);
  });
});

describe('unbounded work', () => {
  it('summarizeCommunes refuses 10^8 holes without reading them (returned count 0 after 4 s), and reports a hole at its index', () => {
    let reads = 0;
    const holes = new Proxy(new Array(10 ** 8), { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k)) });
    expect(paths(() => api.summarizeCommunes(holes))).toEqual([[['records'], 'too-large']]);
    expect(reads).toBe(0);
    // eslint-disable-next-line no-sparse-arrays
    expect(paths(() => api.summarizeCommunes([{ criteriaMet: 1 }, , { criteriaMet: 2 }] as never))).toEqual([[['records', 1], 'array-hole']]);
  });

  it('accepts lists at the documented limits and refuses one item more', () => {
    const n = INPUT_LIMITS.records.maxArrayLength;
    const records = Array.from({ length: n }, (_, i) => ({ criteriaMet: i % 20 }));
    expect(api.summarizeCommunes(records).count).toBe(n);
    expect(paths(() => api.summarizeCommunes([...records, { criteriaMet: 1 }]))).toEqual([[['records'], 'too-large']]);
    const communes = Array.from({ length: INPUT_LIMITS.plan.maxArrayLength }, (_, i) => ({ name: `Xã ${i}` }));
    const p = { province: 'X', year: 2024, target: { advanced: { communes } } };
    expect(api.parsePlan(p).target?.advanced?.communes).toHaveLength(communes.length);
    expect(paths(() => api.parsePlan({ ...p, target: { advanced: { communes: [...communes, { name: 'one more' }] } } }))).toEqual([[['target', 'advanced', 'communes'], 'too-large']]);
  });

  it('a plan with 19 funding lines of 4,999 parts is refused before it is walked (took 1.3 s to render); one at the limits renders', () => {
    let reads = 0;
    const parts = new Proxy(Array.from({ length: 4_999 }, () => ({ source: 'central.recurrent', amount: '1' })), { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k)) });
    const p = { province: 'X', year: 2024, funding: { unit: 'million-vnd', lines: Array.from({ length: 19 }, () => ({ source: 'central', amount: '4999', parts })) } };
    expect(paths(() => api.parsePlan(p))).toEqual([[['funding', 'lines', 0, 'parts'], 'too-large']]);
    expect(reads).toBe(0);
    const atLimit = { province: 'X', year: 2024, funding: { unit: 'million-vnd', lines: Array.from({ length: 6 }, () => ({ source: 'central', amount: '1000', parts: Array.from({ length: 1_000 }, () => ({ source: 'central.recurrent', amount: '1' })) })) } };
    const parsed = api.parsePlan(atLimit);
    expect(api.checkPlan(parsed)).toEqual([]);
    expect(api.renderPlanReportHtml(parsed).match(/data-source="central.recurrent"/g)).toHaveLength(6_000);
  });
});

describe('plan amounts and report figures', () => {
  it('a 100,000-digit amount is refused by parsePlan at its own path (funding rejected it later at "lines[0].amount")', () => {
    const p = { province: 'X', year: 2024, funding: { unit: 'million-vnd', lines: [{ source: 'central', amount: '1', parts: [{ source: 'central.recurrent', amount: '1'.repeat(100_000) }] }] } };
    expect(paths(() => api.parsePlan(p))).toEqual([[['funding', 'lines', 0, 'parts', 0, 'amount'], 'too-long']]);
    expect(paths(() => api.checkPlan(p as never))).toEqual([[['funding', 'lines', 0, 'parts', 0, 'amount'], 'too-long']]);
    // At the bound (200 characters, as in the funding module) every sum and difference is exact.
    const big = '9'.repeat(200);
    const ok = api.parsePlan({ ...p, funding: { unit: 'million-vnd', total: { amount: big }, lines: [{ source: 'central', amount: '1' }] } });
    expect(api.checkPlan(ok)[0]).toMatchObject({ code: 'funding-total-mismatch', difference: `${'9'.repeat(199)}8` });
  });

  it('the "Difference" row prints a 45-digit difference exactly (it was rounded to 40 digits)', () => {
    const p = api.parsePlan({ province: 'X', year: 2024, funding: { unit: 'million-vnd', total: { amount: `1${'0'.repeat(44)}` }, lines: [{ source: 'credit', amount: '1' }] } });
    const nines = '99,999,999,999,999,999,999,999,999,999,999,999,999,999,999';
    expect(api.renderPlanReport(p, { lang: 'en' })).toMatch(new RegExp(`Difference +${nines}\\n`));
    expect(api.renderPlanReportHtml(p, { lang: 'en' })).toContain(`<td>Difference</td><td>${nines}</td>`);
    expect(api.renderPlanReport(p, { lang: 'vi' })).toContain(nines.replace(/,/g, '.'));
  });

  it('chart labels print exact decimals (were "1e-7" and "12,345,678,901,234,568"); shares are rounded once, from the exact share', () => {
    const p = api.parsePlan({ province: 'X', year: 2024, funding: { unit: 'million-vnd', lines: [{ source: 'credit', amount: '0.0000001' }, { source: 'other', amount: '12345678901234567' }] } });
    const html = api.renderPlanReportHtml(p, { lang: 'en' });
    const labels = [...html.matchAll(/<text class="value"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(['0.0000001', '12,345,678,901,234,567', '12,345,678,901,234,567.0000001']);
    expect(html).toContain('data-value="12345678901234567"');
    const shares = api.parsePlan({ province: 'X', year: 2024, funding: { unit: 'million-vnd', lines: [{ source: 'credit', amount: '1235' }, { source: 'other', amount: '8765' }] } });
    // 1235 / 10000 = 12.35 %: half-up gives 12.4 (through a double, 12.35 printed as 12.3).
    expect(api.renderPlanReportHtml(shares, { lang: 'en' })).toContain('<td>1,235</td><td>12.4%</td>');
  });
});

describe('bidi and control characters in reports', () => {
  it('a right-to-left override in a funding label cannot reorder the figures after it (114,765 showed as "567,411"); controls are shown, not obeyed', () => {
    const p = consistentPlan();
    p.funding.lines[0].label = 'Vốn NSTW\u202E 114765';
    p.title = 'Kế hoạch\u001b]0;owned\u0007\u001b[2J\u2066x\u2069';
    const parsed = api.parsePlan(p);
    for (const out of [api.renderPlanReportHtml(parsed), api.renderPlanReport(parsed)]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(out).toContain('Vốn NSTW\\u202E 114765');
      expect(out).toContain('Kế hoạch\\u001B]0;owned\\u0007\\u001B[2J\\u2066x\\u2069');
    }
  });
});

describe('silently dropped keys', () => {
  it('a "__proto__" bucket key from JSON.parse is refused at its path (zod dropped it)', () => {
    const text = '{"province": "X", "year": 2024, "communes": 10, "baseline": {"buckets": {"__proto__": 9, "15-18": 1}}}';
    expect(paths(() => api.parsePlan(text))).toEqual([[['baseline', 'buckets', '__proto__'], 'unknown-bucket']]);
    expect(paths(() => api.parsePlan(JSON.parse(text)))).toEqual([[['baseline', 'buckets', '__proto__'], 'unknown-bucket']]);
  });

  it('a "__proto__" key in funding declared amounts or plain records is kept and named, never dropped', () => {
    expect(paths(() => api.reconcileFunding(JSON.parse('{"lines": [], "declared": {"__proto__": "5"}}')))).toEqual([[['declared', '__proto__'], 'unknown-source']]);
    expect(paths(() => api.summarizeCommunes(JSON.parse('[{"criteriaMet": 3, "__proto__": 1}]')))).toEqual([[['records', 0, '__proto__'], 'unknown-key']]);
  });
});

describe('validation gaps', () => {
  it('document.date must be a day of the calendar (2024-02-30 was accepted)', () => {
    expect(paths(() => api.parsePlan({ province: 'X', year: 2024, document: { date: '2024-02-30' } }))).toEqual([[['document', 'date'], 'not-a-day']]);
    expect(api.parsePlan({ province: 'X', year: 2024, document: { date: '2024-02-29' } }).document?.date).toBe('2024-02-29');
  });

  it('checkPlan options: garbage never turns a check off, misspelt keys are errors', () => {
    const p = api.parsePlan({ province: 'X', year: 2025, communes: 10, target: { buckets: { '10-14': 3 } } });
    expect(api.checkPlan(p).map((f) => f.code)).toContain('below-floor-target');
    for (const floorTarget of ['off', 0, null, {}, { criteria: 15, byYear: 2025, fromYear: 2021, extra: 1 }]) {
      expect(paths(() => api.checkPlan(p, { floorTarget } as never))).toEqual([[['options', 'floorTarget'], 'invalid-option']]);
    }
    expect(api.checkPlan(p, { floorTarget: false }).map((f) => f.code)).not.toContain('below-floor-target');
    expect(paths(() => api.checkPlan(p, { fundingTolerence: '1' } as never))).toEqual([[['options', 'fundingTolerence'], 'unknown-key']]);
  });
});
