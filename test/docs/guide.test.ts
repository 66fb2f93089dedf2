// The guide for offices (docs/huong-dan.md) followed as written: the package packed as npm ships it,
// installed from the tarball into a clean folder, and every `npx ntm …` line of the guide's command
// blocks run there in order, with its exit code and a key line checked. Built once (dist/ is packed as
// it is; `npm run build` first when it is missing). The install uses npm's cache only (--offline).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRITERIA_SET_KINDS, FUNDING_TAXONOMIES, NATIONAL_COMMUNE_SCHEME, REGION_NAMES, REGIONS, THUA_THIEN_HUE_2018_SCHEME } from '../../src/index.js';
import { FINDING_TITLES } from '../../src/plans/report/places.js';
import { KIND_NAMES } from '../../src/wording/terms.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(join(root, 'docs/huong-dan.md'), 'utf8');

/** The `npx ntm …` lines of the guide's sh blocks, without their comments. */
const COMMANDS = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1]!.split('\n'))
  .map((l) => l.replace(/\s+#.*$/, '').trim())
  .filter((l) => l.startsWith('npx ntm '));

/** Exit code and a line each command must print (stdout, or stderr for notices). */
const EXPECT: Readonly<Record<string, readonly [number, string]>> = {
  'npx ntm --help': [0, 'Cách dùng: ntm <lệnh>'],
  'npx ntm example': [0, 'son-binh.json'],
  'npx ntm evaluate son-binh.json': [0, 'còn 2 nhà tạm, dột nát (yêu cầu: không còn)'],
  'npx ntm evaluate xa-2024.xlsx': [0, 'Xã Sơn Bình'],
  'npx ntm evaluate xa-2024.xlsx --xlsx ket-qua.xlsx': [0, 'Xã Sơn Bình'],
  'npx ntm summarize tong-hop-xa.json --floor 15': [0, 'Số xã đạt dưới 15 tiêu chí: 3 (Xã 4, Xã 5, Xã 6)'],
  'npx ntm summarize xa-2024.xlsx --xlsx tong-hop.xlsx': [0, 'Số xã: 4'],
  'npx ntm extract-plan du-thao-ke-hoach-2024.docx': [0, 'Dự thảo (chưa có số)                                                    bản dự thảo'],
  'npx ntm check-plan du-thao-ke-hoach-2024.docx': [1, '[LỖI] Tổng nguồn vốn không khớp với các nguồn'],
  'npx ntm check-plan ke-hoach-2024.json --format report': [1, 'KIỂM TRA KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI'],
  'npx ntm check-plan ke-hoach-2024.json --format html > bao-cao.html': [1, ''],
  'npx ntm funding nguon-von-2024.json': [1, 'ghi 4.916.475, cộng được 3.861.812, chênh lệch 1.054.663'],
  'npx ntm funding xa-2024.xlsx --sheet "Nguồn vốn"': [0, 'Đối chiếu: các số tổng khớp với các dòng chi tiết.'],
  'npx ntm funding nguon-von-2024.json --unit billion-vnd': [1, 'Đơn vị tính: tỷ đồng'],
  'npx ntm overlay-template commune --as-of 30/06/2024 --xlsx bang-nguong.xlsx': [0, ''],
  'npx ntm evaluate xa-2024.xlsx --overlay bang-nguong-vi-du.xlsx --as-of 30/06/2024': [0, 'Xã Sơn Bình'],
  'npx ntm evaluate xa-2026.json': [0, 'Kết quả đánh giá theo tiêu chí do UBND xã Hòa Bình (ví dụ) lập ngày 15/10/2026'],
  'npx ntm summarize xa-2026.json': [0, 'Số xã: 3'],
  'npx ntm sets commune': [0, 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030'],
  'npx ntm sets commune --as-of 30/06/2024': [0, 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025'],
  'npx ntm check-plan ke-hoach-2026-vi-du.json --format report': [1, 'Tỉnh Mẫu (ví dụ)'],
};

let dir = '';
let ntm = '';
let installNote = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'ntm-huong-dan-'));
  const pack = join(dir, 'pack');
  mkdirSync(pack);
  // --ignore-scripts: the prepack build would rewrite dist/ under the other test files using it.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', pack], { cwd: root, encoding: 'utf8' });
  const tarball = join(pack, (JSON.parse(out.slice(out.indexOf('['))) as { filename: string }[])[0]!.filename);
  const work = join(dir, 'ntm-lam-viec');
  mkdirSync(work);
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'ntm-lam-viec', version: '1.0.0', private: true }));
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: work, encoding: 'utf8' });
  if (install.status !== 0) {
    // No network and a dependency missing from npm's cache: the tarball alone, its dependencies linked from the repository's node_modules.
    installNote = `npm install --offline failed (${install.stderr.split('\n')[0]}); dependencies linked from the repository`;
    const pkg = join(work, 'node_modules', 'ntm-rules');
    mkdirSync(pkg, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
    const deps = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    for (const d of deps) symlinkSync(join(root, 'node_modules', d), join(work, 'node_modules', d), 'dir');
  }
  ntm = join(work, 'node_modules', 'ntm-rules', 'dist', 'cli.js');
  dir = work;
});

