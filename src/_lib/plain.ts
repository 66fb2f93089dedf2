// Reading untrusted data once, defensively: a plain copy made of own enumerable data only.
import { issue, type IssueInit } from '../errors.js';
import { RULE_DATA_LIMITS } from './limits.js';
import { nfc } from './text.js';

/** Bounds of a walk: nesting depth, items per array, objects and arrays in all. */
export interface PlainLimits {
  readonly maxDepth: number;
  readonly maxArrayLength: number;
  readonly maxNodes: number;
}

type Path = (string | number)[];

class Stop {
  constructor(readonly issue: IssueInit) {}
}

/**
 * A plain-data copy of an untrusted value: objects keep their own enumerable keys
 * (prototypes, getters' later answers and symbols are left behind; each property is read
 * once), arrays are read by index up to their length after the length is checked, and a
 * hole is an issue. Sizes are checked as the walk goes, so a huge or deep value stops
 * early; anything thrown while reading (a getter, a Proxy trap) becomes an issue at its
 * path. With `normalize`, every string of the copy, keys included, is in NFC. Returns the
 * copy, or the first issue found.
 */
export function readPlain(value: unknown, limits: PlainLimits = RULE_DATA_LIMITS, prefix: readonly (string | number)[] = [], normalize = false): { value: unknown; issues?: undefined } | { value?: undefined; issues: IssueInit[] } {
  let nodes = 0;
  const path: Path = [...prefix];
  const base = prefix.length;
  const copy = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return normalize && typeof v === 'string' ? nfc(v) : v;
    if (++nodes > limits.maxNodes) throw new Stop(issue([...path], 'too-large', { vi: `dữ liệu quá lớn: hơn ${limits.maxNodes} đối tượng và danh sách`, en: `too large: more than ${limits.maxNodes} objects and arrays` }, { max: limits.maxNodes }));
    if (path.length - base > limits.maxDepth) throw new Stop(issue([...path], 'too-deep', { vi: `lồng quá sâu (hơn ${limits.maxDepth} cấp)`, en: `nested too deeply (more than ${limits.maxDepth} levels)` }, { max: limits.maxDepth }));
    if (Array.isArray(v)) {
      const length = v.length;
      if (length > limits.maxArrayLength) throw new Stop(issue([...path], 'too-many', { vi: `quá nhiều mục: ${length} (tối đa ${limits.maxArrayLength})`, en: `too many items: ${length} (at most ${limits.maxArrayLength})` }, { count: length, max: limits.maxArrayLength }));
      const out: unknown[] = new Array(length);
      for (let k = 0; k < length; k++) {
        path.push(k);
        if (!Object.hasOwn(v, k)) throw new Stop(issue([...path], 'hole', { vi: 'danh sách có chỗ trống (phần tử bị thiếu)', en: 'the array has a hole (a missing element)' }));
        out[k] = copy(v[k]);
        path.pop();
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      path.push(key);
      const item = copy((v as Record<string, unknown>)[key]);
      const k = normalize ? nfc(key) : key;
      // defineProperty: a "__proto__" key (JSON.parse makes one) stays an own key of the copy.
      if (k === '__proto__') Object.defineProperty(out, k, { value: item, enumerable: true, writable: true, configurable: true });
      else out[k] = item;
      path.pop();
    }
    return out;
  };
  try {
    return { value: copy(value) };
  } catch (error) {
    if (error instanceof Stop) return { issues: [error.issue] };
    return { issues: [issue([...path], 'unreadable', { vi: 'không đọc được giá trị (lỗi khi đọc thuộc tính)', en: 'the value could not be read (reading it threw)' })] };
  }
}
