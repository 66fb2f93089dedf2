import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentOf } from '../../src/cli/commands/funding.js';
import { run } from './helpers.js';

const laiChau = readFileSync('examples/data/lai-chau-2024-funding.json', 'utf8');

describe('ntm funding', () => {
  it('sums the Lai Châu 2024 plan exactly and reports the declared total that does not agree (exit 1)', async () => {
    const r = await run(['funding', 'f.json'], { 'f.json': laiChau });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Ngân sách trung ương +114\.765 +2,97%$/m);
    expect(r.stdout).toMatch(/^ {2}Vốn đầu tư phát triển +92\.423/m);
    expect(r.stdout).not.toContain('central');
    expect(r.stdout).toContain('Tổng cộng: 3.861.812');
    expect(r.stdout).toContain('Đối chiếu: 1 số tổng không khớp\n  - số tổng "Tổng cộng" ghi trong văn bản khác số cộng từ các dòng vốn: ghi 4.916.475, cộng được 3.861.812, chênh lệch 1.054.663');
    const en = await run(['funding', 'f.json', '--lang', 'en'], { 'f.json': laiChau });
    expect(en.stdout).toContain('Reconciliation: 1 stated total does not agree\n  - the stated "Total" differs from the amount computed from the lines: stated 4,916,475, computed 3,861,812, difference 1,054,663');
    expect(en.stdout).toMatch(/^ {2}Development investment +92,423/m);
  });

  it('--json and --unit convert exactly', async () => {
    const r = await run(['funding', 'f.json', '--json', '--unit', 'billion-vnd'], { 'f.json': laiChau });
    const out = JSON.parse(r.stdout) as { aggregate: { total: string; unit: string }; discrepancies: { source: string; difference: string }[] };
    expect(out.aggregate.unit).toBe('billion-vnd');
    expect(out.aggregate.total).toBe('3861.812');
    expect(out.discrepancies).toEqual([{ source: 'total', check: 'declared', declared: '4916.475', computed: '3861.812', difference: '1054.663' }]);
  });

  it('reads CSV lines; no declared totals means exit 0', async () => {
    const csv = 'source,amount,label\ncentral.recurrent,22342,Vốn sự nghiệp\nlocal.province,"21000.5",NS tỉnh\n';
    const r = await run(['funding', 'f.csv', '--lang', 'en'], { 'f.csv': csv });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Total: 43,342.5');
  });

  it('bad lines are reported with their path (exit 1); bad --unit is usage (exit 2)', async () => {
    const r = await run(['funding', 'f.json'], { 'f.json': JSON.stringify([{ source: 'central', amount: '1.000,5' }]) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('f.json, dòng vốn thứ 1, số tiền: cần một số thập phân dạng chuỗi');
    const labelled = await run(['funding', 'f.json'], { 'f.json': JSON.stringify([{ source: 'central', amount: '1', label: 'NSTW' }, { source: 'nope', amount: '1', label: 'Vốn khác' }]) });
    expect(labelled.stderr).toMatch(/^f\.json, dòng vốn thứ 2 \("Vốn khác"\), nguồn vốn: /m);
    expect((await run(['funding', 'f.json', '--unit', 'usd'], { 'f.json': '[]' })).code).toBe(2);
  });

  it('percentages are shifted decimals, not floats', () => {
    expect(percentOf('0.0297', 'en')).toBe('2.97%');
    expect(percentOf('0.5179', 'vi')).toBe('51,79%');
    expect(percentOf('1', 'en')).toBe('100%');
    expect(percentOf('0', 'en')).toBe('0%');
    expect(percentOf('0.5', 'en')).toBe('50%');
    expect(percentOf('0.00001', 'en')).toBe('0.001%');
  });
});

describe('ntm funding: declared amounts with --unit', () => {
  it('a declared amount that is not one is named at its path, after the lines are converted', async () => {
    const r = await run(['funding', 'f.json', '--unit', 'billion-vnd'], { 'f.json': JSON.stringify({ lines: [{ source: 'credit', amount: '2000' }], declared: { total: '2.000,5', credit: '2000' } }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('f.json, số tổng đã ghi (Tổng cộng): cần một số thập phân dạng chuỗi');
  });
});