afterAll(() => {
  if (dir !== '') rmSync(join(dir, '..'), { recursive: true, force: true });
});

describe('docs/huong-dan.md, followed step by step from the packed package', () => {
  it('has its commands in the expected list (a new step gets its expectation here)', () => {
    expect(COMMANDS.length).toBeGreaterThan(20);
    for (const c of COMMANDS) if (!c.startsWith('npx ntm example ')) expect(Object.keys(EXPECT), c).toContain(c);
  });

  it('every command runs in a clean folder with its exit code and key line', () => {
    console.info(installNote || 'installed with npm install --offline from the tarball');
    for (const command of COMMANDS) {
      // `npx ntm` is the installed bin; a redirect (> bao-cao.html) goes through the shell.
      const line = command.replace(/^npx ntm/, `node "${ntm}"`);
      const r = spawnSync('sh', ['-c', line], { cwd: dir, encoding: 'utf8' });
      const [code, key] = command.startsWith('npx ntm example ') ? [0, 'Đã ghi '] : EXPECT[command]!;
      expect(r.status, `${command}\n${r.stderr}`).toBe(code);
      expect(`${r.stdout}${r.stderr}`, command).toContain(key);
    }
    expect(readFileSync(join(dir, 'bao-cao.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(existsSync(join(dir, 'ket-qua.xlsx')) && existsSync(join(dir, 'bang-nguong.xlsx'))).toBe(true);
  });
});

describe('the guide lists every code with its Vietnamese name', () => {
  const row = (code: string | number, name: string) => expect(guide, `${code}`).toContain(`| \`${code}\` | ${name}`);
  it('set kinds, regions with their Đ- abbreviations, commune groups, funding sources and components, indicator kinds, buckets, findings', () => {
    for (const k of CRITERIA_SET_KINDS) expect(guide).toContain(`| \`${k}\` |`);
    for (const r of REGIONS) row(r, `${REGION_NAMES[r].abbreviation} | ${REGION_NAMES[r].vi}`);
    for (const g of ['1', '2', '3']) expect(guide).toContain(`| \`${g}\` | \`G${g}\` | Xã nhóm ${g} |`);
    for (const tx of Object.values(FUNDING_TAXONOMIES)) {
      for (const id of tx.sourceIds) row(id, tx.sources[id]!.label.vi);
      for (const c of tx.components ?? []) expect(guide).toContain(`| \`${c.id}\` |`);
    }
    for (const [k, v] of Object.entries(KIND_NAMES)) row(k, v.vi);
    for (const s of [NATIONAL_COMMUNE_SCHEME, THUA_THIEN_HUE_2018_SCHEME]) for (const b of s.buckets) row(b.id, b.label.vi);
    for (const [code, title] of Object.entries(FINDING_TITLES)) row(code, title.vi);
  });
});
