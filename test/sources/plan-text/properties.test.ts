// What extractPlan promises for any text, checked on texts built from the lines of two plans of the
// genre (shuffled, dropped, repeated, numbers changed, diacritics stripped, Windows line ends): every
// quote is the caller's text at its offsets, every figure of the plan has its evidence and the evidence
// says the plan's value, a contradiction keeps the figure out of the plan, NFD reads as NFC, and bad
// text is an NtmError, never a crash.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPlan, isNtmError, type PlanExtraction } from '../../../src/index.js';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
const split = (text: string) => {
  const lines = text.split('\n');
  const body = lines.findIndex((l) => /^I\.\s/.test(l));
  return { header: lines.slice(0, body).join('\n'), body: lines.slice(body) };
};
const LAI_CHAU = split(read('../../../examples/lai-chau-2024/plan.txt'));
const YEN_BAI = split(read('./fixtures/yen-bai-2023.txt'));
const HEADERS = [LAI_CHAU.header, YEN_BAI.header, 'KẾ HOẠCH\nXây dựng nông thôn mới tỉnh Lai Châu năm 2024'];
const LINES = [...LAI_CHAU.body, ...YEN_BAI.body].filter((l) => l.trim() !== '');

const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const planText = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    lines: fc.array(
      fc.record({
        line: fc.constantFrom(...LINES),
        stripped: fc.boolean(),
        // Replaces the line's k-th number by another.
        renumber: fc.option(fc.tuple(fc.nat(4), fc.constantFrom('0', '3', '19', '94', '120', '1.000', '15,5', '2023', '2024', '2025')), { freq: 3 }),
      }),
      { minLength: 1, maxLength: 60 },
    ),
    crlf: fc.boolean(),
  })
  .map(({ header, lines, crlf }) => {
    const body = lines.map(({ line, stripped, renumber }) => {
      let k = 0;
      const l = renumber ? line.replace(/\d+(?:[.,]\d+)*/g, (m) => (k++ === renumber[0] ? renumber[1] : m)) : line;
      return stripped ? strip(l) : l;
    });
    return [header, ...body].join(crlf ? '\r\n' : '\n');
  });

/** The extraction, or undefined when the text is refused with an NtmError (anything else fails). */
function extract(text: string): PlanExtraction | undefined {
  try {
    return extractPlan(text);
  } catch (error) {
    if (!isNtmError(error)) throw error;
    return undefined;
  }
}

const at = (root: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), root);

/** Where a figure of each key of a contradiction would stand in a year block. */
const BLOCK_PLACES: Record<string, string[]> = {
  newly: ['meetingStandard', 'newlyRecognised', 'count'],
  'newly-names': ['meetingStandard', 'newlyRecognised', 'communes'],
  advanced: ['advanced', 'count'],
  'advanced-names': ['advanced', 'communes'],
  model: ['model', 'count'],
  'model-names': ['model', 'communes'],
  villages: ['villages', 'total'],
  'villages-by-district': ['villages', 'byDistrict'],
  districts: ['districtsCompleting', 'count'],
  'districts-names': ['districtsCompleting', 'names'],
  average: ['averageCriteria'],
};

/** The numbers, amounts, flags and lists of the plan (not the block years, criterion codes, labels or the unit). */
function leaves(plan: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string[]) => {
    const key = path.at(-1);
    if (Array.isArray(v) && (key === 'communes' || key === 'byDistrict' || key === 'names')) out.push(path.join('.'));
    else if (v !== null && typeof v === 'object') for (const [k, w] of Object.entries(v)) walk(w, [...path, k]);
    else if (typeof v === 'number' || typeof v === 'boolean' || key === 'amount' || key === 'averageCriteria') out.push(path.join('.'));
  };
  walk(plan, []);
  return out.filter((l) => !/^(?:baseline|target)\.year$/.test(l) && !l.endsWith('.criterion') && l !== 'funding.unit');
}

describe('extractPlan on texts of the genre, recombined', () => {
  it('quotes the caller’s text exactly, at the line it names', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const x = extract(text);
        if (!x) return;
        const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
        for (const q of [...x.evidence, ...x.unread.filter((u) => u.quote !== undefined), ...x.findings.flatMap((f) => f.quotes)]) {
          expect(text.slice(q.start!, q.end!)).toBe(q.quote);
          expect(q.line).toBe(lineOf(q.start!));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives each figure of the plan one evidence entry, which states the plan’s value', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const x = extract(text);
        if (!x) return;
        const paths = x.evidence.map((e) => e.path.join('.'));
        expect(new Set(paths).size).toBe(paths.length);
        expect(leaves(x.plan).filter((l) => !paths.includes(l))).toEqual([]);
        for (const e of x.evidence) {
          const value = at(x.plan, e.path);
          expect(value, e.path.join('.')).not.toBeUndefined();
          if (typeof value !== 'object') expect(e.value, e.path.join('.')).toBe(value);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('leaves a figure the text states with different values out of the plan', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const x = extract(text);
        if (!x) return;
        for (const f of x.findings.filter((g) => g.code === 'figure-conflict')) {
          const [block, part, code, sub] = f.path as string[];
          if ((block === 'baseline' || block === 'target') && part === 'criteria') {
            const entry = x.plan[block]?.criteria?.find((c) => c.criterion === code);
            expect(sub === 'district' ? entry?.district : entry, f.path.join('.')).toBeUndefined();
          } else {
            const place = block === 'baseline' || block === 'target' ? [block, ...(BLOCK_PLACES[part!] ?? f.path.slice(1))] : f.path;
            expect(at(x.plan, place), f.path.join('.')).toBeUndefined();
          }
          expect(f.quotes.length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads NFD text (as some editors save it) to the same plan as NFC text', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const nfc = extract(text.normalize('NFC'));
        const nfd = extract(text.normalize('NFD'));
        expect(nfd?.plan).toEqual(nfc?.plan);
        expect(nfd?.unread.map((u) => u.code)).toEqual(nfc?.unread.map((u) => u.code));
      }),
      { numRuns: 30 },
    );
  });
});
