// zod's issues in the library's shape: coded, bilingual, one per offending path.
import type { z } from 'zod';
import { issue, type IssueInit, type NtmIssueParam } from '../errors.js';
import { formatNumber } from './numbers.js';

type Path = readonly (string | number)[];

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'chuỗi ký tự', number: 'số', int: 'số nguyên', boolean: 'true hoặc false', object: 'đối tượng', array: 'danh sách', null: 'null', undefined: 'không có giá trị',
};

function pathOf(prefix: Path, p: readonly PropertyKey[]): (string | number)[] {
  return [...prefix, ...p.map((s) => (typeof s === 'symbol' ? String(s.description ?? '') : s))];
}

/** The branch of a union that matched the input's type best: the one whose issues lie deepest. */
function bestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] {
  let best: readonly z.core.$ZodIssue[] = branches[0] ?? [];
  let depth = -1;
  for (const b of branches) {
    const d = Math.min(...b.map((i) => (i.code === 'invalid_type' && i.path.length === 0 ? -1 : i.path.length + (i.code === 'invalid_union' ? 0.5 : 1))));
    if (d > depth) {
      depth = d;
      best = b;
    }
  }
  return best;
}

function one(i: z.core.$ZodIssue, prefix: Path, out: IssueInit[]): void {
  const path = pathOf(prefix, i.path);
  switch (i.code) {
    case 'unrecognized_keys':
      for (const key of i.keys) out.push(issue([...path, key], 'unknown-key', { vi: `không có trường "${key}"`, en: `unknown field "${key}"` }, { key }));
      return;
    case 'invalid_union':
      if (i.errors.length > 0) {
        for (const sub of bestBranch(i.errors)) one(sub, path, out);
        return;
      }
      break;
    case 'invalid_type': {
      const expected = String(i.expected);
      out.push(issue(path, `expected-${expected}`, { vi: `cần ${TYPE_WORDS[expected] ?? expected}`, en: i.message }, { expected }));
      return;
    }
    case 'invalid_value':
      out.push(issue(path, 'expected-one-of', { vi: `giá trị không hợp lệ; cần một trong: ${i.values.map((v) => JSON.stringify(v)).join(', ')}`, en: i.message }, { allowed: i.values.map(String) }));
      return;
    case 'too_small':
    case 'too_big': {
      const bound = Number(i.code === 'too_small' ? i.minimum : i.maximum);
      const what = i.origin === 'array' || i.origin === 'set' ? (i.code === 'too_small' ? 'too-few' : 'too-many') : i.origin === 'string' ? (i.code === 'too_small' ? 'too-short' : 'too-long') : 'out-of-range';
      const vi = i.origin === 'array' ? `cần ${i.code === 'too_small' ? 'ít nhất' : 'nhiều nhất'} ${formatNumber(bound, 'vi')} mục` : i.origin === 'string' ? (i.code === 'too_small' && bound === 1 ? 'không được để trống' : `độ dài ${i.code === 'too_small' ? 'ít nhất' : 'nhiều nhất'} ${formatNumber(bound, 'vi')} ký tự`) : `phải ${i.code === 'too_small' ? 'từ' : 'không quá'} ${formatNumber(bound, 'vi')}`;
      out.push(issue(path, what, { vi, en: i.message }, i.code === 'too_small' ? { min: bound } : { max: bound }));
      return;
    }
    case 'invalid_format':
      out.push(issue(path, 'invalid-format', { vi: `sai định dạng${i.format === 'regex' ? '' : ` (${i.format})`}`, en: i.message }, { format: i.format }));
      return;
    case 'custom': {
      // A check of ours reported through zod carries its code and Vietnamese text (see customIssue).
      const p = i.params as { code?: unknown; vi?: unknown; params?: Readonly<Record<string, NtmIssueParam>> } | undefined;
      if (typeof p?.code === 'string' && typeof p.vi === 'string') {
        out.push(issue(path, p.code, { vi: p.vi, en: i.message }, p.params));
        return;
      }
      break;
    }
    default:
      break;
  }
  out.push(issue(path, 'invalid', { vi: 'giá trị không hợp lệ', en: i.message }));
}

/** Converts zod issues to the library's issues (coded, bilingual; unions reported in the branch that fits the input). */
export function toIssues(issues: readonly z.core.$ZodIssue[], prefix: Path = []): IssueInit[] {
  const out: IssueInit[] = [];
  for (const i of issues) one(i, prefix, out);
  return out;
}

/**
 * A coded, bilingual issue for zod's `ctx.addIssue` inside a refinement: the code and the
 * Vietnamese text ride in `params` and come out of {@link toIssues} as the library's issue.
 */
export function customIssue(path: readonly PropertyKey[], code: string, text: { readonly vi: string; readonly en: string }, params?: Readonly<Record<string, NtmIssueParam>>): { code: 'custom'; path: PropertyKey[]; message: string; params: Record<string, unknown> } {
  return { code: 'custom', path: [...path], message: text.en, params: params === undefined ? { code, vi: text.vi } : { code, vi: text.vi, params } };
}
