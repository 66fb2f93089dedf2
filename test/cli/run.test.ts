import { describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../src/index.js';
import { runCli } from '../../src/cli/run.js';
import { run } from './helpers.js';

/** A set id (`commune/qd318-qd211-2024`), which no human output shows; units such as `đồng/người` are not ids. */
const SET_ID = /(?<![\p{L}\p{N}])[a-z][a-z-]*\/[a-z0-9-]*\d[a-z0-9-]*/u;

const commune = { name: 'Sơn Bình', region: 'TDMNPB', year: 2024, indicators: { '1.1': true, '1.2': true, '9.1': 2 } };

describe('ntm: usage and exit codes', () => {
  it('--help lists every command with an example, in Vietnamese by default', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng: ntm <lệnh>');
    for (const cmd of ['evaluate', 'sets']) expect(r.stdout).toContain(`ntm ${cmd}`);
    expect(r.stdout.match(/Ví dụ: ntm /g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('--lang en switches the human output', async () => {
    const r = await run(['--help', '--lang', 'en']);
    expect(r.stdout).toContain('Usage: ntm <command>');
    expect(r.stdout.match(/Example: ntm /g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('no command prints help and exits 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('ntm evaluate');
  });

  it.each([
    [['bogus'], 'không có lệnh "bogus"; các lệnh: evaluate', 'unknown command "bogus"'],
    [['evaluate'], 'evaluate: thiếu tên tệp', 'missing <file>'],
    [['evaluate', 'a.json', '--frobnicate'], 'không có tùy chọn --frobnicate', 'unknown option --frobnicate'],
    [['evaluate', 'a.json', '--json=yes'], 'tùy chọn --json không nhận giá trị', 'option --json takes no value'],
    [['evaluate', 'a.json', '--as-of'], 'tùy chọn --as-of cần một giá trị', 'option --as-of needs a value'],
    [['evaluate', 'a.json', '--lang', 'fr'], '--lang: cần vi (tiếng Việt) hoặc en (tiếng Anh), đang ghi "fr"', '--lang: expected vi or en'],
    [['evaluate', 'a.json', '--as-of', '2024-02-30'], '--as-of: cần một ngày có thật, ghi dd/mm/yyyy (29/02/2024) hoặc yyyy-mm-dd (2024-02-29), đang ghi "2024-02-30"', '--as-of: expected a day that exists'],
    [['evaluate', 'a.json', '--as-of', '30/02/2024'], 'đang ghi "30/02/2024"', '--as-of: expected a day that exists'],
    [['evaluate', 'missing.json'], 'không đọc được tệp "missing.json": không tìm thấy tệp', 'cannot read "missing.json": file not found'],
    [['sets', 'nonsense'], 'sets: không có loại bộ tiêu chí này; các mã loại: commune', 'sets: unknown kind; expected one of commune'],
    [['help', 'nope'], 'help: không có lệnh "nope"', 'help: unknown command "nope"'],
    [['evaluate', 'a.json', '--kind', 'hamlet'], '--kind: không có loại bộ tiêu chí này', '--kind: unknown kind'],
    [['evaluate', 'a.json', '--kind', 'village'], '--kind: Bộ tiêu chí thôn, bản do từng tỉnh ban hành', '--kind: Village (thôn/bản) criteria are set by each province'],
  ])('bad usage %j exits 2 with a message on stderr, in Vietnamese and in English', async (argv, vi, en) => {
    const r = await run(argv, { 'a.json': JSON.stringify(commune) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(vi);
    expect(r.stderr).toContain('Xem hướng dẫn: ntm --help');
    expect(r.stdout).toBe('');
    // An error found before --lang is read is still said in the language asked for.
    const e = await run(argv.includes('--lang') ? argv : ['--lang', 'en', ...argv], { 'a.json': JSON.stringify(commune) });
    expect(e.code).toBe(2);
    expect(e.stderr).toContain(argv.includes('--lang') ? vi : en);
  });

  it('--as-of reads dd/mm/yyyy as documents write it, and ISO days', async () => {
    const vi = await run(['evaluate', 'a.json', '--json', '--as-of', '29/02/2024'], { 'a.json': JSON.stringify(commune) });
    const iso = await run(['evaluate', 'a.json', '--json', '--as-of', '2024-02-29'], { 'a.json': JSON.stringify(commune) });
    expect(vi.code).toBe(0);
    expect(JSON.parse(vi.stdout)).toEqual(JSON.parse(iso.stdout));
    expect((JSON.parse(vi.stdout) as { asOf: string; set: { id: string } }).set.id).toBe('commune/qd318-2022');
    const one = await run(['evaluate', 'a.json', '--json', '--as-of', '1/3/2024'], { 'a.json': JSON.stringify(commune) });
    expect((JSON.parse(one.stdout) as { asOf: string }).asOf).toBe('2024-03-01');
  });

  it('per-command help', async () => {
    const r = await run(['evaluate', '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"5.schools"');
    expect(r.stdout).toContain('Example: ntm evaluate');
  });
});

describe('ntm evaluate (JSON)', () => {
  it('evaluates one commune and prints why', async () => {
    const r = await run(['evaluate', 'c.json'], { 'c.json': JSON.stringify(commune) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sơn Bình');
    expect(r.stdout).toContain('Kết quả: CHƯA ĐẠT ĐỦ TIÊU CHÍ — đạt 1/19 tiêu chí; chưa đạt 1; chưa xác định 17');
    expect(r.stdout).toContain('- Chỉ tiêu 9.1 (Nhà tạm, dột nát): chưa đạt, còn 2 nhà tạm, dột nát (yêu cầu: không còn)');
    expect(r.stdout).toContain('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025; phiên bản áp dụng từ 01/03/2024 đến 31/12/2025');
    expect(r.stdout).not.toContain('commune/qd318-qd211-2024');
  });

  it('--json prints the library result; --as-of selects the version', async () => {
    const r = await run(['evaluate', 'c.json', '--json', '--as-of', '2024-02-29'], { 'c.json': JSON.stringify(commune) });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { set: { id: string }; status: string; criteriaNotMet: number };
    expect(out.set.id).toBe('commune/qd318-2022');
    expect(out.status).toBe('not-met');
    expect(out.criteriaNotMet).toBe(1);
  });

  it('a list: invalid entries go to stderr with their path, the rest is evaluated, exit 1', async () => {
    const list = [commune, { ...commune, name: 'Bad', indicators: { '2.1': 140 } }, { ...commune, region: 'XX' }];
    const r = await run(['evaluate', 'l.json', '--json'], { 'l.json': JSON.stringify(list) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('l.json, mục thứ 2, chỉ tiêu 2.1: cần tỷ lệ phần trăm từ 0 đến 100, đang ghi 140');
    expect(r.stderr).toContain('l.json, mục thứ 3, vùng: vùng không có');
    const out = JSON.parse(r.stdout) as ({ status: string } | { error: { code: string } })[];
    expect(out).toHaveLength(3);
    expect('status' in out[0]! && out[0].status).toBe('not-met');
    expect('error' in out[1]! && out[1].error.code).toBe('invalid-input');
  });

  it('invalid JSON is a data error (exit 1) naming the file', async () => {
    const r = await run(['evaluate', 'x.json'], { 'x.json': '{ "year": ' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^x\.json: không phải JSON hợp lệ/);
    const bad = await run(['evaluate', 'x.json'], { 'x.json': '{\n  "year": 2024,\n  "name" "A"\n}' });
    expect(bad.stderr).toBe('x.json: không phải JSON hợp lệ (lỗi ở dòng 3, cột 10)\n');
    const en = await run(['evaluate', 'x.json', '--lang', 'en'], { 'x.json': '{ "year": ' });
    expect(en.stderr).toContain('x.json: invalid JSON');
  });

  it('a year no encoded set governs is reported for that subject, naming the criteria that do', async () => {
    const r = await run(['evaluate', 'c.json'], { 'c.json': JSON.stringify({ ...commune, year: 2019 }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('c.json, năm đánh giá: không có bộ tiêu chí xã nông thôn mới có hiệu lực ngày 31/12/2019');
    expect(r.stderr).toContain('QĐ 1980/QĐ-TTg');
  });

  it('a 2027 commune is evaluated against the 2026-2030 set, which takes commune groups, not regions', async () => {
    const r = await run(['evaluate', 'c.json'], { 'c.json': JSON.stringify({ ...commune, year: 2027 }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('c.json, vùng: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030 chia ngưỡng theo nhóm xã, không theo vùng');
  });

  it('--overlay supplies thresholds and the result cites them', async () => {
    const overlay = {
      id: 'test-overlay',
      title: 'Test table',
      setKind: 'commune',
      citation: { instrument: 'Test decision' },
      provenance: 'secondary',
      thresholds: { '2.1': { rule: { kind: 'min-percent', min: 90 } } },
    };
    const input = { ...commune, indicators: { '2.1': 85 } };
    const r = await run(['evaluate', 'c.json', '--overlay', 'o.json', '--lang', 'en'], { 'c.json': JSON.stringify(input), 'o.json': JSON.stringify(overlay) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain([
      '      - Indicator 2.1 (Share of commune roads asphalted or concreted, passable by car all year): not met',
      '          Data: 85%',
      '          Required: ≥ 90%',
      '          Why: 5 percentage points short',
      '          Source: threshold table "Test table": Test decision; secondary source',
    ].join('\n'));
    expect(r.stdout).toContain('Thresholds applied: 32 (0 from the legal text, 32 from secondary sources, 1 of them from threshold tables)');
  });

  it('an invalid overlay is a data error with its path', async () => {
    const r = await run(['evaluate', 'c.json', '--overlay', 'o.json'], { 'c.json': JSON.stringify(commune), 'o.json': JSON.stringify({ id: 'x' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^o\.json, tên bảng ngưỡng: /m);
  });
});

describe('ntm evaluate (CSV)', () => {
  const csv = [
    'tên xã;vùng;năm;xã đặc biệt khó khăn;1.1;1.2;5.schools;5.atMinimumStandard;5.atLevel1;9.1;2.1;13.4',
    'Xã A;TDMNPB;2024;không;đạt;x;3;3;2;0;"85,5";không áp dụng',
    'Xã B;DBSH;2024;;Đạt;chưa đạt;4;4;3;;?;',
  ].join('\n');

  it('reads one row per commune with the documented conventions', async () => {
    const r = await run(['evaluate', 'c.csv', '--json'], { 'c.csv': csv });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [a, b] = JSON.parse(r.stdout) as { name: string; criteria: { code: string; outcome: string; indicators: { code: string; value: unknown; outcome: string }[] }[] }[];
    const ind = (res: typeof a, code: string) => res!.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;
    expect(a!.name).toBe('Xã A');
    expect(ind(a, '1.2').value).toBe(true);
    expect(ind(a, '2.1').value).toBe(85.5);
    expect(ind(a, '13.4').outcome).toBe('not-applicable');
    expect(ind(a, '5').value).toEqual({ schools: 3, atMinimumStandard: 3, atLevel1: 2 });
    expect(ind(a, '5').outcome).toBe('met');
    // blank = unknown (left out), "?" = explicitly unknown
    expect(ind(b, '9.1').value).toBeUndefined();
    expect(ind(b, '9.1').outcome).toBe('unknown');
    expect(ind(b, '2.1').value).toBeNull();
    expect(ind(b, '1.2').outcome).toBe('not-met');
    expect(ind(b, '5').outcome).toBe('not-met'); // DBSH: all schools at level 1
  });

  it('bad cells are reported with row, line and column; other rows still evaluate', async () => {
    const bad = ['name,region,year,1.1,2.1,5.schools', 'A,TDMNPB,2024,maybe,50,', 'B,TDMNPB,2024,đạt,101,', 'C,TDMNPB,2024,1,abc,2'].join('\n');
    const r = await run(['evaluate', 'b.csv', '--json'], { 'b.csv': bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b.csv, dòng 2, ô D2, cột "1.1" (A): cần ghi đạt/có/x/1 hoặc chưa đạt/không/0, đang ghi "maybe"');
    expect(r.stderr).toContain('b.csv, dòng 4, ô E4, cột "2.1" (C): cần nhập số, đang ghi "abc"');
    // row 3 is read but the library rejects the value: reported at its cell
    expect(r.stderr).toContain('b.csv, dòng 3, ô E3, cột "2.1" (B): cần tỷ lệ phần trăm từ 0 đến 100, đang ghi 101');
    // every row is an entry of the JSON list, those with an error too
    const out = JSON.parse(r.stdout) as { at: { row: number }; name: string; error?: { issues: { at?: { cell?: string } }[] } }[];
    expect(out.map((e) => [e.at.row, e.name, e.error !== undefined])).toEqual([[2, 'A', true], [3, 'B', true], [4, 'C', true]]);
    expect(out[1]!.error!.issues[0]!.at!.cell).toBe('E3');
  });

  it('unknown columns and compound columns without a field are reported', async () => {
    const r = await run(['evaluate', 'h.csv'], { 'h.csv': 'name,region,year,99.9,5\nA,TDMNPB,2024,1,2\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('h.csv, dòng 1, ô D1, cột "99.9": "99.9" không phải mã chỉ tiêu của bộ tiêu chí');
    expect(r.stderr).toContain('h.csv, dòng 1, ô E1, cột "5": chỉ tiêu "5" gồm nhiều thành phần: dùng các cột 5.schools');
  });

  it('an empty file is a data error', async () => {
    const r = await run(['evaluate', 'e.csv', '--lang', 'en'], { 'e.csv': '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('e.csv: the table is empty');
  });
});

describe('ntm sets', () => {
  it('lists every version with provenance counts', async () => {
    const r = await run(['sets', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; confirmed: number; secondary: number; notEncoded: number; indicators: number }[];
    const c = list.find((s) => s.id === 'commune/qd318-2022')!;
    // Counted from the encoded data (legal notes C15: the count is not asserted from a source).
    expect(c.indicators).toBe(getCriteriaSet('commune', { asOf: '2023-01-01' }).criteria.flatMap((x) => x.indicators).length);
    expect(c.notEncoded).toBeGreaterThan(0);
    const human = await run(['sets']);
    expect(human.stdout).toContain('Xã nông thôn mới (mã: commune)');
    expect(human.stdout).toContain('  - Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025, áp dụng từ 01/03/2024 đến 31/12/2025 (căn cứ: QĐ 318/QĐ-TTg, Phụ lục I; QĐ 211/QĐ-TTg): 19 tiêu chí, 57 chỉ tiêu; ngưỡng: 0 từ văn bản gốc, 40 từ nguồn thứ cấp; 25 chưa có ngưỡng trong thư viện');
    expect(human.stdout).not.toMatch(SET_ID);
  });

  it('prints one set as a table with thresholds, provenance and citations', async () => {
    const r = await run(['sets', 'commune', '--lang', 'en', '--as-of', '2023-01-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Version: in force from 2022-03-08 to 2024-02-29; assessment years 2021 - 2025');
    expect(r.stdout).toContain('Threshold: 6-year-olds entering grade 1 ≥ 98%; universal preschool for 5-year-olds; universal primary education at level 2; universal lower-secondary education at level 2; literacy at level 2. Source: QĐ 1491/QĐ-BGDĐT (for QĐ 318/QĐ-TTg, Phụ lục I, item 14.1); secondary source, read via chatluongvacuocsong.vn, lawnet.vn');
    expect(r.stdout).toContain('  2.1   Share of commune roads asphalted or concreted, passable by car all year\n        Kind: Minimum percentage\n        Threshold: threshold not encoded');
  });

  it('--json prints the set data: the newest version, or the one in force on --as-of', async () => {
    const r = await run(['sets', 'commune', '--json']);
    expect((JSON.parse(r.stdout) as { id: string; criteria: unknown[] }).criteria).toHaveLength(10);
    const old = await run(['sets', 'commune', '--as-of', '2024-06-30', '--json']);
    expect((JSON.parse(old.stdout) as { criteria: unknown[] }).criteria).toHaveLength(19);
  });
});

describe('ntm summarize', () => {
  const records = [
    { name: 'A', criteriaMet: 19, criteria: { '2': true } },
    { name: 'B', criteriaMet: 12, criteria: { '2': false } },
    { name: 'C', criteriaMet: 8 },
  ];

  it('prints buckets, average, minimum and tallies from records', async () => {
    const r = await run(['summarize', 'r.json', '--floor', '10'], { 'r.json': JSON.stringify(records) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bình quân tiêu chí/xã: 13,0 (tính đúng 39/3 = 13)');
    expect(r.stdout).toContain('Thấp nhất: 8 tiêu chí (C); cao nhất: 19 tiêu chí');
    expect(r.stdout).toContain('Số xã đạt dưới 10 tiêu chí: 1 (C)');
    expect(r.stdout).toMatch(/Đạt đủ 19\/19 tiêu chí +1/);
    expect(r.stdout).not.toContain('Đạt chuẩn');
    expect(r.stdout).toMatch(/2 +Giao thông +1\/3 +1 +1/);
  });

  it('--json gives the library summary; --scheme picks a scheme', async () => {
    const r = await run(['summarize', 'r.json', '--json', '--scheme', 'thua-thien-hue-2018'], { 'r.json': JSON.stringify(records) });
    const s = JSON.parse(r.stdout) as { scheme: { id: string }; buckets: { id: string; count: number }[] };
    expect(s.scheme.id).toBe('thua-thien-hue-2018');
    expect(s.buckets.find((b) => b.id === '8-9')?.count).toBe(1);
  });

  it('evaluates communes first when given indicators', async () => {
    const r = await run(['summarize', 'c.json', '--json'], { 'c.json': JSON.stringify([commune, { ...commune, name: 'X', indicators: { '1.1': true, '1.2': true } }]) });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { count: number; sets: string[]; undetermined: { communes: number } };
    expect(s.count).toBe(2);
    expect(s.sets).toEqual(['commune/qd318-qd211-2024']);
    expect(s.undetermined.communes).toBe(2);
  });

  it('bad records are reported with their path; exit 1', async () => {
    const r = await run(['summarize', 'r.json'], { 'r.json': JSON.stringify([...records, { name: 'D', criteriaMet: 25 }]) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('r.json, mục thứ 4, số tiêu chí đạt: không được lớn hơn 19 tiêu chí của cách phân nhóm');
  });

  it('bad options are usage errors', async () => {
    expect((await run(['summarize', 'r.json', '--scheme', 'x'], { 'r.json': '[]' })).code).toBe(2);
    expect((await run(['summarize', 'r.json', '--floor', '-1'], { 'r.json': '[]' })).code).toBe(2);
  });
});

describe('ntm evaluate --kind', () => {
  it('district: the commune conditions are derived from the communes', async () => {
    const d = { name: 'Huyện X', region: 'TDMNPB', year: 2024, communes: [...Array(9).fill({ recognition: 'ntm' }), { recognition: 'advanced' }], indicators: { '1.1': true } };
    const r = await run(['evaluate', 'd.json', '--kind', 'district', '--lang', 'en'], { 'd.json': JSON.stringify(d) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('National criteria for new-rural districts, 2021-2025; version in force from 2024-03-01 to 2025-06-30');
    expect(r.stdout).toContain('Conditions:');
  });

  it('model commune via the generic engine', async () => {
    const m = { year: 2024, indicators: {}, conditions: { advanced: true, income: { income: 55, advancedThreshold: 50 }, 'smart-village': 1, 'standout-field': 1 } };
    const r = await run(['evaluate', 'm.json', '--kind', 'model-commune', '--json'], { 'm.json': JSON.stringify(m) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { status: string }).status).toBe('meets-standard');
  });
});

describe('ntm: hostile command lines and files', () => {
  it.each(['__proto__', 'valueOf', 'constructor', 'toString', 'hasOwnProperty'])('command "%s" is unknown: exit 2 with a message (was exit 70, or a stack trace)', async (name) => {
    const r = await run([name, 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`không có lệnh "${name}"`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(['toString', '__proto__', 'constructor'])('help %s is an unknown topic: exit 2', async (topic) => {
    const r = await run(['help', topic]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`help: không có lệnh "${topic}"`);
  });

  it.each(['__proto__', 'constructor', 'toString'])('--scheme %s is an unknown scheme: exit 2 naming it', async (scheme) => {
    const r = await run(['summarize', 'r.json', '--scheme', scheme], { 'r.json': '[]' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--scheme: cần một trong: national-19, thua-thien-hue-2018, đang ghi "${scheme}"`);
  });

  it.each(['0x10', '', '1e1', ' 3', '3.0', '-1', '+2'])('--floor "%s" is refused (Number() read "0x10" as 16 and "" as 0)', async (floor) => {
    const r = await run(['summarize', 'r.json', `--floor=${floor}`], { 'r.json': '[]' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--floor: cần một số nguyên');
  });

  it('an internal error exits 1 with one line saying so, no stack trace (was exit 70)', async () => {
    let stderr = '';
    const code = await runCli(['check-plan', 'p.json'], { stdout: () => {}, stderr: (s) => { stderr += s; }, readFile: async () => 42 as never });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ntm: lỗi nội bộ của chương trình \(TypeError: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a key given twice in a JSON file is an error naming its path and line (the last one won silently)', async () => {
    const text = '{\n  "lines": [\n    { "source": "credit", "amount": "100", "amount": "300" }\n  ]\n}';
    const r = await run(['funding', 'f.json'], { 'f.json': text });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('f.json, dòng 3, dòng vốn thứ 1, số tiền: khóa "amount" được ghi hai lần trong cùng một đối tượng; chỉ đọc được một giá trị nên tệp không được đọc\n');
    const en = await run(['funding', 'f.json', '--lang', 'en'], { 'f.json': text });
    expect(en.stderr).toBe('f.json, line 3, line 1, amount: duplicate key "amount": the object gives it twice, and only one value could be read\n');
    const commune = '{"region": "TDMNPB", "year": 2024, "indicators": {"2.1": 40, "2.1": 90}}';
    const e = await run(['evaluate', 'c.json'], { 'c.json': commune });
    expect(e.code).toBe(1);
    expect(e.stderr).toContain('c.json, dòng 1, chỉ tiêu 2.1: khóa "2.1" được ghi hai lần');
  });

  it('a "__proto__" key read from JSON stays a key, refused with its path, never dropped', async () => {
    const plan = '{"province": "X", "year": 2024, "communes": 10, "target": {"buckets": {"__proto__": 3, "15-18": 2}}}';
    const r = await run(['check-plan', 'p.json'], { 'p.json': plan });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('p.json, Mục tiêu 2024 – số xã theo nhóm, nhóm "__proto__": không phải mã nhóm');
  });

  it('terminal escapes and bidirectional controls in the data are shown, never sent to the terminal', async () => {
    const evil = 'Lai Châu\u001b]0;owned\u0007\u001b[2J\u001b[1A\u001b[2K\u009b31m\u202e567,411\r';
    const plan = JSON.stringify({ province: evil, year: 2024, communes: 10, funding: { unit: 'million-vnd', lines: [{ source: 'central', amount: '114765', label: evil }] } });
    for (const format of ['findings', 'report', 'html']) {
      const r = await run(['check-plan', 'p.json', '--format', format], { 'p.json': plan });
      expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    const report = await run(['check-plan', 'p.json', '--format', 'report'], { 'p.json': plan });
    expect(report.stdout).toContain('Lai Châu\\u001B]0;owned\\u0007\\u001B[2J');
    const bad = await run(['check-plan', 'p.json'], { 'p.json': JSON.stringify({ province: evil, year: 'x' }) });
    expect(bad.stderr).not.toContain('\u001b');
    const json = await run(['evaluate', 'c.json', '--json'], { 'c.json': JSON.stringify({ name: evil, region: 'TDMNPB', year: 2024, indicators: {} }) });
    expect(json.stdout).not.toMatch(/[\u0080-\u009f\u202e]/);
    expect((JSON.parse(json.stdout) as { name: string }).name).toBe(evil);
  });

  it('a misspelt top-level key of a funding file is an error (unti was ignored)', async () => {
    const r = await run(['funding', 'f.json'], { 'f.json': JSON.stringify({ lines: [{ source: 'credit', amount: '1' }], unti: 'vnd', unit: 'tỷ', allowNegative: 'yes' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('f.json: khóa "unti" không có trong tệp nguồn vốn (các khóa: lines, declared, unit, allowNegative)\nf.json, đơn vị: cần vnd (đồng), thousand-vnd (nghìn đồng), million-vnd (triệu đồng) hoặc billion-vnd (tỷ đồng)\nf.json, cho phép số âm: cần true hoặc false\n');
    const en = await run(['funding', 'f.json', '--lang', 'en'], { 'f.json': JSON.stringify({ lines: [], unti: 'vnd' }) });
    expect(en.stderr).toBe('f.json: unknown key "unti" (expected lines, declared, unit, allowNegative)\n');
  });

  it('a CSV with 100,000 unknown indicator columns prints at most 1,000 lines of problems and says how many more (printed 21 MB)', async () => {
    const header = ['name', 'region', 'year', '1.1', ...Array.from({ length: 100_000 }, (_, k) => `${100 + k}.1`)].join(',');
    const r = await run(['evaluate', 'c.csv'], { 'c.csv': `${header}\nA,TDMNPB,2024,đạt${','.repeat(100_000)}\n` });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBe(1_001);
    expect(lines.at(-1)).toBe('… và 99.000 dòng báo lỗi khác không in ra');
    expect(r.stderr.length).toBeLessThan(400_000);
  });
});
