// Every command in Vietnamese on the shipped samples, and its error paths: no English word, no
// internal id or path, no decimal point; and the same commands with --lang en stay English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../src/cli/commands/example.js';
import { listCriteriaSets, readCommuneTable } from '../../src/index.js';
import { COMMANDS } from '../../src/cli/help.js';
import { englishProblems, vietnameseProblems, wordsOf } from '../_support/wording-scan.js';
import { run } from './helpers.js';

const root = new URL('../../', import.meta.url);
/** The samples under the names `ntm example` writes them. */
const samples: Record<string, Uint8Array> = Object.fromEntries([...SAMPLES].map(([name, s]) => [name, new Uint8Array(readFileSync(new URL(s.path, root)))]));

/** Files with mistakes an office makes. */
const broken: Record<string, string> = {
  'loi-so.csv': 'tên xã,vùng,năm,2.1,9.1\nXã A,TDMNPB,2024,abc,0\nXã B,ĐBSH,2024,"85,5",2\n',
  'loi-vung.csv': 'tên xã,vùng,năm,2.1\nXã A,Vùng Sao Hỏa,2024,85\n',
  'loi-vung.json': JSON.stringify({ name: 'Xã A', region: 'Tây Bắc Bộ', year: 2024, indicators: { '1.1': true } }),
  'loi-ngay.json': JSON.stringify({ name: 'Xã A', year: 2026, group: 2, criteria: { '1': 'met' }, assessment: { by: 'UBND xã', date: '31/02/2026' } }),
  'loi-gia-tri.json': JSON.stringify({ name: 'Xã A', region: 'TDMNPB', year: 2024, indicators: { '1.1': 'có lẽ', '2.1': 'abc', '5': { schools: 3 }, '99.9': 1 } }),
  'loi-json.json': '{ "name": "Xã A", ',
  'loi-nguon-von.json': JSON.stringify({ unit: 'million-vnd', lines: [{ source: 'central.investmnet', amount: '12.5.3', label: 'Vốn đầu tư' }, { source: 'credit', amount: '-5' }], declared: { total: 'abc' } }),
  'loi-ke-hoach.json': JSON.stringify({ province: 'Lai Châu', year: 2024, communes: 'chín mươi bốn', target: { criteria: [{ criterion: '5', communes: 'x' }] } }),
  'loi-nguong.csv': [
    'Tên bảng,Ngưỡng thử',
    'Loại bộ tiêu chí,commune',
    'Bộ tiêu chí (phiên bản),commune/qd318-qd211-2024',
    'Số hiệu văn bản,QĐ 1/QĐ-UBND',
    'Ngày ban hành,31/02/2022',
    'Nguồn gốc,nguồn thứ cấp',
    '',
    'Mã,Chỉ tiêu,Đơn vị,So sánh,Năm,Chung,TDMNPB,ĐBSH',
    '2.1,Đường xã,%,,,,≥ chín mươi,abc',
    '99.9,Không có,%,,,≥ 50%,,',
  ].join('\n'),
};

const files = { ...samples, ...broken };

