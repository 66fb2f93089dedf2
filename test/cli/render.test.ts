// Human output in both languages for every command, and the less common paths of the CLI.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/io.js';
import { renderTable } from '../../src/cli/table.js';
import { getCriteriaSet } from '../../src/index.js';
import { run } from './helpers.js';

const laiChauPlan = readFileSync('examples/lai-chau-2024/plan.json', 'utf8');
const funding = readFileSync('examples/data/lai-chau-2024-funding.json', 'utf8');
const special = { name: 'Xã X', region: 'DBSCL', especiallyDifficult: true, year: 2024, indicators: { '1.1': true, '1.2': false, '2.1': null, '9.1': 1, '14.1': { grade1EntryPercent: 97, preschool5Universal: true, primaryLevel: 2, lowerSecondaryLevel: 2, literacyLevel: 2 } } };

describe.each(['vi', 'en'] as const)('human output (--lang %s)', (lang) => {
  const words = (vi: string, en: string) => (lang === 'vi' ? vi : en);

  it('evaluate: region column, failures, explicit unknowns, provenance line', async () => {
    const r = await run(['evaluate', 'c.json', '--lang', lang], { 'c.json': JSON.stringify(special) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(words('Vùng: Đồng bằng sông Cửu Long (ĐBSCL); xã đặc biệt khó khăn áp dụng chỉ tiêu vùng Trung du miền núi phía Bắc', 'Region: Mekong Delta (ĐBSCL); especially difficult commune: the TDMNPB column applies'));
    expect(r.stdout).toContain(words('Kết quả: CHƯA ĐẠT ĐỦ TIÊU CHÍ', 'Result: DOES NOT MEET ALL CRITERIA'));
    expect(r.stdout).toContain(words('- Đã khai báo là chưa có số liệu: chỉ tiêu 2.1', '- Declared as no data: indicator 2.1'));
    expect(r.stdout).toContain(words('Ngưỡng đã áp dụng', 'Thresholds applied'));
    expect(r.stdout).toContain(words('- Chỉ tiêu 14.1 (Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục trung học cơ sở; xóa mù chữ): chưa đạt', '- Indicator 14.1 (Universal preschool for 5-year-olds; universal primary and lower-secondary education; literacy): not met'));
  });

  it('evaluate: a district prints its conditions', async () => {
    const d = { region: 'DBSH', year: 2024, communes: [{ recognition: 'ntm' }], towns: [], satisfaction: { district: 85, lowestCommuneContent: 90 }, indicators: {} };
    const r = await run(['evaluate', 'd.json', '--kind', 'district', '--lang', lang], { 'd.json': JSON.stringify(d) });
    expect(r.stdout).toContain(words('Điều kiện', 'Conditions'));
    expect(r.stdout).toMatch(/communes-advanced/);
  });

  it('summarize: evaluated communes report what is still unknown', async () => {
    const r = await run(['summarize', 'c.json', '--lang', lang, '--floor', '5'], { 'c.json': JSON.stringify([special, { ...special, name: 'Y', indicators: { '1.1': true, '1.2': true } }]) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(words('Còn 2 xã có tổng cộng 34 tiêu chí chưa xác định được', '2 communes have 34 criteria not determined'));
    // Unknown is never counted as not met, in words either.
    expect(r.stdout).not.toContain(words('tính là chưa đạt', 'counted as not met'));
    expect(r.stdout).toContain(words('Bộ tiêu chí: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025, phiên bản áp dụng từ 01/03/2024', 'Criteria set: National criteria for new-rural communes, 2021-2025, version in force from 2024-03-01'));
    expect(r.stdout).toContain(words('Số xã đạt dưới 5 tiêu chí: 2 (Xã X, Y)', 'Communes under 5 criteria: 2 (Xã X, Y)'));
  });

  it('funding: a subtotal that differs from its parts', async () => {
    const lines = { lines: [{ source: 'central', amount: '120000' }, { source: 'central.investment', amount: '92423' }, { source: 'central.recurrent', amount: '22342' }], declared: {} };
    const r = await run(['funding', 'f.json', '--lang', lang], { 'f.json': JSON.stringify(lines) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(words('số ghi của "Ngân sách trung ương" khác tổng các khoản chi tiết', 'the stated amount of "Central budget" differs from the sum of its parts'));
    expect(r.stdout).toContain(lang === 'vi' ? '5.235' : '5,235');
  });

  it('funding: totals that agree', async () => {
    const r = await run(['funding', 'f.json', '--lang', lang], { 'f.json': JSON.stringify({ lines: [{ source: 'credit', amount: '5' }], declared: { total: '5' } }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(words('khớp với các dòng chi tiết', 'agrees with its lines'));
  });

  it('check-plan: findings, report and HTML', async () => {
    const findings = await run(['check-plan', 'p.json', '--lang', lang], { 'p.json': laiChauPlan });
    expect(findings.stdout).toContain(words('LỖI', 'ERROR'));
    const html = await run(['check-plan', 'p.json', '--lang', lang, '--format', 'html'], { 'p.json': laiChauPlan });
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
    const clean = await run(['check-plan', 'p.json', '--lang', lang], { 'p.json': JSON.stringify({ province: 'T', year: 2024 }) });
    expect(clean.stdout).toContain(words('Không phát hiện', 'No inconsistency'));
  });

  it('sets: a set with conditions and a provincial village list', async () => {
    const r = await run(['sets', 'district', '--lang', lang, '--as-of', '2023-01-01']);
    expect(r.stdout).toContain(words('Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025\nPhiên bản: áp dụng từ 08/03/2022 đến 29/02/2024', 'National criteria for new-rural districts, 2021-2025\nVersion: in force from 2022-03-08 to 2024-02-29'));
    // Conditions by their number and name; their input codes (communes-advanced) are in --json only.
    expect(r.stdout).toMatch(words('\nĐiều kiện\n  1. ', '\nConditions\n  1. '));
    expect(r.stdout).not.toContain('communes-advanced');
    const list = await run(['sets', '--lang', lang]);
    expect(list.stdout).toContain(words('Huyện nông thôn mới đặc thù, không có đơn vị hành chính cấp xã (mã: special-district)', 'Special new-rural district without commune-level units (code: special-district)'));
  });
});

describe('CLI edges', () => {
  it('--version and help topics', async () => {
    expect((await run(['--version'])).stdout.trim()).toBe('dev');
    for (const topic of ['evaluate', 'summarize', 'funding', 'check-plan', 'sets', 'help']) {
      const r = await run(['help', topic, '--lang', 'en']);
      expect(r.code, topic).toBe(0);
      expect(r.stdout, topic).toContain(`Example: ntm ${topic === 'help' ? 'help' : topic}`);
    }
  });

  it('one file at a time, and the file argument is required, for every command', async () => {
    for (const cmd of ['evaluate', 'summarize', 'funding', 'check-plan']) {
      expect((await run([cmd])).code, cmd).toBe(2);
      expect((await run([cmd, 'a', 'b'])).code, cmd).toBe(2);
    }
    expect((await run(['sets', 'commune', 'district'])).code).toBe(2);
  });

  it('a JSON file that is neither an object nor a list is a data error', async () => {
    const r = await run(['evaluate', 'x.json'], { 'x.json': '42' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('x.json: cần số liệu một xã (một đối tượng JSON { … }) hoặc danh sách xã (một mảng JSON [ … ])');
    const f = await run(['funding', 'x.json'], { 'x.json': '42' });
    expect(f.code).toBe(1);
  });

  it('tables align right-aligned columns', () => {
    expect(renderTable(['a', 'n'], [['xã', '5'], ['x', '10']], [1])).toBe('a    n\n--  --\nxã   5\nx   10\n');
  });

  it('the node I/O reads files as UTF-8', async () => {
    await expect(nodeIo.readFile('examples/data/communes.csv')).resolves.toContain('tên xã');
    await expect(nodeIo.readFile('does-not-exist.json')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
