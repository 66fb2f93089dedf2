import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractPlan, isNtmError, readDocxText } from '../../../src/index.js';
import { htmlToText } from '../../../src/sources/plan-text/docx.js';
import { makeDocx, samplePlanDocx } from '../../_support/docx.js';

/** The NtmError `call` throws or rejects with (bad arguments throw at once, unreadable files reject). */
async function rejected(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (e) {
    expect(isNtmError(e, 'invalid-input')).toBe(true);
    return e as { issues: { path: readonly (string | number)[]; code: string }[] };
  }
  throw new Error('expected a rejection');
}

describe('readDocxText', () => {
  it('reads a Word document as Word stores it: runs, line breaks, tabs, tracked changes, tables', async () => {
    const text = await readDocxText(await samplePlanDocx());
    const lines = text.split('\n');
    expect(lines.slice(4, 6)).toEqual(['KẾ HOẠCH', 'Xây dựng nông thôn mới tỉnh Điện Biên năm 2024']); // a line break inside one paragraph
    expect(lines).toContain('- Có 80/116 xã đạt tiêu chí số 2 về Giao thông (năm 2023 có 72/116 xã).'); // runs split inside numbers
    expect(lines).toContain('- Có 75/116 xã đạt tiêu chí điện.'); // the deletion left out, the insertion kept
    expect(lines).toContain('Số xã đạt từ 15-18 tiêu chí\t20 xã'); // a table row, cells separated by a tab
    expect(lines).toContain('Tổng nguồn vốn:\t1.500 triệu đồng');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('accepts a Buffer, a Uint8Array view and an ArrayBuffer alike', async () => {
    const bytes = await samplePlanDocx();
    const copy = new Uint8Array(bytes.byteLength + 8);
    copy.set(bytes, 8);
    const view = copy.subarray(8);
    const texts = await Promise.all([readDocxText(Buffer.from(bytes)), readDocxText(view), readDocxText(bytes.slice().buffer)]);
    expect(new Set(texts).size).toBe(1);
  });

  it('refuses what is not a .docx, naming the problem: at once for a wrong argument, by rejecting for a bad file', async () => {
    expect(() => readDocxText(null as never)).toThrow(/expected the .docx file content/);
    expect((await rejected(() => readDocxText('text' as never))).issues[0]).toMatchObject({ path: ['data'], code: 'expected-bytes' });
    expect((await rejected(() => readDocxText(new TextEncoder().encode('KẾ HOẠCH năm 2024')))).issues[0]).toMatchObject({ code: 'not-docx' });
    // A zip that is no Word document: mammoth's own error, as an NtmError.
    const zip = new JSZip();
    zip.file('hello.txt', 'xin chào');
    const notWord = await zip.generateAsync({ type: 'uint8array' });
    expect((await rejected(() => readDocxText(notWord))).issues[0]).toMatchObject({ code: 'docx-unreadable' });
    // A damaged Word file.
    const damaged = (await makeDocx([['KẾ HOẠCH']])).slice(0, 300);
    expect((await rejected(() => readDocxText(damaged))).issues[0]).toMatchObject({ code: 'docx-unreadable' });
  });

  it('turns mammoth HTML into lines, decoding entities', () => {
    expect(htmlToText('<h1>KẾ HOẠCH</h1><p>A &amp; B &lt;3&gt; &#273;&#x1EA1;t<br />dòng 2</p><ul><li>một</li></ul><ol><li>hai</li></ol><table><tr><td><p>x</p><p>y</p></td><td><p>1</p></td></tr></table>')).toBe(
      'KẾ HOẠCH\nA & B <3> đạt\ndòng 2\n- một\nhai\nx y\t1\n',
    );
  });
});

describe('extractPlan on a .docx made by the test', () => {
  it('reads the plan, with offsets into the text readDocxText returned', async () => {
    const text = await readDocxText(await samplePlanDocx());
    const x = extractPlan(text);
    expect(x.plan).toMatchObject({
      province: 'Điện Biên',
      year: 2024,
      communes: 116,
      document: { number: '12/KH-UBND', date: '2024-01-05', issuer: 'Ủy ban nhân dân tỉnh Điện Biên' },
      baseline: { year: 2023, criteria: [{ criterion: '2', communes: 72, outOf: 116 }] },
      target: {
        meetingStandard: {
          newlyRecognised: {
            count: 3,
            communes: [
              { name: 'Thanh Xương', district: 'Điện Biên' },
              { name: 'Noong Luống', district: 'Điện Biên' },
              { name: 'Mường Phăng', district: 'Điện Biên Phủ' },
            ],
          },
        },
        buckets: { '15-18': 20, '10-14': 60 },
        criteria: [
          { criterion: '2', communes: 80, outOf: 116 },
          { criterion: '4', communes: 75, outOf: 116 },
        ],
      },
      funding: { unit: 'million-vnd', total: { amount: '1500' }, lines: [{ source: 'credit', amount: '1000' }, { source: 'community', amount: '500' }] },
    });
    for (const e of x.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(x.evidence.find((e) => e.path.join('.') === 'target.buckets.15-18')?.quote).toBe('Số xã đạt từ 15-18 tiêu chí\t20 xã');
    expect(x.unread.filter((u) => u.code !== 'not-stated')).toEqual([]);
    expect(x.findings).toEqual([]);
  });
});

describe('the Word copy of the Lai Châu plan (examples/lai-chau-2024/plan.docx, made by scripts/make-example-docx.ts)', () => {
  it('reads to the same plan as the text', async () => {
    const { readFileSync } = await import('node:fs');
    const fromDocx = extractPlan(await readDocxText(readFileSync('examples/lai-chau-2024/plan.docx')));
    const fromText = extractPlan(readFileSync('examples/lai-chau-2024/plan.txt', 'utf8'));
    expect(fromDocx.plan).toEqual(fromText.plan);
    expect(fromDocx.evidence.map((e) => [e.path, e.quote, e.line])).toEqual(fromText.evidence.map((e) => [e.path, e.quote, e.line]));
  });
});

describe('mammoth stays out of the rules', () => {
  it('is imported in one module only, and only dynamically (importing the library does not load it)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const users = files('src').filter((f) => /['"]mammoth['"]/.test(readFileSync(f, 'utf8')));
    expect(users).toEqual([join('src', 'sources', 'plan-text', 'docx.ts')]);
    const source = readFileSync(users[0]!, 'utf8');
    expect(source).toMatch(/await import\('mammoth'\)/);
    expect(source).not.toMatch(/^import [^;]*from 'mammoth'/m);
  });
});