/** Each run: its arguments in Vietnamese (--lang en is added for the English check). */
const RUNS: readonly (readonly string[])[] = [
  ['--help'],
  ...Object.keys(COMMANDS).map((c) => ['help', c]),
  ...Object.keys(COMMANDS).filter((c) => c !== 'help').map((c) => [c, '--help']),
  ['example'],
  ['example', 'son-binh.json', 'ban-sao.json'],
  ['example', 'son-binh.json'],
  ['example', 'khong-co.json'],
  ['sets'],
  ['sets', 'commune'],
  ['sets', 'commune', '--as-of', '30/06/2024'],
  ['sets', 'advanced-commune', '--as-of', '30/06/2024'],
  ['sets', 'model-commune', '--as-of', '30/06/2024'],
  ['sets', 'district', '--as-of', '30/06/2024'],
  ['sets', 'special-district', '--as-of', '30/06/2024'],
  ['sets', 'town', '--as-of', '30/06/2024'],
  ['sets', 'district'],
  ['evaluate', 'son-binh.json'],
  ['evaluate', 'son-binh.json', '--as-of', '29/02/2024'],
  ['evaluate', 'son-binh.json', '--overlay', 'nguong-vi-du.json'],
  ['evaluate', 'son-binh.json', '--overlay', 'bang-nguong-vi-du.csv', '--as-of', '30/06/2024'],
  ['evaluate', 'xa-2024.csv'],
  ['evaluate', 'xa-2024.xlsx', '--overlay', 'bang-nguong-vi-du.xlsx', '--as-of', '30/06/2024'],
  ['evaluate', 'xa-2026.json'],
  ['summarize', 'tong-hop-xa.json', '--floor', '15'],
  ['summarize', 'xa-2024.csv'],
  ['summarize', 'xa-2024.xlsx'],
  ['summarize', 'xa-2026.json'],
  ['funding', 'nguon-von-2024.json'],
  ['funding', 'nguon-von-2024.json', '--unit', 'billion-vnd'],
  ['funding', 'xa-2024.xlsx', '--sheet', 'Nguồn vốn'],
  ['check-plan', 'ke-hoach-2024.json'],
  ['check-plan', 'ke-hoach-2024.json', '--format', 'report'],
  ['check-plan', 'du-thao-ke-hoach-2024.docx'],
  ['check-plan', 'du-thao-ke-hoach-2024.txt', '--format', 'report'],
  ['check-plan', 'ke-hoach-2026-vi-du.json'],
  ['check-plan', 'ke-hoach-2026-vi-du.json', '--format', 'report'],
  ['extract-plan', 'du-thao-ke-hoach-2024.docx'],
  ['extract-plan', 'du-thao-ke-hoach-2024.txt'],
  ['overlay-template', 'commune'],
  ['overlay-template', 'commune', '--as-of', '30/06/2024'],
  ['overlay-template', 'district', '--as-of', '30/06/2024'],
  // Error paths.
  [],
  ['khong-co-lenh'],
  ['evaluate'],
  ['evaluate', 'khong-co-tep.json'],
  ['evaluate', 'khong-co-tep.xlsx'],
  ['evaluate', 'loi-so.csv'],
  ['evaluate', 'loi-vung.csv'],
  ['evaluate', 'loi-vung.json'],
  ['evaluate', 'loi-ngay.json'],
  ['evaluate', 'loi-gia-tri.json'],
  ['evaluate', 'loi-json.json'],
  ['evaluate', 'son-binh.json', '--as-of', '30/02/2024'],
  ['evaluate', 'son-binh.json', '--kind', 'xa'],
  ['evaluate', 'son-binh.json', '--tuy-chon-la'],
  ['evaluate', 'son-binh.json', '--overlay', 'loi-nguong.csv', '--as-of', '30/06/2024'],
  ['evaluate', 'son-binh.json', '--overlay', 'khong-co-tep.csv'],
  ['summarize', 'son-binh.json', '--scheme', 'khong-co'],
  ['summarize', 'tong-hop-xa.json', '--floor', 'mười lăm'],
  ['funding', 'loi-nguon-von.json'],
  ['funding', 'nguon-von-2024.json', '--unit', 'usd'],
  ['check-plan', 'loi-ke-hoach.json'],
  ['check-plan', 'ke-hoach-2024.json', '--format', 'pdf'],
  ['sets', 'commune', '--as-of', '14/02/2026'],
  ['overlay-template', 'khong-co'],
];

const outputs = new Map<string, Awaited<ReturnType<typeof run>>>();
async function runOnce(args: readonly string[], lang: 'vi' | 'en') {
  const argv = lang === 'en' ? [...args, '--lang', 'en'] : args;
  const key = argv.join('\u0000');
  if (!outputs.has(key)) outputs.set(key, await run(argv, files));
  return outputs.get(key)!;
}

