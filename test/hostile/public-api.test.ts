// Hostile input against every public function: thousands of generated malformed inputs.
// Every rejection must be an NtmError whose issues carry paths; nothing else may be thrown;
// no prototype may be polluted. No call is timed here (a timing assertion fails on a loaded
// machine): work on inputs at the documented limits is measured by `npm run bench`, and the
// inputs that used to run for seconds are bounded by tests that count what is read.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { NtmError } from '../../src/index.js';
import { fictitiousOverlayDefinition, generateCommune, rng } from '../_support/generate.js';
import { hostileValue, mutate, mutation, plantTrap, thaw, trap } from './inputs.js';

// Functions outside the engine, whose inputs are read once into plain copies: a getter or a Proxy
// that throws anywhere in their arguments must become an NtmError with a path.
const READ_ONCE = new Set([
  'parsePlan', 'checkPlan', 'renderPlanReport', 'renderPlanReportHtml', 'aggregateFunding', 'reconcileFunding', 'formatAmount',
  'summarizeCommunes', 'compareSummaries', 'progressTowardTarget', 'analyzeGap', 'classifyCriteriaCount', 'defineBucketScheme',
  'roundHalfUp', 'checkRecognition',
]);

const stats = { calls: 0, rejections: 0, byFunction: new Map<string, number>() };

function snapshotPrototypes(): string {
  const protos = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype };
  return JSON.stringify(Object.entries(protos).map(([name, p]) => [name, Object.getOwnPropertyNames(p).sort(), Object.getOwnPropertyNames(p).map((k) => typeof Object.getOwnPropertyDescriptor(p, k)?.value)]));
}

/** What async functions (the spreadsheet readers) settled with, checked once they all have. */
const settled: Promise<{ name: string; error?: unknown }>[] = [];

/** Asserts an error is an NtmError with located issues. */
function checkRejection(name: string, error: unknown): void {
  stats.rejections++;
  if (!(error instanceof NtmError)) throw new Error(`${name} threw ${String((error as Error)?.name)}: ${String((error as Error)?.message).slice(0, 300)}`);
  expect(error.issues.length, `${name}: ${error.message.slice(0, 200)}`).toBeGreaterThan(0);
  const located = error.issues.every((i) => Array.isArray(i.path) && typeof i.message === 'string');
  expect(located, `${name}: an issue without a path`).toBe(true);
}

/** Calls `fn` with `args`; asserts it returns or throws an NtmError with located issues (a returned promise is checked when it settles). */
function probe(name: string, fn: (...a: unknown[]) => unknown, args: readonly unknown[]): void {
  stats.calls++;
  stats.byFunction.set(name, (stats.byFunction.get(name) ?? 0) + 1);
  let error: unknown;
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    error = e;
  }
  if (out instanceof Promise) settled.push(out.then(() => ({ name }), (e: unknown) => ({ name, error: e ?? new Error('rejected without a reason') })));
  if (error === undefined) return;
  checkRejection(name, error);
}

const FUNCTIONS = Object.entries(api).filter(([name, v]) => typeof v === 'function' && name !== 'NtmError') as [string, (...a: unknown[]) => unknown][];

// Valid arguments per function, to mutate: malformed inputs close to real ones reach deep validation.
const COMMUNE_SET = api.getCriteriaSet('commune', { asOf: '2024-06-30' });
const OVERLAY_DEF = fictitiousOverlayDefinition(COMMUNE_SET);
const OVERLAY = api.defineThresholdOverlay(OVERLAY_DEF);
const commune = (seed: number) => generateCommune(rng(seed), COMMUNE_SET);
const evaluation = api.evaluateCommune(commune(1), { overlays: [OVERLAY] });
const summary = api.summarizeCommunes([{ name: 'A', criteriaMet: 19 }, { name: 'B', criteriaMet: 12, criteria: { '2': true, '10': false } }]);

const PLAN: unknown = JSON.parse(readFileSync(new URL('../../examples/lai-chau-2024/plan.json', import.meta.url), 'utf8'));

