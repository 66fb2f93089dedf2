import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan, extractPlan, getCriteriaSet, parsePlan, type CriteriaSet, type Plan, type PlanCriterionCount, type PlanExtraction } from '../../../src/index.js';
import { thrown } from '../../_support/thrown.js';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
const SEED = read('../../../examples/lai-chau-2024/plan.txt');
const HAND = parsePlan(read('../../../examples/lai-chau-2024/plan.json'));
const YEN_BAI = read('./fixtures/yen-bai-2023.txt');

/** The plan's figures: everything but the words (labels, title, notes, the note on the source copy). */
function figures(plan: Plan): unknown {
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).filter(([k]) => !['label', 'title', 'notes', 'source', 'unitLabel'].includes(k)).map(([k, w]) => [k, strip(w)]))
        : v;
  return strip(plan);
}

const pinned = (x: { code: string; severity: string; path: readonly (string | number)[]; expected?: unknown; actual?: unknown; difference?: unknown }[]) =>
  x.map(({ code, severity, path, expected, actual, difference }) => ({ code, severity, path: path.join('.'), expected, actual, difference }));

/** Every quote is the text at its offsets, and the line number is the line the quote starts on. */
function expectQuotesExact(x: PlanExtraction, text: string): void {
  const quoted = [...x.evidence, ...x.unread.filter((u) => u.quote !== undefined), ...x.findings.flatMap((f) => f.quotes)];
  expect(quoted.length).toBeGreaterThan(0);
  for (const q of quoted) {
    expect(text.slice(q.start!, q.end!), JSON.stringify(q)).toBe(q.quote);
    expect(text.slice(0, q.start!).split('\n').length, q.quote).toBe(q.line);
  }
}

const evidenceAt = (x: PlanExtraction, path: string) => x.evidence.find((e) => e.path.join('.') === path);