describe('every command in Vietnamese reads as Vietnamese', () => {
  it.each(RUNS.map((a) => [a.join(' ') || '(no arguments)', a] as const))('ntm %s', async (_name, args) => {
    const r = await runOnce(args, 'vi');
    // The template's "set" field holds the id its reader matches, marked "không sửa" (do not change).
    const text = `${r.stdout}\n${r.stderr}`.replace(/^Bộ tiêu chí \(phiên bản\),[a-z-]+\/[a-z0-9-]+,/m, '');
    expect(text.trim().length).toBeGreaterThan(0);
    expect(vietnameseProblems(text)).toEqual([]);
    // Written files are read by people too (CSV templates, samples).
    for (const [name, data] of Object.entries(r.written)) if (/\.csv$/.test(name)) expect(vietnameseProblems(new TextDecoder().decode(data)), name).toEqual([]);
  });
});

/**
 * Names and labels from the input files; the Vietnamese names of criteria and indicators, which the
 * bilingual threshold template prints beside the English ones; the annex names of citations; the
 * abbreviations of instruments, regions and provinces.
 */
const ALLOWED = wordsOf(
  ...Object.values(files).map((d) => (typeof d === 'string' ? d : new TextDecoder().decode(d))),
  ...listCriteriaSets().flatMap((s) => [...s.criteria.flatMap((c) => [c.name.vi, ...c.indicators.flatMap((i) => [i.name.vi, ...(i.fields ?? []).map((f) => f.label?.vi ?? '')])]), ...(s.conditions ?? []).map((i) => i.name.vi), ...s.legalBasis.map((c) => c.annex ?? '')]),
  readFileSync(new URL('examples/lai-chau-2024/plan.txt', root), 'utf8'),
  // The names in the sample workbook (not text in the file's bytes).
  ...(await readCommuneTable(samples['xa-2024.xlsx']!)).rows.map((r) => JSON.stringify(r)),
  'QĐ TTg BGDĐT BNNPTNT UBND HĐND NQ QH Đ ĐBSH ĐBSCL ĐNB Lai Châu Đường Tam Thổ Phong Uyên Than Tân Pha Khoa Phúc Thàng Bản',
);

describe('the same commands with --lang en stay English', () => {
  it.each(RUNS.map((a) => [a.join(' ') || '(no arguments)', a] as const))('ntm %s --lang en', async (_name, args) => {
    const r = await runOnce(args, 'en');
    expect(englishProblems(`${r.stdout}\n${r.stderr}`, ALLOWED)).toEqual([]);
  });
});

describe('the scanners catch what they are for', () => {
  it('flags English words, set ids, paths, decimal points and raw values in Vietnamese', () => {
    const bad = [
      'giá trị false', 'vùng all regions', 'số khai báo "total"', 'Reconciliation: 1 discrepancies', '[commune/qd318-qd211-2024]',
      'tại target.criteria[5].communes', 'bình quân 14.8 tiêu chí', '≤ 16.5%', 'giá trị NaN', 'chỉ tiêu 2.1: not met', '4,916,475 triệu đồng',
      'giai đoạn 2026-2030',
    ];
    for (const line of bad) expect(vietnameseProblems(line), line).not.toEqual([]);
    const good = ['bình quân 14,8 tiêu chí/xã', '4.916.475 triệu đồng', 'chỉ tiêu 17.10: đạt', 'ntm evaluate xa-2024.csv --overlay bang-nguong.xlsx', 'đọc qua 118.69.201.250:801', '≤ 24%', 'giai đoạn 2026 - 2030', 'Tỷ lệ nghèo đa chiều giai đoạn 2021-2025'];
    for (const line of good) expect(vietnameseProblems(line), line).toEqual([]);
  });

  it('flags Vietnamese words in English unless they are names or quotes', () => {
    expect(englishProblems('Result: đạt 3/19', new Set())).not.toEqual([]);
    expect(englishProblems('Commune "Xã Sơn Bình" in Lai Châu', wordsOf('Lai Châu'))).toEqual([]);
  });
});
