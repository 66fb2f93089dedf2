// Reviewed outputs in Vietnamese, compared line by line: a change of wording is a change of these
// files, read again by a person before it lands. `UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts`
// rewrites them (then read the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../src/cli/commands/example.js';
import { run } from './helpers.js';

const root = new URL('../../', import.meta.url);
const files: Record<string, Uint8Array> = Object.fromEntries([...SAMPLES].map(([name, s]) => [name, new Uint8Array(readFileSync(new URL(s.path, root)))]));

/** A 2021-2025 provincial table (validity written out) given for 2026 communes: not applied, and said so. */
const TABLE_2021_2025 = JSON.stringify({
  id: 'vi-du-tinh-a-2022',
  title: 'VÍ DỤ: bảng ngưỡng của tỉnh A giai đoạn 2021 - 2025 (số liệu minh họa, không phải quy định)',
  setKind: 'commune',
  citation: { instrument: 'Quyết định số …/QĐ-UBND tỉnh A (ví dụ)' },
  provenance: 'secondary',
  validFrom: '2022-09-15',
  validUntil: '2025-12-31',
  thresholds: { '2.1': { rule: { kind: 'min-percent', min: 90 } } },
});
files['nguong-2021-2025.json'] = new TextEncoder().encode(TABLE_2021_2025);

const GOLDEN: readonly (readonly [string, readonly string[]])[] = [
  ['evaluate-son-binh-2024', ['evaluate', 'son-binh.json']],
  ['evaluate-xa-2026-overlay-not-applied', ['evaluate', 'xa-2026.json', '--overlay', 'nguong-2021-2025.json']],
  ['summarize-xa-2026-overlay-not-applied', ['summarize', 'xa-2026.json', '--overlay', 'nguong-2021-2025.json']],
  ['evaluate-xa-2026', ['evaluate', 'xa-2026.json']],
  ['summarize-tong-hop-xa', ['summarize', 'tong-hop-xa.json', '--floor', '15']],
  ['funding-nguon-von-2024', ['funding', 'nguon-von-2024.json']],
  ['check-plan-lai-chau-2024', ['check-plan', 'ke-hoach-2024.json', '--format', 'report']],
];

describe('golden outputs in Vietnamese', () => {
  it.each(GOLDEN)('%s', async (name, args) => {
    const r = await run(args, files);
    const text = `$ ntm ${args.join(' ')}\n(mã thoát ${r.code})\n${r.stdout}${r.stderr ? `--- luồng lỗi ---\n${r.stderr}` : ''}`;
    const file = new URL(`golden/${name}.vi.txt`, import.meta.url);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
