// Reading the conformance files and the rule ids of docs/spec.md (shared by the conformance tests).
import { readdirSync, readFileSync } from 'node:fs';

/** One conformance case (docs/conformance.md §Format). */
export interface Case {
  readonly name: string;
  readonly description: string;
  readonly function: string;
  readonly options: Record<string, unknown>;
  readonly input: unknown;
  readonly expected: unknown;
  readonly rule: readonly string[];
  readonly source: string;
}

const dir = new URL('../../conformance/', import.meta.url);

/** Every conformance file's cases, by file name, files in name order. */
export function loadCases(): Map<string, Case[]> {
  const out = new Map<string, Case[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    out.set(file, (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { cases: Case[] }).cases);
  }
  return out;
}

/** A rule id as docs/spec.md writes it: bold, upper case, dash-separated. */
const RULE = /\*\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\*\*/g;

/** The rule ids docs/spec.md defines (each bold id the first time it appears at the start of a rule). */
export function specRuleIds(): Set<string> {
  const text = readFileSync(new URL('../../docs/spec.md', import.meta.url), 'utf8');
  const ids = new Set<string>();
  for (const line of text.split('\n')) {
    // A rule is defined where its id opens a list item or a table row.
    const m = /^\s*(?:- |\| )\*\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\*\*/.exec(line);
    if (m) ids.add(m[1]!);
  }
  return ids;
}

/** Every bold id docs/spec.md mentions anywhere (definitions and references). */
export function specMentionedIds(): Set<string> {
  const text = readFileSync(new URL('../../docs/spec.md', import.meta.url), 'utf8');
  return new Set([...text.matchAll(RULE)].map((m) => m[1]!));
}
