// Naming criteria and funding sources: words of the text against the criteria set's names and the
// funding taxonomy's labels (plus the phrasings in vocabulary.ts), compared word by word, folded.
import type { CriteriaSet } from '../../engine/types/index.js';
import { FUNDING_SOURCES, FUNDING_SOURCE_IDS, type FundingSourceId } from '../../funding/taxonomy.js';
import { foldText, words } from './prepare.js';
import { CRITERION_ALIASES, FUNDING_PHRASES } from './vocabulary.js';

/** A word of the folded text with its offsets. */
export interface Word {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

/** The words of `folded` between `from` and `to`, with absolute offsets. */
export function wordsIn(folded: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[a-z0-9\u00C0-\uFFFF]+/g;
  re.lastIndex = from;
  for (let m = re.exec(folded); m !== null && m.index < to; m = re.exec(folded)) {
    out.push({ w: m[0], start: m.index, end: Math.min(m.index + m[0].length, to) });
  }
  return out;
}

interface NameEntry {
  readonly code: string;
  readonly words: readonly string[];
}

/** The commune set's criteria by name, for one plan. */
export interface CriterionNames {
  readonly codes: ReadonlySet<string>;
  /** The criterion named at `words[i]` and the number of words its name takes; `ambiguous` when two criteria fit equally. */
  match(ws: readonly Word[], i: number): { code: string; length: number } | { ambiguous: true; length: number } | undefined;
}

export function criterionNames(set: CriteriaSet | undefined): CriterionNames {
  const entries: NameEntry[] = [];
  const codes = new Set<string>();
  if (set) {
    const aliases = new Map(Object.entries(CRITERION_ALIASES).map(([name, list]) => [words(foldText(name)).join(' '), list]));
    for (const c of set.criteria) {
      codes.add(c.code);
      const own = words(foldText(c.name.vi));
      entries.push({ code: c.code, words: own });
      for (const alias of aliases.get(own.join(' ')) ?? []) entries.push({ code: c.code, words: words(foldText(alias)) });
    }
  }
  return {
    codes,
    match(ws, i) {
      let best: { code: string; length: number } | { ambiguous: true; length: number } | undefined;
      for (const e of entries) {
        if (e.words.length === 0 || i + e.words.length > ws.length) continue;
        if (!e.words.every((w, k) => ws[i + k]!.w === w)) continue;
        if (!best || e.words.length > best.length) best = { code: e.code, length: e.words.length };
        else if (e.words.length === best.length && 'code' in best && best.code !== e.code) best = { ambiguous: true, length: e.words.length };
      }
      return best;
    },
  };
}

interface Phrase {
  readonly source: FundingSourceId;
  readonly words: readonly string[];
}

let phrases: Phrase[] | undefined;

function fundingPhrases(): Phrase[] {
  if (phrases) return phrases;
  const out: Phrase[] = [];
  for (const id of FUNDING_SOURCE_IDS) {
    const all = [FUNDING_SOURCES[id].label.vi, ...(FUNDING_PHRASES[id] ?? [])];
    for (const p of all) {
      const ws = words(foldText(p));
      // A leading "vốn" adds nothing ("Vốn đầu tư phát triển" = "đầu tư phát triển"), except before one word ("Vốn khác").
      out.push({ source: id, words: ws[0] === 'von' && ws.length > 2 ? ws.slice(1) : ws });
    }
  }
  phrases = out;
  return out;
}

function contains(hay: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Whether `id` is `ancestor` or lies under it. */
export function isUnder(id: FundingSourceId, ancestor: FundingSourceId): boolean {
  return id === ancestor || id.startsWith(`${ancestor}.`);
}

/**
 * The funding sources a label names, most specific first: every source one of whose phrases occurs in
 * the label, without the sources that are ancestors of another match ("Vốn lồng ghép … giảm nghèo"
 * names the poverty-reduction programme).
 */
export function sourcesNamed(label: string): FundingSourceId[] {
  const hits = allSourcesNamed(label);
  return hits.filter((id) => !hits.some((other) => other !== id && isUnder(other, id)));
}

/** Every source one of whose phrases occurs in the label, ancestors included. */
export function allSourcesNamed(label: string): FundingSourceId[] {
  const ws = words(foldText(label));
  const hits = new Set<FundingSourceId>();
  for (const p of fundingPhrases()) if (p.words.length > 0 && contains(ws, p.words)) hits.add(p.source);
  return [...hits];
}