describe('extractPlan on the Lai Châu 2024 plan (examples/lai-chau-2024/plan.txt)', () => {
  const x = extractPlan(SEED);

  it('equals the hand transcription figure for figure', () => {
    expect(figures(x.plan)).toEqual(figures(HAND));
    // The figures only differ in words: the document block keeps its status and issuer.
    expect(x.plan.document).toEqual({ status: 'draft', issuer: 'UBND tỉnh Lai Châu' });
    expect(x.plan.title).toBe('Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Lai Châu năm 2024');
  });

  it('makes checkPlan find what it finds on the hand transcription', () => {
    const onText = pinned(checkPlan(x.plan));
    expect(onText).toEqual(pinned(checkPlan(HAND)));
    expect(onText).toHaveLength(12);
  });

  it('quotes the document exactly for every figure, and takes every label from it', () => {
    expectQuotesExact(x, SEED);
    const source = SEED.normalize('NFC').replace(/\s+/g, ' ');
    const labels = JSON.stringify(x.plan).match(/"label":"[^"]+"/g) ?? [];
    expect(labels.length).toBeGreaterThan(50);
    for (const l of labels) expect(source).toContain(l.slice(9, -1));
    expect(evidenceAt(x, 'target.criteria.5.communes')).toMatchObject({ value: 92, line: 54, quote: 'Tiếp tục duy trì 92/94 xã đạt tiêu chí số 7 về cơ sở hạ tầng thương mại nông thôn' });
    expect(evidenceAt(x, 'baseline.criteria.16.communes')).toMatchObject({ value: 82, quote: 'năm 2023 có 82/94 xã đạt tiêu chí tiêu chí hệ thống chính trị và tiếp cận pháp luật' });
    expect(evidenceAt(x, 'funding.lines.1.parts.0.amount')).toMatchObject({ value: '21000', quote: '21.000 triệu đồng (NS tỉnh)' });
    expect(evidenceAt(x, 'target.buckets.5-9')).toMatchObject({ value: 0, quote: 'Số xã đạt từ 5-9 tiêu chí: 0 xã' });
    expect(evidenceAt(x, 'baseline.buckets.5-9')).toMatchObject({ value: 26, quote: 'năm 2023 có 26 xã' });
  });

  it('has one evidence entry per figure of the plan', () => {
    const paths = x.evidence.map((e) => e.path.join('.'));
    expect(new Set(paths).size).toBe(paths.length);
    // Every number and every list of the plan (but the block years, which the format defaults) has its entry.
    const leaves: string[] = [];
    const walk = (v: unknown, path: string[]) => {
      if (Array.isArray(v) && v.every((e) => typeof e === 'string')) leaves.push(path.join('.'));
      else if (Array.isArray(v) && path.at(-1) === 'communes') leaves.push(path.join('.'));
      else if (Array.isArray(v) && path.at(-1) === 'byDistrict') leaves.push(path.join('.'));
      else if (v !== null && typeof v === 'object') for (const [k, w] of Object.entries(v)) walk(w, [...path, k]);
      else if (typeof v === 'number' || typeof v === 'boolean' || (path.at(-1) === 'amount' || path.at(-1) === 'averageCriteria')) leaves.push(path.join('.'));
    };
    walk({ ...x.plan, baseline: { ...x.plan.baseline, year: undefined }, target: { ...x.plan.target, year: undefined } }, []);
    const missing = leaves.filter((l) => !paths.includes(l) && !l.endsWith('.criterion') && l !== 'funding.unit');
    expect(missing).toEqual([]);
  });

  it('lists what the plan does not state and the figures it could not place', () => {
    expect(x.unread.filter((u) => u.code === 'not-stated').map((u) => [u.path?.join('.'), u.params])).toEqual([
      ['baseline.buckets.0-4', { bucket: '0-4' }],
      ['baseline.criteria', { criterion: '1' }],
      ['target.buckets.0-4', { bucket: '0-4' }],
      ['target.criteria', { criterion: '1' }],
    ]);
    // "4 xã xây dựng nông thôn mới nâng cao" (quy hoạch), "1 xã", "1 bản" (giải pháp): figures of no part of the format.
    expect(x.unread.filter((u) => u.code !== 'not-stated').map((u) => u.line)).toEqual([45, 139, 145]);
    expect(x.findings).toEqual([]);
  });
});

