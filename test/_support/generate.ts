// Seeded generators of realistic inputs, shared by the benchmarks (bench/) and the
// property and hostile-input tests (test/). Same seed, same data, on every machine.
//
// The numeric thresholds used with this data are FICTITIOUS (BENCHMARK-ONLY): most of
// the commune set's numeric thresholds are not encoded (their tables could not be
// reached), so benchmarks and tests supply invented values through a threshold overlay
// to make every indicator comparable. They are not law and must never be used as such.
import type { CriteriaSet, FundingLine, Indicator, IndicatorValue, OverlayThreshold, Region, ThresholdOverlay } from '../../src/index.js';
import { REGIONS } from '../../src/columns/regions.js';

/** A small, fast, seeded PRNG (mulberry32): returns floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickOf = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number, lo: number, hi: number) => (n < lo ? lo : n > hi ? hi : n);

/** Assessment years the generated communes use. */
export const YEARS = [2022, 2023, 2024, 2025] as const;

/** Id and title that mark the fictitious overlay everywhere it is printed. */
export const FICTITIOUS_OVERLAY_ID = 'BENCHMARK-ONLY-fictitious-thresholds';

function codeSeed(code: string): number {
  let h = 7;
  for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) % 1009;
  return h;
}

/**
 * The FICTITIOUS threshold of a numeric indicator for a region column and year
 * (BENCHMARK-ONLY; not law). Deterministic, so the engine's overlay, the
 * hand-coded floor and the json-rules-engine encoding all use the same numbers.
 */
export function fictitiousThreshold(code: string, kind: Indicator['kind'], region: Region, year: number): number {
  const r = REGIONS.indexOf(region);
  const s = codeSeed(code);
  switch (kind) {
    case 'min-percent': return 60 + (s % 31) + r * 0.5; // 60 … 93.5
    case 'max-percent': return 3 + (s % 9) + r * 0.5; // 3 … 14
    case 'min-value': return code === '10' ? 40 + (year - 2022) * 4 + r * 3 : 2 + r * 0.5; // "million VND" / "m²"
    case 'min-count': return 1 + (s % 3);
    default: throw new Error(`no fictitious threshold for kind ${kind}`);
  }
}

/** Fictitious sub-thresholds of the compound water indicator 17.1 (BENCHMARK-ONLY). */
export function fictitiousWater(region: Region): { clean: number; centralised: number } {
  const r = REGIONS.indexOf(region);
  return { clean: 80 + r, centralised: r % 2 === 0 ? 15 : 20 };
}

const NUMERIC = new Set<Indicator['kind']>(['min-percent', 'max-percent', 'min-value', 'max-value', 'min-count']);

/** Every indicator of a set, in order. */
export function indicatorsOf(set: CriteriaSet): readonly Indicator[] {
  return set.criteria.flatMap((c) => c.indicators);
}

/**
 * The definition of a threshold overlay that gives every numeric indicator of the
 * commune set (and the water indicator 17.1) a FICTITIOUS value per region column
 * (and per year for income). Pass it through `defineThresholdOverlay`.
 */
export function fictitiousOverlayDefinition(set: CriteriaSet): ThresholdOverlay {
  const thresholds: Record<string, OverlayThreshold[]> = {};
  for (const ind of indicatorsOf(set)) {
    if (NUMERIC.has(ind.kind)) {
      const values: OverlayThreshold[] = [];
      for (const region of REGIONS) {
        const years = ind.code === '10' ? YEARS : [undefined];
        for (const year of years) {
          const n = fictitiousThreshold(ind.code, ind.kind, region, year ?? 2022);
          const rule = ind.kind === 'max-percent' || ind.kind === 'max-value' ? { kind: ind.kind, max: n } : { kind: ind.kind, min: n };
          values.push({ columns: [region], ...(year !== undefined ? { years: [year] } : {}), rule } as OverlayThreshold);
        }
      }
      thresholds[ind.code] = values;
    } else if (ind.code === '17.1') {
      thresholds[ind.code] = REGIONS.map((region) => {
        const w = fictitiousWater(region);
        return {
          columns: [region],
          rule: {
            kind: 'compound',
            rule: {
              all: [
                { compare: [{ field: 'cleanWaterPercent' }, '>=', { const: w.clean }] },
                { compare: [{ field: 'centralisedPercent' }, '>=', { const: w.centralised }] },
              ],
            },
          },
        } as OverlayThreshold;
      });
    }
  }
  return {
    id: FICTITIOUS_OVERLAY_ID,
    title: 'BENCHMARK ONLY: fictitious thresholds, not law',
    setKind: 'commune',
    citation: { instrument: 'BENCHMARK-ONLY', note: 'Invented values so that every indicator is comparable in benchmarks and tests. Not law.' },
    provenance: 'secondary',
    thresholds,
  };
}

const SYLLABLES = ['Sơn', 'Bình', 'Hòa', 'Thủy', 'Tân', 'Phú', 'An', 'Đông', 'Hưng', 'Nghĩa', 'Tường', 'Quỳnh', 'Lạc', 'Mường', 'Khánh', 'Yên'];

/** A Vietnamese-looking commune name; `nfd` returns it decomposed, as some keyboards and exports produce. */
export function communeName(r: () => number, nfd = false): string {
  const name = `${pickOf(r, SYLLABLES)} ${pickOf(r, SYLLABLES)}`;
  return nfd ? name.normalize('NFD') : name;
}

/** Options of {@link generateCommune}. */
export interface CommuneOptions {
  readonly region?: Region;
  readonly year?: number;
  readonly province?: string;
}