// A short plan text (the whole Lai Châu text is read in the plan-text tests), and its extraction.
const PLAN_TEXT = [
  'KẾ HOẠCH', 'Xây dựng nông thôn mới tỉnh Lai Châu năm 2024', 'I. MỤC TIÊU',
  '- Công nhận mới 2 xã nông thôn mới (Sơn Bình huyện Tam Đường; Pha Mu huyện Than Uyên), nâng tổng số xã đạt chuẩn 44 xã;',
  '- Có 77/94 xã đạt tiêu chí số 2 về Giao thông, trong đó có 4 xã đạt tiêu chí nông thôn mới nâng cao (năm 2023 có 73/94 xã).',
  '- Số xã đạt từ 15-18 tiêu chí: 10 xã (năm 2023 có 2 xã đạt); bình quân đạt 15,5 tiêu chí/xã.',
  'III. NGUỒN VỐN', 'Tổng nguồn vốn: 300 triệu đồng, trong đó:', '- Vốn tín dụng: 100 triệu đồng (tín dụng chính sách)', '- Vốn lồng ghép: 1.100 triệu đồng',
].join('\n');
const EXTRACTION = api.extractPlan(PLAN_TEXT);
const TEXT_FINDING = api.checkPlan(EXTRACTION.plan)[0]!;

const VALID: Record<string, () => unknown[]> = {
  parsePlan: () => [thaw(PLAN)],
  checkPlan: () => [thaw(PLAN), {}],
  renderPlanReport: () => [thaw(PLAN), { lang: 'vi' }],
  renderPlanReportHtml: () => [thaw(PLAN), { lang: 'en' }],
  evaluateCommune: () => [commune(2), { overlays: [OVERLAY_DEF], asOf: '2024-12-31' }],
  evaluate: () => [thaw(COMMUNE_SET), commune(3), { asOf: '2024-12-31' }],
  defineThresholdOverlay: () => [OVERLAY_DEF],
  defineCriteriaSet: () => [thaw(api.EXAMPLE_VILLAGE_SET ?? COMMUNE_SET)],
  getCriteriaSet: () => ['village', { province: 'Lai Châu', asOf: '2024-06-30' }],
  evaluateDistrict: () => [{ region: 'TDMNPB', year: 2024, communes: [{ recognition: 'ntm' }, { recognition: 'advanced' }], towns: [{ civilised: true }], satisfaction: { district: 92, lowestCommuneContent: 85 }, indicators: { '1.1': true } }],
  checkRecognition: () => [thaw(evaluation), { outstandingConstructionDebt: false }],
  analyzeGap: () => [thaw(evaluation)],
  classifyCriteriaCount: () => [14, thaw(api.NATIONAL_COMMUNE_SCHEME)],
  defineBucketScheme: () => [thaw(api.NATIONAL_COMMUNE_SCHEME)],
  summarizeCommunes: () => [[{ name: 'A', criteriaMet: 19 }, { name: 'B', criteriaMet: 12, criteria: { '2': true, '10': false } }], {}],
  compareSummaries: () => [thaw(summary), thaw(summary)],
  progressTowardTarget: () => [thaw(summary), { meetingStandard: 2, average: '17.0', criteria: { '2': 1 } }],
  roundHalfUp: () => [{ numerator: 1278, denominator: 94 }, 1],
  aggregateFunding: () => [[{ source: 'central.investment.domestic', amount: '67950' }, { source: 'community.labour', amount: '118430', unit: 'million-vnd' }], { shareDecimals: 4 }],
  reconcileFunding: () => [{ lines: [{ source: 'central', amount: '114765' }, { source: 'central.investment', amount: '92423' }], declared: { total: '114765' } }],
  convertAmount: () => ['4916475', 'million-vnd', 'billion-vnd'],
  formatAmount: () => ['24473.5', { lang: 'vi', unit: 'million-vnd' }],
  defaultRegionOfProvince: () => ['Lai Châu'],
  effectiveRegion: () => [{ region: 'DBSCL', especiallyDifficult: true }],
  extractPlan: () => [PLAN_TEXT, { province: 'Lai Châu', year: 2024 }],
  findingEvidence: () => [thaw(TEXT_FINDING), thaw(EXTRACTION)],
  overlayTemplate: () => ['commune', { asOf: '2024-06-30', lang: 'en' }],
  readOverlayTable: () => ['Số hiệu văn bản,QĐ 1/QĐ-UBND\nNguồn gốc,văn bản gốc\nMã,Chung,TDMNPB\n2.1,,≥ 90%\n10,≥ 45 triệu đồng/người/năm,\n', { setKind: 'commune', asOf: '2024-06-30', title: 'T' }],
};