describe('extractPlan on another plan of the genre (fixtures/yen-bai-2023.txt)', () => {
  const x = extractPlan(YEN_BAI);
  const t = x.plan.target!;
  const b = x.plan.baseline!;
  const counts = (criteria: readonly PlanCriterionCount[] | undefined) =>
    Object.fromEntries((criteria ?? []).map((c) => [c.criterion, c.outOf !== undefined ? `${c.communes}/${c.outOf}` : c.communes]));

  it('reads the header: province from the issuer block, number, date, year from the title', () => {
    expect(x.plan).toMatchObject({ province: 'Yên Bái', year: 2023, communes: 120, document: { number: '45/KH-UBND', date: '2023-03-10', issuer: 'Ủy ban nhân dân tỉnh Yên Bái' } });
    expect(x.plan.document?.status).toBeUndefined();
  });

  it('puts results under the baseline by the heading "KẾT QUẢ THỰC HIỆN NĂM 2022" and by "(năm 2022: …)"', () => {
    expect(b).toMatchObject({ year: 2022, meetingStandard: { total: 55 }, averageCriteria: '15.1', buckets: { '15-18': 20 } });
    expect(counts(b.criteria)).toEqual({ 1: '118/120', 2: '75/120', 3: '98/120' });
  });

  it('reads criteria by number, by name, without diacritics, by a lead-in, several in a sentence', () => {
    expect(counts(t.criteria)).toEqual({ 1: '120/120', 2: '80/120', 3: '100/120', 10: '70/120', 11: '60/121', 12: '100/120', 13: '65/120' });
    expect(t.criteria?.find((c) => c.criterion === '2')?.label).toBe('Giao thông');
    expect(t.criteria?.find((c) => c.criterion === '3')?.label).toBe('tieu chi thuy loi va phong, chong thien tai');
    expect(t.criteria?.find((c) => c.criterion === '10')?.advanced).toEqual([{ communes: 5, label: 'tiêu chí thu nhập nông thôn mới nâng cao' }]);
  });

  it('reads names with their districts, buckets written either way, villages, districts, the average', () => {
    expect(t.meetingStandard?.newlyRecognised?.communes).toEqual([
      { name: 'Minh Quán', district: 'Trấn Yên' },
      { name: 'Bảo Hưng', district: 'Trấn Yên' },
      { name: 'Đại Phác', district: 'Văn Yên' },
      { name: 'An Thịnh', district: 'Văn Yên' },
      { name: 'Yên Hợp', district: 'Văn Yên' },
      { name: 'Minh Xuân', district: 'Lục Yên' },
    ]);
    expect(t.advanced?.count).toBe(10);
    expect(t.advanced?.communes?.map((c) => c.name)).toHaveLength(10);
    expect(t).toMatchObject({ averageCriteria: '16.2', buckets: { '15-18': 12, '10-14': 40, '0-4': 0 }, villages: { total: 30 }, districtsCompleting: { count: 2, names: ['Trấn Yên', 'Văn Chấn'] } });
    expect(x.plan.projects).toEqual({ count: 35 });
  });

  it('reads funding under a declared unit, converts "0,6 tỷ đồng" exactly and says so', () => {
    expect(x.plan.funding?.unit).toBe('million-vnd');
    expect(x.plan.funding?.total?.amount).toBe('1250500');
    expect(x.plan.funding?.lines.map((l) => [l.source, l.amount, l.parts?.map((p) => [p.source, p.amount])])).toEqual([
      ['central', '300000', [['central.investment', '250000'], ['central.recurrent', '50000']]],
      ['local', '150500', [['local.province', '100000'], ['local.district', '50500']]],
      ['credit', '600', undefined],
      ['enterprise', '199400', undefined],
      ['community', '200000', undefined],
      ['integrated', '400000', undefined],
    ]);
    expect(evidenceAt(x, 'funding.lines.2.amount')?.note?.en).toBe('written as 0.6 tỷ đồng, converted exactly to triệu đồng');
  });

  it('leaves out what it cannot be sure of, with the reason and the words', () => {
    const other = x.unread.filter((u) => u.code !== 'not-stated').map((u) => [u.code, u.quote]);
    expect(other).toEqual([
      ['funding-source-unknown', 'Vốn xã hội hóa khác: 5.000'],
      ['criterion-number-name-differ', 'Có 50/120 xã đạt tiêu chí số 3 về Giao thông'],
      ['figure-conflict', 'Nâng tổng số xã đạt chuẩn nông thôn mới lên 61 xã'],
      ['figure-conflict', 'đến cuối năm 2023 có 62/120 xã đạt chuẩn nông thôn mới'],
      ['year-not-held', 'Phấn đấu đến năm 2025 có 120/120 xã đạt chuẩn nông thôn mới'],
    ]);
    expect(t.meetingStandard?.total).toBeUndefined();
    expect(x.unread.some((u) => u.code === 'not-stated' && u.path?.join('.') === 'target.meetingStandard.maintained')).toBe(true);
  });

  it('reports the contradictions inside the text, quoting each statement', () => {
    expect(x.findings.map((f) => [f.code, f.severity, f.path.join('.'), f.quotes.map((q) => q.quote)])).toEqual([
      ['figure-conflict', 'error', 'target.meetingStandard.total', ['Nâng tổng số xã đạt chuẩn nông thôn mới lên 61 xã', 'đến cuối năm 2023 có 62/120 xã đạt chuẩn nông thôn mới']],
      ['denominator-differs', 'warning', 'communes', ['60/121 xã']],
    ]);
    expect(x.findings[1]?.message.vi).toBe('1 số liệu ghi trên 121 xã, các số liệu khác ghi trên 120 xã');
  });

  it('quotes exactly, and reads NFD text (as some editors save it) the same way', () => {
    expectQuotesExact(x, YEN_BAI);
    const nfd = YEN_BAI.normalize('NFD');
    expect(nfd).not.toBe(YEN_BAI);
    const y = extractPlan(nfd);
    expect(y.plan).toEqual(x.plan);
    expectQuotesExact(y, nfd);
    expect(y.evidence.map((e) => e.quote.normalize('NFC'))).toEqual(x.evidence.map((e) => e.quote));
  });

  it('gives a plan checkPlan takes as it takes a typed one', () => {
    const codes = checkPlan(x.plan).map((f) => f.code);
    expect(codes).toContain('criterion-denominator'); // 60/121
    expect(codes).not.toContain('funding-total-mismatch'); // the sources add up to 1,250,500 without the unknown one
  });
});

