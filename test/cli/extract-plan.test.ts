import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { checkPlan, parsePlan } from '../../src/index.js';
import { samplePlanDocx } from '../_support/docx.js';

const SEED = readFileSync('examples/lai-chau-2024/plan.txt', 'utf8');
const HAND = readFileSync('examples/lai-chau-2024/plan.json', 'utf8');

/** The CLI with in-memory text and binary files. */
async function run(argv: readonly string[], files: Record<string, string | Uint8Array> = {}) {
  let stdout = '';
  let stderr = '';
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  const io: CliIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    readFile: async (path) => {
      const f = files[path];
      if (f === undefined) throw missing(path);
      return typeof f === 'string' ? f : new TextDecoder().decode(f);
    },
    readBytes: async (path) => {
      const f = files[path];
      if (f === undefined) throw missing(path);
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('ntm extract-plan', () => {
  it('prints the review table: figure, value, line, quote; then what was not read', async () => {
    const r = await run(['extract-plan', 'plan.txt', '--lang', 'en'], { 'plan.txt': SEED });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Read plan.txt: 2024 plan of Lai Châu; 134 figures with their quotes, 4 parts not stated, 3 passages with figures not read, 0 contradictions in the text.');
    expect(r.stdout).toMatch(/Figure\s+Value\s+Line\s+Quote/);
    expect(r.stdout).toMatch(/2024 target: communes meeting criterion 7\s+92\/94 \(maintained\)\s+54\s+Tiếp tục duy trì 92\/94 xã đạt tiêu chí số 7/);
    expect(r.stdout).toMatch(/Total funding\s+4,916,475\s+83\s+Dự kiến nguồn vốn/);
    expect(r.stdout).toMatch(/Plan year\s+2024\s+14/);
    expect(r.stdout).toMatch(/2024 target: recognised communes maintained\s+39\s+33\s+Tiếp tục duy trì/);
    expect(r.stdout).toContain('Not read (to review):');
    expect(r.stdout).toContain('2024 target: no count of communes meeting criterion 1');
    expect(r.stdout).toContain('line 139: this figure fits no part of the plan format');
    const vi = await run(['extract-plan', 'plan.txt'], { 'plan.txt': SEED });
    expect(vi.stdout).toMatch(/Mục tiêu năm 2024: số xã đạt tiêu chí 7\s+92\/94 \(duy trì\)/);
    expect(vi.stdout).toContain('Chưa đọc được (cần xem lại):');
  });

  it('--json prints the plan, equal figure for figure to the hand transcription and checked the same', async () => {
    const r = await run(['extract-plan', 'plan.txt', '--json'], { 'plan.txt': SEED });
    const plan = parsePlan(r.stdout);
    const strip = (p: unknown) => JSON.parse(JSON.stringify(p, (k, v) => (['label', 'title', 'notes', 'source', 'unitLabel'].includes(k) ? undefined : v)));
    expect(strip(plan)).toEqual(strip(parsePlan(HAND)));
    expect(checkPlan(plan).map((f) => f.code)).toEqual(checkPlan(parsePlan(HAND)).map((f) => f.code));
    const full = JSON.parse((await run(['extract-plan', 'plan.txt', '--format', 'extraction'], { 'plan.txt': SEED })).stdout);
    expect(Object.keys(full)).toEqual(['plan', 'evidence', 'unread', 'findings']);
  });

  it('reads a Word document', async () => {
    const r = await run(['extract-plan', 'draft.docx', '--json'], { 'draft.docx': await samplePlanDocx() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ province: 'Điện Biên', year: 2024, communes: 116 });
  });

  it('exits 1 when the text contradicts itself, 1 when it is no plan, 2 on bad usage', async () => {
    const yb = readFileSync('test/sources/plan-text/fixtures/yen-bai-2023.txt', 'utf8');
    const r = await run(['extract-plan', 'yb.txt', '--lang', 'en'], { 'yb.txt': yb });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Contradictions in the text:');
    expect(r.stdout).toMatch(/\[ERROR\] A figure is stated twice with different values: .*\n\s+line 45: «Nâng tổng số xã đạt chuẩn nông thôn mới lên 61 xã»/);
    const none = await run(['extract-plan', 'x.txt', '--lang', 'en'], { 'x.txt': 'Hôm nay trời đẹp.' });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('year: no plan year found');
    expect((await run(['extract-plan'])).code).toBe(2);
    expect((await run(['extract-plan', 'plan.json'], { 'plan.json': '{}' })).code).toBe(2);
    expect((await run(['extract-plan', 'gone.txt'])).code).toBe(2);
    expect((await run(['extract-plan', 'p.txt', '--format', 'xml'], { 'p.txt': SEED })).code).toBe(2);
    const notDocx = await run(['extract-plan', 'fake.docx', '--lang', 'en'], { 'fake.docx': 'not a zip' });
    expect(notDocx.code).toBe(1);
    expect(notDocx.stderr).toContain('not a Word .docx file');
  });

  it('--province fills in a province the text does not name', async () => {
    const text = 'KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\nI. MỤC TIÊU\n- Có 10/20 xã đạt tiêu chí số 2.';
    expect((await run(['extract-plan', 'p.txt'], { 'p.txt': text })).code).toBe(1);
    const r = await run(['extract-plan', 'p.txt', '--json', '--province', 'Sơn La'], { 'p.txt': text });
    expect(JSON.parse(r.stdout)).toMatchObject({ province: 'Sơn La', year: 2024, communes: 20 });
  });
});

describe('the README and docs/plans.md show what the commands print', () => {
  it('for the Word copy of the Lai Châu plan', async () => {
    const docx = readFileSync('examples/lai-chau-2024/plan.docx');
    const file = 'examples/lai-chau-2024/plan.docx';
    const table = (await run(['extract-plan', file, '--lang', 'en'], { [file]: docx })).stdout.split('\n');
    const checked = (await run(['check-plan', file, '--lang', 'en'], { [file]: docx })).stdout.split('\n');
    const readme = readFileSync('README.md', 'utf8');
    const plans = readFileSync('docs/plans.md', 'utf8');
    expect(readme).toContain(table[0]);
    for (const row of table.filter((l) => / criterion 7/.test(l))) expect(readme).toContain(row);
    for (const l of table.slice(table.indexOf('Not read (to review):'), table.indexOf('Not read (to review):') + 7)) expect(readme).toContain(l);
    for (const l of [checked[0], checked[2], ...checked.filter((l) => /line (83|85|54): /.test(l))]) expect(plans).toContain(l);
  });
});

describe('ntm check-plan on a plan document', () => {
  it('extracts, checks, and quotes the sentences behind each finding', async () => {
    const r = await run(['check-plan', 'draft.txt', '--lang', 'en'], { 'draft.txt': SEED });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('12 findings: 3 errors, 7 warnings, 2 info');
    expect(r.stdout).toMatch(/\[ERROR\] Total capital does not match its sources \(Funding – total stated in the plan, amount\)\n.*\n\s+line 83: «Dự kiến nguồn vốn .* 4\.916\.475 triệu đồng»\n\s+line 85: «Vốn Ngân sách Trung ương giao năm 2023: 114\.765 triệu đồng»/);
    expect(r.stdout).toMatch(/\[WARNING\] "Maintained" count differs from the year before \(2024 target – criterion 7 \(Rural commercial infrastructure\)\)\n.*\n\s+line 54: «Tiếp tục duy trì 92\/94 xã .*»\n\s+line 54: «năm 2023 có 91\/94 xã/);
    expect(r.stdout).toMatch(/\[WARNING\] The year in a label differs from the figure \(Projects – label\)\n.*\n\s+line 101: «Danh mục dự án dự kiến đầu tư trong năm 2023: Tổng số dự án dự kiến thực hiện: 72 dự án»/);
  });

  it('--json gives each finding its evidence; a .docx is checked too', async () => {
    const r = await run(['check-plan', 'draft.txt', '--json'], { 'draft.txt': SEED });
    const out = JSON.parse(r.stdout) as { findings: { code: string; evidence: { line: number }[] }[]; extraction: { plan: unknown } };
    expect(out.findings).toHaveLength(12);
    expect(out.findings.every((f) => f.evidence.length > 0)).toBe(true);
    const docx = await run(['check-plan', 'draft.docx', '--lang', 'en'], { 'draft.docx': await samplePlanDocx() });
    expect(docx.stdout).toContain('Read draft.docx: 2024 plan of Điện Biên');
    const report = await run(['check-plan', 'draft.txt', '--format', 'report'], { 'draft.txt': SEED });
    expect(report.stdout).toContain('KIỂM TRA KẾ HOẠCH');
  });

  it('is in the help', async () => {
    const r = await run(['--help', '--lang', 'en']);
    expect(r.stdout).toContain('ntm extract-plan <draft.docx|draft.txt>');
    expect(r.stdout).toContain('ntm check-plan <plan.json|draft.docx|draft.txt>');
  });
});