let before = '';
beforeAll(() => {
  before = snapshotPrototypes();
});
afterAll(() => {
  const per = [...stats.byFunction].map(([n, c]) => `${n} ${c}`).join(', ');
  console.log(`hostile suite: ${stats.calls} calls (${stats.rejections} rejections); ${per}`);
});

describe('hostile input: every public function', () => {
  it('lists the functions it covers', () => {
    expect(FUNCTIONS.length).toBeGreaterThanOrEqual(20);
    for (const name of Object.keys(VALID)) if (!(name in api)) console.warn(`hostile suite: ${name} is not exported (yet)`);
  });

  for (const [name, fn] of FUNCTIONS) {
    it(`${name}: arbitrary hostile arguments`, () => {
      fc.assert(
        fc.property(fc.array(hostileValue, { minLength: 0, maxLength: Math.max(3, fn.length + 1) }), (args) => probe(name, fn, args)),
        { numRuns: 100 },
      );
    });
    const valid = VALID[name];
    if (valid) {
      it(`${name}: valid arguments mutated at any depth`, () => {
        fc.assert(fc.property(mutation, (m) => probe(name, fn, mutate(valid(), m) as unknown[])), { numRuns: 150 });
      });
    }
    if (valid && READ_ONCE.has(name)) {
      it(`${name}: valid arguments with a throwing getter, a throwing Proxy, a hole or a lying length at any depth`, () => {
        fc.assert(fc.property(trap, (t) => probe(name, fn, plantTrap(valid(), t) as unknown[])), { numRuns: 100 });
      });
    }
  }

  it('async functions settle with a result or a located NtmError', async () => {
    for (const { name, error } of await Promise.all(settled.splice(0))) if (error !== undefined) checkRejection(name, error);
  });

  it('the whole run is at least 5,000 calls, and no prototype was polluted', () => {
    expect(stats.calls).toBeGreaterThanOrEqual(5_000);
    expect(snapshotPrototypes()).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('hostile input: targeted', () => {
  it('evaluateCommune: a valid commune with one indicator or compound field made hostile', () => {
    const codes = Object.keys(commune(1).indicators);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.nat(), hostileValue, fc.boolean(), (seed, k, v, field) => {
        const c = thaw(commune(seed)) as { indicators: Record<string, unknown> };
        const code = codes[k % codes.length]!;
        const current = c.indicators[code];
        if (field && typeof current === 'object' && current !== null) {
          const keys = Object.keys(current);
          Object.defineProperty(current, keys[k % keys.length]!, { value: v, enumerable: true, writable: true, configurable: true });
        } else {
          Object.defineProperty(c.indicators, code, { value: v, enumerable: true, writable: true, configurable: true });
        }
        probe('evaluateCommune', api.evaluateCommune as never, [c, { overlays: [OVERLAY] }]);
      }),
      { numRuns: 500 },
    );
  });

  it('NFD Vietnamese names match: provinces and village sets are found, names come back in NFC', () => {
    const nfd = 'Lai Châu'.normalize('NFD');
    expect(nfd).not.toBe('Lai Châu');
    expect(api.defaultRegionOfProvince(nfd)?.region).toBe('TDMNPB');
    const r = api.evaluateCommune({ name: 'Sơn Bình'.normalize('NFD'), region: 'TDMNPB', year: 2024, indicators: {} });
    expect(r.name).toBe('Sơn Bình'.normalize('NFC'));
    const overlay = api.defineThresholdOverlay({ ...OVERLAY_DEF, title: 'Bảng ngưỡng'.normalize('NFD'), province: nfd });
    expect(overlay.province).toBe('Lai Châu');
    expect(overlay.title).toBe('Bảng ngưỡng');
  });
});
