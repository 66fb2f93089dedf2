import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../../scripts/artifacts.js';
import { PLAN_FINDINGS } from '../../src/plans/finding-codes.js';
import { PLAN_FINDING_CODES } from '../../src/plans/finding.js';
import { FINDING_TITLES } from '../../src/plans/report/places.js';
import { loadCases, specRuleIds } from '../conformance/cases.js';

/** Every finding code the checks' source can emit: the quoted strings of each `code:` expression. */
function codesInSource(): Set<string> {
  const dir = new URL('../../src/plans/checks/', import.meta.url);
  const codes = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const m of text.matchAll(/\bcode:\s*([^,\n]+)/g)) for (const q of m[1]!.matchAll(/'([a-z][a-z0-9-]*)'/g)) codes.add(q[1]!);
  }
  return codes;
}

/** The findings of every conformance vector of checkPlan. */
function vectorFindings(): { case: string; code: string; severity: string }[] {
  const out: { case: string; code: string; severity: string }[] = [];
  for (const cases of loadCases().values()) {
    for (const c of cases) {
      const findings = (c.expected as { findings?: { code: string; severity: string }[] }).findings;
      if (c.function === 'checkPlan' && findings) for (const f of findings) out.push({ case: c.name, code: f.code, severity: f.severity });
    }
  }
  return out;
}

describe('plan finding codes (PLAN_FINDINGS, data/plan-findings.json)', () => {
  const codes = PLAN_FINDINGS.map((f) => f.code);

  it('lists each code once, and exactly the codes the checks emit', () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...codesInSource()].sort());
  });

  it('gives each code a rule of docs/spec.md', () => {
    const ids = specRuleIds();
    for (const f of PLAN_FINDINGS) expect(ids.has(f.rule), `${f.code}: ${f.rule}`).toBe(true);
  });

  it('has a conformance vector for every code, with the severity of the table', () => {
    const found = vectorFindings();
    for (const code of codes) expect(found.some((f) => f.code === code), `no vector has a "${code}" finding`).toBe(true);
    const severity = new Map<string, string>(PLAN_FINDINGS.map((f) => [f.code, f.severity]));
    for (const f of found) expect(f.severity, `${f.case}: ${f.code}`).toBe(severity.get(f.code));
  });

  it('is published as data/plan-findings.json, each code with its title', () => {
    const file = buildArtifacts({ version: '0.0.0-test' }).get('data/plan-findings.json') as { findings: unknown };
    expect(file.findings).toEqual(PLAN_FINDINGS.map((f) => ({ ...f, title: FINDING_TITLES[f.code] })));
  });

  it('publishes exactly the codes of PLAN_FINDING_CODES, in their order', () => {
    const file = buildArtifacts({ version: '0.0.0-test' }).get('data/plan-findings.json') as { findings: { code: string }[] };
    expect(file.findings.map((f) => f.code)).toEqual([...PLAN_FINDING_CODES]);
  });

  it('gives every code its title, precondition and finding rule in Vietnamese and English', () => {
    const file = buildArtifacts({ version: '0.0.0-test' }).get('data/plan-findings.json') as {
      findings: Record<'title' | 'precondition' | 'when', { vi: unknown; en: unknown }>[];
      notation: { vi: unknown; en: unknown };
    };
    // A letter only Vietnamese writes (đ, ơ, ư, ă, â, ê, ô, or a tone mark): the text is not English copied over.
    const VIETNAMESE = /[đơưăâêôàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu;
    for (const [i, f] of [...file.findings.entries(), [-1, { notation: file.notation }] as const]) {
      for (const [field, text] of Object.entries(f).filter(([k]) => ['title', 'precondition', 'when', 'notation'].includes(k))) {
        const where = `${PLAN_FINDING_CODES[i as number] ?? 'notation'}.${field}`;
        const t = text as { vi: unknown; en: unknown };
        expect(Object.keys(t).sort(), where).toEqual(['en', 'vi']);
        expect(typeof t.vi === 'string' && t.vi.trim() !== '' && typeof t.en === 'string' && t.en.trim() !== '', where).toBe(true);
        expect(t.vi, where).toBe((t.vi as string).normalize('NFC'));
        expect(t.vi, where).toMatch(VIETNAMESE);
        expect(t.vi, where).not.toBe(t.en);
        // Official texts write a period as "2026 - 2030" (the English text keeps "2026-2030").
        expect(t.vi, where).not.toMatch(/\b\d{4}-\d{4}\b/);
      }
    }
    for (const f of file.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['title', 'precondition', 'when']));
  });
});
