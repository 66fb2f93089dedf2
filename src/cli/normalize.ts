// Regions and commune groups as people write them in the CLI's JSON files (`ĐBSH`, `Đồng bằng
// sông Hồng`, `xã nhóm 2`), turned into the codes the library reads (`DBSH`, 2, `G2`). The library
// API stays strict: it takes codes only, so a program never depends on a guess about names. A text
// that names nothing is left as written, for the library to refuse at its path.
import { parseRegion } from '../index.js';

const GROUP = /^\s*(?:x[aã]\s*)?(?:nh[oó]m\s*)?(?:g\s*)?([123])\s*$/i;

/** A commune group as written (`2`, `"2"`, `"nhóm 2"`, `"xã nhóm 2"`, `"G2"`) as its number; anything else unchanged. */
function groupOf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = GROUP.exec(value.normalize('NFC'));
  return m ? Number(m[1]) : value;
}

/** A threshold column as written (a region's name or abbreviation, a group) as its code; anything else unchanged. */
function columnOf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const region = parseRegion(value);
  if (region !== undefined) return region;
  const m = GROUP.exec(value.normalize('NFC'));
  return m ? `G${m[1]}` : value;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A subject (commune, district) with its `region` and `group` read as people write them. A copy; the value given is not changed. */
export function subjectCodes(input: unknown): unknown {
  if (!isObject(input)) return input;
  let out: Record<string, unknown> | undefined;
  const set = (k: string, v: unknown) => {
    if (v === input[k]) return;
    out ??= { ...input };
    out[k] = v;
  };
  if (Object.hasOwn(input, 'region')) set('region', parseRegion(input.region) ?? input.region);
  if (Object.hasOwn(input, 'group')) set('group', groupOf(input.group));
  return out ?? input;
}

/** An overlay with the columns of its thresholds read as people write them. A copy. */
export function overlayCodes(overlay: unknown): unknown {
  if (!isObject(overlay) || !isObject(overlay.thresholds)) return overlay;
  const columns = (v: unknown) => (Array.isArray(v) ? v.map(columnOf) : v);
  const thresholds: Record<string, unknown> = {};
  for (const [code, t] of Object.entries(overlay.thresholds)) {
    const one = (x: unknown) => (isObject(x) ? { ...x, ...(Object.hasOwn(x, 'columns') ? { columns: columns(x.columns) } : {}), ...(Object.hasOwn(x, 'regions') ? { regions: columns(x.regions) } : {}) } : x);
    // defineProperty: a "__proto__" key stays an own key, for the library to refuse at its path.
    Object.defineProperty(thresholds, code, { value: Array.isArray(t) ? t.map(one) : one(t), enumerable: true, writable: true, configurable: true });
  }
  return { ...overlay, thresholds };
}