describe('extractPlan: phrasings of the genre', () => {
  const head = 'KẾ HOẠCH\nXây dựng nông thôn mới tỉnh Lai Châu năm 2024\n';
  const plan = (body: string) => extractPlan(`${head}${body}`);

  it('reads a count before its bucket, and "dưới 5 tiêu chí"', () => {
    const x = plan('I. MỤC TIÊU\n- Có 12 xã đạt từ 15-18 tiêu chí, 3 xã đạt dưới 5 tiêu chí (năm 2023 có 9 xã).');
    expect(x.plan.target?.buckets).toEqual({ '15-18': 12, '0-4': 3 });
    expect(x.plan.baseline?.buckets).toEqual({ '0-4': 9 });
  });

  it('reads the year a sentence names before its figure ("Năm 2023 …; năm 2024 …")', () => {
    const x = plan('I. MỤC TIÊU\nNăm 2023 có 73/94 xã đạt tiêu chí số 2; năm 2024 phấn đấu 77/94 xã đạt tiêu chí số 2.');
    expect(x.plan.baseline?.criteria?.[0]).toMatchObject({ criterion: '2', communes: 73 });
    expect(x.plan.target?.criteria?.[0]).toMatchObject({ criterion: '2', communes: 77 });
  });

  it('reads "đã" as the baseline: "Đến nay đã có 39 xã đạt chuẩn"', () => {
    const x = plan('I. MỤC TIÊU\nĐến nay toàn tỉnh đã có 39 xã đạt chuẩn nông thôn mới; phấn đấu có thêm 5 xã đạt chuẩn.');
    expect(x.plan.baseline?.meetingStandard?.total).toBe(39);
    expect(x.plan.target?.meetingStandard?.newlyRecognised?.count).toBe(5);
  });

  it('never takes a percentage, a figure of another kind or a word number as a count', () => {
    const x = plan('I. MỤC TIÊU\n- 100% số xã đạt tiêu chí quy hoạch.\n- Có 82% hộ dân dùng nước sạch.\n- Phấn đấu năm xã đạt chuẩn.');
    expect(x.plan.target).toBeUndefined();
    expect(x.unread.filter((u) => u.code === 'not-placed').map((u) => u.quote)).toEqual(['- 100% số xã đạt tiêu chí quy hoạch', '- Có 82% hộ dân dùng nước sạch']);
  });

  it('does not guess an amount that reads two ways in a document mixing conventions', () => {
    const x = plan('III. NGUỒN VỐN\n- Vốn tín dụng: 2.000.000 triệu đồng\n- Vốn huy động cộng đồng dân cư: 1,250,000 triệu đồng\n- Vốn lồng ghép: 21.000 triệu đồng');
    expect(x.plan.funding?.lines.map((l) => [l.source, l.amount])).toEqual([['credit', '2000000'], ['community', '1250000']]);
    expect(x.unread.find((u) => u.code === 'ambiguous-number')?.quote).toBe('Vốn lồng ghép: 21.000 triệu đồng');
  });

  it('reads a figure in English grouping when the whole document writes them so', () => {
    const x = plan('III. NGUỒN VỐN\n- Vốn tín dụng: 2,000,000 triệu đồng\n- Vốn lồng ghép: 21,000 triệu đồng');
    expect(x.plan.funding?.lines.map((l) => l.amount)).toEqual(['2000000', '21000']);
  });

  it('keeps an amount whose line it cannot tell out of the tree', () => {
    const x = plan('III. NGUỒN VỐN\n- Vốn ngân sách địa phương: 100 triệu đồng, trong đó:\n+ Vốn đầu tư: 60 triệu đồng');
    expect(x.plan.funding?.lines).toEqual([{ source: 'local', amount: '100', label: 'Vốn ngân sách địa phương' }]);
    expect(x.unread.find((u) => u.code === 'funding-source-ambiguous')?.quote).toBe('Vốn đầu tư: 60 triệu đồng');
  });

  it('does not place a part with no line above it unless its label names the source', () => {
    const x = plan('III. NGUỒN VỐN\n- Vốn đầu tư: 60 triệu đồng\n');
    expect(x.plan.funding).toBeUndefined();
    expect(x.unread.find((u) => u.code === 'funding-source-ambiguous')?.quote).toBe('Vốn đầu tư: 60 triệu đồng');
    const y = plan('III. NGUỒN VỐN\n- Vốn sự nghiệp ngân sách Trung ương: 40 triệu đồng\n');
    expect(y.plan.funding?.lines).toEqual([{ source: 'central.recurrent', amount: '40', label: 'Vốn sự nghiệp ngân sách Trung ương' }]);
  });

  it('does not read amounts outside the funding section, nor amounts without a unit', () => {
    const x = plan('I. MỤC TIÊU\nBố trí 5.000 triệu đồng cho giao thông.\nIII. NGUỒN VỐN\n- Vốn tín dụng: 2.000\n');
    expect(x.plan.funding).toBeUndefined();
    expect(x.unread.filter((u) => u.code !== 'not-stated').map((u) => u.code)).toEqual(['amount-outside-funding', 'not-placed']);
  });

  it('reads criteria by a 10-criterion set given as an option (data-driven names)', () => {
    const base = getCriteriaSet('commune');
    const names = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Kinh tế', 'Giảm nghèo', 'Giáo dục', 'Y tế', 'Văn hóa', 'Môi trường', 'An ninh trật tự', 'Chuyển đổi số'];
    const set = { ...base, criteria: names.map((vi, i) => ({ ...base.criteria[i]!, code: String(i + 1), name: { vi, en: vi } })) } as CriteriaSet;
    const x = extractPlan(`${head}I. MỤC TIÊU\nCó 80/94 xã đạt tiêu chí chuyển đổi số, 60/94 xã đạt tiêu chí hạ tầng kinh tế - xã hội; 20/94 xã đạt tiêu chí số 15.`, { criteriaSet: set });
    expect(x.plan.target?.criteria?.map((c) => [c.criterion, c.communes])).toEqual([['2', 60], ['10', 80]]);
    expect(x.unread.find((u) => u.code === 'criterion-unknown')?.quote).toBe('20/94 xã đạt tiêu chí số 15');
    const notStated = x.unread.filter((u) => u.code === 'not-stated' && u.path?.[0] === 'target' && u.params?.criterion !== undefined);
    expect(notStated.map((u) => u.params?.criterion)).toEqual(['1', '3', '4', '5', '6', '7', '8', '9']);
    // The bucket scheme is the 19-criterion one: with 10 criteria, no bucket is listed as missing.
    expect(x.unread.some((u) => u.params?.bucket !== undefined)).toBe(false);
  });
});