/**
 * One commune with every indicator of the commune set filled: values scatter
 * around the fictitious thresholds, shifted by a per-commune "progress" so that
 * some communes meet all 19 criteria and others few. About 8% are especially
 * difficult and 3% safe-zone communes (TDMNPB column).
 */
/** A generated commune of the 2021-2025 set: region and indicators always present. */
export interface GeneratedCommune {
  readonly name: string;
  readonly province?: string;
  readonly region: Region;
  readonly year: number;
  readonly especiallyDifficult?: boolean;
  readonly safeZone?: boolean;
  readonly indicators: { readonly [code: string]: IndicatorValue };
}

export function generateCommune(r: () => number, set: CriteriaSet, options: CommuneOptions = {}): GeneratedCommune {
  const region = options.region ?? pickOf(r, REGIONS);
  const year = options.year ?? pickOf(r, YEARS);
  const special = r();
  const progress = r() * 2 - 0.6; // -0.6 … 1.4: most communes close to meeting the standard
  const col: Region = special < 0.11 ? 'TDMNPB' : region;
  const indicators: Record<string, IndicatorValue> = {};
  const ok = (p: number) => r() < clamp(p + progress * 0.2, 0, 1);
  for (const ind of indicatorsOf(set)) {
    const noise = (r() - 0.5) * 12 + progress * 6;
    switch (ind.kind) {
      case 'boolean':
        indicators[ind.code] = ind.ifAny && r() < 0.3 ? 'not-applicable' : ok(0.85);
        break;
      case 'none-allowed':
        indicators[ind.code] = ok(0.85) ? 0 : 1 + Math.floor(r() * 12);
        break;
      case 'min-percent':
      case 'max-percent': {
        const t = fictitiousThreshold(ind.code, ind.kind, col, year);
        indicators[ind.code] = round1(clamp(ind.kind === 'min-percent' ? t + noise : t - noise / 2, 0, 100));
        break;
      }
      case 'min-value':
      case 'max-value': {
        const t = fictitiousThreshold(ind.code, ind.kind, col, year);
        indicators[ind.code] = Math.max(0, round1(t * (1 + noise / 60)));
        break;
      }
      case 'min-count':
        indicators[ind.code] = Math.floor(r() * 4);
        break;
      case 'compound':
        indicators[ind.code] = compoundValue(ind.code, r, col, progress);
        break;
    }
  }
  return {
    name: communeName(r, r() < 0.05),
    ...(options.province !== undefined ? { province: options.province } : {}),
    region,
    year,
    ...(special < 0.08 ? { especiallyDifficult: true } : special < 0.11 ? { safeZone: true } : {}),
    indicators,
  };
}

function compoundValue(code: string, r: () => number, col: Region, progress: number): { [field: string]: number | boolean } {
  if (code === '5') {
    const schools = 1 + Math.floor(r() * 6);
    const atMinimumStandard = r() < 0.8 + progress * 0.1 ? schools : Math.floor(r() * schools);
    return { schools, atMinimumStandard, atLevel1: Math.min(schools, Math.floor(r() * (schools + 2))) };
  }
  if (code === '14.1') {
    return {
      grade1EntryPercent: round1(clamp(98 + (r() - 0.3) * 4, 0, 100)),
      preschool5Universal: r() < 0.92,
      primaryLevel: 1 + Math.floor(r() * 3),
      lowerSecondaryLevel: 1 + Math.floor(r() * 3),
      literacyLevel: r() < 0.85 ? 2 : 1,
    };
  }
  if (code === '17.1') {
    const w = fictitiousWater(col);
    return { cleanWaterPercent: round1(clamp(w.clean + (r() - 0.4) * 15, 0, 100)), centralisedPercent: round1(clamp(w.centralised + (r() - 0.4) * 20, 0, 100)) };
  }
  throw new Error(`no generator for compound indicator ${code}`);
}

/** `n` communes (mixed regions, years 2022-2025, some special communes), deterministic for a seed. */
export function generateCommunes(n: number, set: CriteriaSet, seed = 1): GeneratedCommune[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => generateCommune(r, set));
}

/** A province of `n` communes (default 94), one region and year, as a provincial report would hold. */
export function generateProvince(set: CriteriaSet, seed = 2, n = 94): { province: string; region: Region; year: number; communes: GeneratedCommune[] } {
  const r = rng(seed);
  const province = 'Lai Châu';
  const region: Region = 'TDMNPB';
  const year = 2024;
  return { province, region, year, communes: Array.from({ length: n }, () => generateCommune(r, set, { region, year, province })) };
}

/**
 * `n` funding lines on the leaf sources of the funding tree (so the total is the plain
 * sum of the lines: no stated subtotal stands in for its parts), with
 * amounts in integer đồng up to 10^12 (`unit: 'vnd'`), or, with `millionVnd`, in
 * million VND with three decimals as plans print them (whole thousand đồng).
 */
export function generateFundingLines(n: number, tree: { readonly [id: string]: { readonly children: readonly string[] } }, seed = 3, millionVnd = false): FundingLine[] {
  const r = rng(seed);
  const leaves = Object.keys(tree).filter((id) => tree[id]!.children.length === 0);
  return Array.from({ length: n }, (_, k) => {
    const source = leaves[k % leaves.length]! as FundingLine['source'];
    return millionVnd
      ? { source, amount: (Math.floor(r() * 1e9) / 1e3).toFixed(3) }
      : { source, amount: String(Math.floor(r() * 1e12)), unit: 'vnd' as const };
  });
}
