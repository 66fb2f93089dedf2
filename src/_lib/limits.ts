import { issue, type IssueInit } from '../errors.js';

/**
 * Bounds on rule data (criteria sets, overlays): far above any real table (the national
 * commune set is about 1,500 objects and arrays), low enough that validating data at the
 * limits stays within the budget measured by `npm run bench`.
 */
export const RULE_DATA_LIMITS = Object.freeze({ maxDepth: 48, maxArrayLength: 2_000, maxNodes: 20_000 });

/**
 * Checks the size and nesting of untrusted data before schema validation: the schema
 * would otherwise report every element of a huge array (slow) and recurse as deep as
 * the input (a stack overflow). Reads own enumerable keys only; a Proxy or getter that
 * throws is reported at its path. Returns at most one issue.
 */
export function sizeIssues(value: unknown, limits: { readonly maxDepth: number; readonly maxArrayLength: number; readonly maxNodes: number } = RULE_DATA_LIMITS, prefix: readonly (string | number)[] = []): IssueInit[] {
  let nodes = 0;
  // Iterative walk: the depth check must not itself overflow the stack.
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [...prefix] }];
  let path: (string | number)[] = [...prefix];
  try {
    while (stack.length > 0) {
      const top = stack.pop()!;
      path = top.path;
      const v = top.v;
      if (typeof v !== 'object' || v === null) continue;
      if (++nodes > limits.maxNodes) return [issue(path, 'too-large', { vi: `dữ liệu quá lớn: hơn ${limits.maxNodes} đối tượng và danh sách`, en: `too large: more than ${limits.maxNodes} objects and arrays` }, { max: limits.maxNodes })];
      if (path.length - prefix.length > limits.maxDepth) return [issue(path, 'too-deep', { vi: `lồng quá sâu (hơn ${limits.maxDepth} cấp)`, en: `nested too deeply (more than ${limits.maxDepth} levels)` }, { max: limits.maxDepth })];
      if (Array.isArray(v)) {
        if (v.length > limits.maxArrayLength) return [issue(path, 'too-many', { vi: `quá nhiều mục: ${v.length} (tối đa ${limits.maxArrayLength})`, en: `too many items: ${v.length} (at most ${limits.maxArrayLength})` }, { count: v.length, max: limits.maxArrayLength })];
        for (let k = 0; k < v.length; k++) {
          if (!Object.hasOwn(v, k)) return [issue([...path, k], 'hole', { vi: 'danh sách có chỗ trống (phần tử bị thiếu)', en: 'the array has a hole (a missing element)' })];
          stack.push({ v: v[k], path: [...path, k] });
        }
      } else {
        for (const key of Object.keys(v)) stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  } catch {
    return [issue(path, 'unreadable', { vi: 'không đọc được giá trị (lỗi khi đọc thuộc tính)', en: 'the value could not be read (reading it threw)' })];
  }
  return [];
}