describe('extractPlan: more of the genre, and what it refuses', () => {
  const head = 'KẾ HOẠCH\nXây dựng nông thôn mới tỉnh Lai Châu năm 2024\n';
  const plan = (body: string) => extractPlan(`${head}${body}`);
  const other = (x: PlanExtraction) => x.unread.filter((u) => u.code !== 'not-stated').map((u) => [u.code, u.quote]);

  it('reads a lead-in that names the criterion by number, and a slash count with no criterion under none', () => {
    const x = plan('I. MỤC TIÊU\n- Tiêu chí số 5: có 67/94 xã đạt chuẩn tiêu chí.\n- Có 60/94 xã đạt.');
    expect(x.plan.target?.criteria).toEqual([{ criterion: '5', communes: 67, outOf: 94, label: 'Tiêu chí số 5' }]);
    expect(other(x)).toEqual([['not-placed', 'Có 60/94 xã đạt']]);
  });

  it('reads model and advanced communes, and the total as "x/y xã đạt chuẩn nông thôn mới"', () => {
    const x = plan('I. MỤC TIÊU\n- Có 2 xã đạt chuẩn nông thôn mới kiểu mẫu (Sơn Bình, Bản Bo).\n- Có 3/94 xã đạt chuẩn nông thôn mới nâng cao.\n- Có 44/94 xã đạt chuẩn nông thôn mới.');
    expect(x.plan.target).toMatchObject({ model: { count: 2, communes: [{ name: 'Sơn Bình' }, { name: 'Bản Bo' }] }, advanced: { count: 3 }, meetingStandard: { total: 44 } });
  });

  it('lists what the format cannot hold or the words do not settle', () => {
    const x = plan([
      'I. MỤC TIÊU',
      '- Có 2 huyện đạt chuẩn nông thôn mới.', // districts recognised: no field in the format
      '- Có 5 huyện tham gia.',
      '- Hỗ trợ 20 thôn làm đường.',
      '- Công nhận mới 2 xã (xã thứ nhất, xã thứ hai).', // names that are no names
      '- Có 3/8 huyện đạt tiêu chí số 3.', // a district count with no commune criterion before it
      '- Có 4 xã đạt tiêu chí nông thôn mới nâng cao.', // an advanced count of no criterion
      'IV. DANH MỤC DỰ ÁN',
      'Thực hiện 12 dự án.',
      'V. GIẢI PHÁP',
      'Hoàn thành 5 dự án cũ.',
    ].join('\n'));
    expect(other(x)).toEqual([
      ['not-in-format', 'Có 2 huyện đạt chuẩn nông thôn mới'],
      ['not-placed', 'Có 5 huyện tham gia'],
      ['not-placed', 'Hỗ trợ 20 thôn làm đường'],
      ['names-not-read', '(xã thứ nhất, xã thứ hai)'],
      ['not-placed', 'Có 3/8 huyện đạt tiêu chí số 3'],
      ['advanced-criterion-unknown', 'Có 4 xã đạt tiêu chí nông thôn mới nâng cao'],
      ['not-placed', 'Hoàn thành 5 dự án cũ'],
    ]);
    expect(x.plan.target?.meetingStandard?.newlyRecognised).toEqual({ count: 2, label: 'Công nhận mới 2 xã' });
    expect(x.plan.projects).toEqual({ count: 12 });
  });

  it('takes the title from "ban hành Kế hoạch … năm …" when there is no "KẾ HOẠCH" heading, and a city as province', () => {
    const x = extractPlan('UBND thành phố Cần Thơ ban hành Kế hoạch xây dựng nông thôn mới năm 2025 như sau:\nI. MỤC TIÊU\n- Có 36/36 xã đạt tiêu chí số 1.');
    expect(x.plan).toMatchObject({ province: 'Cần Thơ', year: 2025, title: 'Kế hoạch xây dựng nông thôn mới năm 2025', document: { issuer: 'UBND thành phố Cần Thơ' } });
    expect(x.plan.target?.criteria?.[0]).toMatchObject({ criterion: '1', communes: 36 });
  });

  it('reports the title and the "ban hành" sentence stating different years, and an option naming another province', () => {
    const x = extractPlan('KẾ HOẠCH\nXây dựng nông thôn mới tỉnh Lai Châu năm 2024\nUBND tỉnh Lai Châu ban hành Kế hoạch thực hiện năm 2023.', { province: 'Sơn La' });
    expect(x.plan).toMatchObject({ province: 'Lai Châu', year: 2024 });
    expect(x.findings.map((f) => [f.code, f.quotes.map((q) => q.line)])).toEqual([
      ['year-conflict', [1, 3]],
      ['province-conflict', [2]],
    ]);
  });

  it('says so when no commune set governs the plan year, and reads no criterion', () => {
    const x = extractPlan('KẾ HOẠCH\nXây dựng nông thôn mới tỉnh Lai Châu năm 2015\nI. MỤC TIÊU\n- Có 50/94 xã đạt tiêu chí số 2.');
    expect(x.unread[0]?.code).toBe('no-criteria-set');
    expect(x.plan.target?.criteria).toBeUndefined();
    expect(other(x)).toEqual([['no-criteria-set', undefined], ['criterion-unknown', 'Có 50/94 xã đạt tiêu chí số 2']]);
  });

  it('reports denominators with no majority and leaves the number of communes out', () => {
    const x = plan('I. MỤC TIÊU\n- Có 50/94 xã đạt tiêu chí số 2, 60/95 xã đạt tiêu chí số 3.');
    expect(x.plan.communes).toBeUndefined();
    expect(x.findings.map((f) => [f.code, f.severity])).toEqual([['denominator-differs', 'error']]);
    expect(x.unread.find((u) => u.path?.join('.') === 'communes')?.code).toBe('denominator-differs');
  });

  it('reads an average written in words ("bình quân … đạt 16,5 tiêu chí"), for each year it names', () => {
    const x = plan('I. MỤC TIÊU\n- Bình quân toàn tỉnh đạt 16,5 tiêu chí; năm 2023 bình quân đạt 15,8 tiêu chí.');
    expect(x.plan.target?.averageCriteria).toBe('16.5');
    expect(x.plan.baseline?.averageCriteria).toBe('15.8');
  });

  it('reads villages with their count by district, and reports a list by district that is not one', () => {
    const x = plan('I. MỤC TIÊU\n- Có 25 thôn, bản đạt chuẩn nông thôn mới (Tam Đường 10 bản, huyện Than Uyên: 15 bản).');
    expect(x.plan.target?.villages).toEqual({ total: 25, label: 'Có 25 thôn, bản đạt chuẩn nông thôn mới', byDistrict: [{ district: 'Tam Đường', count: 10 }, { district: 'Than Uyên', count: 15 }] });
    expect(evidenceAt(x, 'target.villages.byDistrict')).toMatchObject({ value: ['Tam Đường: 10', 'Than Uyên: 15'], quote: '(Tam Đường 10 bản, huyện Than Uyên: 15 bản)' });
    const y = plan('I. MỤC TIÊU\n- Có 5 bản đạt chuẩn (Tam Đường 5 bản, xã thứ hai).');
    expect(y.plan.target?.villages).toEqual({ total: 5, label: 'Có 5 bản đạt chuẩn' });
    expect(other(y)).toEqual([['not-placed', 'Tam Đường 5 bản, xã thứ hai']]);
  });

  it('places no count over the communes of an advanced criterion; reads x/y model communes, and "đã đạt" as the year before', () => {
    expect(other(plan('I. MỤC TIÊU\n- Có 3/94 xã đạt tiêu chí số 2 về Giao thông nâng cao.'))).toEqual([['not-placed', 'Có 3/94 xã đạt tiêu chí số 2 về Giao thông nâng cao']]);
    const x = plan('I. MỤC TIÊU\n- Có 2/94 xã đạt chuẩn nông thôn mới kiểu mẫu; 5/94 xã đã đạt chuẩn nông thôn mới.');
    expect(x.plan.target?.model).toEqual({ count: 2, label: 'Có 2/94 xã đạt chuẩn nông thôn mới kiểu mẫu' });
    expect(x.plan.baseline).toMatchObject({ year: 2023, meetingStandard: { total: 5 } });
  });

  it('reads dashes, quotes and the letter đ however they are typed', () => {
    const x = plan('I. MỤC TIÊU\n- Số xã đạt từ 10\u201314 tiêu chí: 40 xã\n- Có 20/94 xã \u0110ẠT tiêu chí \u201Cđiện\u201D');
    expect(x.plan.target?.buckets).toEqual({ '10-14': 40 });
    expect(x.plan.target?.criteria?.[0]).toMatchObject({ criterion: '4', communes: 20 });
  });
});

describe('extractPlan on text that is not a plan', () => {
  it('throws when nothing is recognised: no plan year, no province', () => {
    const e = thrown(() => extractPlan('Có 77/94 học sinh đạt giải. Giá 4.916.475 đồng. Năm 2024 trời mưa nhiều.'));
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['year', 'year-not-found'], ['province', 'province-not-found']]);
    expect(e.issues[0]?.text.vi).toContain('không tìm thấy năm của kế hoạch');
  });

  it('invents nothing when told the province and year of an unrelated text', () => {
    const text = 'Báo cáo tình hình thời tiết.\nTrong tuần có 3 ngày mưa, lượng mưa 45 mm.\nNhiệt độ trung bình 24 độ.';
    const x = extractPlan(text, { province: 'Lai Châu', year: 2024 });
    expect(x.plan).toEqual({ province: 'Lai Châu', year: 2024 });
    expect(x.evidence).toEqual([]);
    expect(x.findings).toEqual([]);
    expect(x.unread.every((u) => u.code === 'not-stated')).toBe(true);
    expect(x.unread.map((u) => u.path?.join('.'))).toContain('communes');
    expect(x.unread.map((u) => u.path?.join('.'))).toContain('funding');
  });

  it('invents nothing from an administrative text of another kind with figures', () => {
    const text = [
      'ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU', 'QUYẾT ĐỊNH', 'Về việc khen thưởng năm 2024',
      'I. KHEN THƯỞNG', 'Tặng bằng khen cho 12 tập thể và 30 cá nhân; mỗi tập thể 2.000.000 đồng.',
    ].join('\n');
    const x = extractPlan(text, { year: 2024 });
    expect(x.plan).toEqual({ province: 'Lai Châu', year: 2024, document: { issuer: 'Ủy ban nhân dân tỉnh Lai Châu' } });
    expect(x.unread.find((u) => u.code === 'amount-outside-funding')?.line).toBe(6);
  });

  it('rejects what is not text, a text too long, and bad options, naming the path', () => {
    expect(thrown(() => extractPlan(42 as never)).issues[0]).toMatchObject({ path: ['text'], code: 'expected-text' });
    expect(thrown(() => extractPlan('x'.repeat(2_000_001))).issues[0]).toMatchObject({ path: ['text'], code: 'too-long' });
    expect(thrown(() => extractPlan('x', { year: 24 })).issues[0]).toMatchObject({ path: ['options', 'year'], code: 'expected-year' });
    expect(thrown(() => extractPlan('x', { provnce: 'A' } as never)).issues[0]).toMatchObject({ path: ['options', 'provnce'], code: 'unknown-key' });
    expect(thrown(() => extractPlan('x', { criteriaSet: {} as never })).issues[0]).toMatchObject({ path: ['options', 'criteriaSet'] });
  });

  it('reports the document and the options disagreeing on the year, and keeps the document’s', () => {
    const x = extractPlan('KẾ HOẠCH\nXây dựng nông thôn mới tỉnh Lai Châu năm 2024', { year: 2025 });
    expect(x.plan.year).toBe(2024);
    expect(x.findings.map((f) => [f.code, f.quotes[0]?.line])).toEqual([['year-conflict', 1]]);
  });

  it('returns frozen results', () => {
    const x = extractPlan(SEED);
    expect(Object.isFrozen(x)).toBe(true);
    expect(Object.isFrozen(x.plan)).toBe(true);
    expect(Object.isFrozen(x.evidence[0])).toBe(true);
  });
});
