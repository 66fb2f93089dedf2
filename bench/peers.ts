// The two peers the engine is measured against, encoding the same rules as the
// commune set plus the FICTITIOUS (BENCHMARK-ONLY) overlay of bench/generate.ts:
// - handCoded: plain comparisons written out per criterion (no validation, no
//   explanation): the floor any implementation pays;
// - jsonRulesEngine: json-rules-engine with one rule per criterion and region
//   column (19 x 7), the general-purpose engine a team would otherwise reach for.
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { CriteriaSet, Region } from '../src/index.js';
import type { GeneratedCommune } from '../test/_support/generate.js';
import { REGIONS } from '../src/columns/regions.js';
import { fictitiousThreshold, fictitiousWater, indicatorsOf, YEARS } from '../test/_support/generate.js';

/** Outcome codes of the floor: 0 not met, 1 unknown, 2 met (so a criterion is the minimum of its indicators). */
const NOT = 0;
const UNK = 1;
const MET = 2;

/** What the floor returns: per-criterion outcomes and the count. */
export interface FloorResult {
  readonly criteriaMet: number;
  readonly status: 'meets-standard' | 'not-met' | 'undetermined';
  readonly criteria: Uint8Array;
}

type Table = Readonly<Record<string, number>>;

/** The fictitious thresholds per region column and year, as a hand-written app would hold them. */
export function floorTables(set: CriteriaSet): ReadonlyMap<string, Table> {
  const tables = new Map<string, Table>();
  for (const region of REGIONS) {
    for (const year of YEARS) {
      const t: Record<string, number> = {};
      for (const ind of indicatorsOf(set)) {
        if (ind.kind === 'min-percent' || ind.kind === 'max-percent' || ind.kind === 'min-value') t[ind.code] = fictitiousThreshold(ind.code, ind.kind, region, year);
      }
      const w = fictitiousWater(region);
      t['17.1.clean'] = w.clean;
      t['17.1.centralised'] = w.centralised;
      tables.set(`${region}|${year}`, t);
    }
  }
  return tables;
}

const b = (x: unknown) => (x === true ? MET : x === false ? NOT : UNK);
const ba = (x: unknown) => (x === true || x === 'not-applicable' ? MET : x === false ? NOT : UNK);
const ge = (x: unknown, min: number) => (typeof x !== 'number' ? UNK : x >= min ? MET : NOT);
const le = (x: unknown, max: number) => (typeof x !== 'number' ? UNK : x <= max ? MET : NOT);
const zero = (x: unknown) => (typeof x !== 'number' ? UNK : x === 0 ? MET : NOT);
const min = Math.min;

type Values = Readonly<Record<string, unknown>>;

function schools(x: unknown, column: Region): number {
  if (typeof x !== 'object' || x === null) return UNK;
  const v = x as { schools: number; atMinimumStandard: number; atLevel1: number };
  if (column === 'DBSH' || column === 'DNB') return v.atLevel1 === v.schools ? MET : NOT;
  if (v.atMinimumStandard !== v.schools || v.schools === 0) return NOT;
  return (v.atLevel1 * 100) / v.schools >= (v.schools > 3 ? 70 : 50) ? MET : NOT;
}

function education(x: unknown): number {
  if (typeof x !== 'object' || x === null) return UNK;
  const v = x as { grade1EntryPercent: number; preschool5Universal: boolean; primaryLevel: number; lowerSecondaryLevel: number; literacyLevel: number };
  return v.grade1EntryPercent >= 98 && v.preschool5Universal === true && v.primaryLevel >= 2 && v.lowerSecondaryLevel >= 2 && v.literacyLevel >= 2 ? MET : NOT;
}

function water(x: unknown, t: Table): number {
  if (typeof x !== 'object' || x === null) return UNK;
  const v = x as { cleanWaterPercent: number; centralisedPercent: number };
  return v.cleanWaterPercent >= t['17.1.clean']! && v.centralisedPercent >= t['17.1.centralised']! ? MET : NOT;
}

/** The commune set's rules as plain comparisons, one line per criterion. */
export function handCoded(c: GeneratedCommune, tables: ReadonlyMap<string, Table>): FloorResult {
  const v = c.indicators as Values;
  const column: Region = c.especiallyDifficult === true || c.safeZone === true ? 'TDMNPB' : c.region;
  const t = tables.get(`${column}|${c.year}`)!;
  const o = new Uint8Array(19);
  o[0] = min(b(v['1.1']), b(v['1.2']));
  o[1] = min(ge(v['2.1'], t['2.1']!), ge(v['2.2'], t['2.2']!), ge(v['2.3'], t['2.3']!), ge(v['2.4'], t['2.4']!));
  o[2] = min(ge(v['3.1'], t['3.1']!), b(v['3.2']));
  o[3] = min(b(v['4.1']), ge(v['4.2'], t['4.2']!));
  o[4] = schools(v['5'], column);
  o[5] = min(b(v['6.1']), b(v['6.2']), ge(v['6.3'], t['6.3']!));
  o[6] = b(v['7']);
  o[7] = min(b(v['8.1']), b(v['8.2']), b(v['8.3']), b(v['8.4']));
  o[8] = min(zero(v['9.1']), ge(v['9.2'], t['9.2']!));
  o[9] = ge(v['10'], t['10']!);
  o[10] = le(v['11'], t['11']!);
  o[11] = min(ge(v['12.1'], t['12.1']!), ge(v['12.2'], t['12.2']!), ge(v['12.3'], t['12.3']!));
  o[12] = min(b(v['13.1']), b(v['13.2']), b(v['13.3']), ba(v['13.4']));
  o[13] = min(education(v['14.1']), ge(v['14.2'], t['14.2']!), ge(v['14.3'], t['14.3']!));
  o[14] = min(ge(v['15.1'], t['15.1']!), b(v['15.2']), le(v['15.3'], t['15.3']!), ge(v['15.4'], t['15.4']!), ge(v['15.5'], t['15.5']!));
  o[15] = ge(v['16'], t['16']!);
  o[16] = min(
    water(v['17.1'], t), ge(v['17.2'], t['17.2']!), b(v['17.3']), ge(v['17.4'], t['17.4']!), b(v['17.5']),
    ge(v['17.6'], t['17.6']!), ge(v['17.7'], t['17.7']!), ge(v['17.8'], t['17.8']!), ge(v['17.9'], t['17.9']!), ge(v['17.10'], t['17.10']!),
  );
  o[17] = min(b(v['18.1']), b(v['18.2']), b(v['18.3']), b(v['18.4']), b(v['18.5']), b(v['18.6']));
  o[18] = min(b(v['19.1']), b(v['19.2']));
  let met = 0;
  let notMet = 0;
  for (let k = 0; k < 19; k++) {
    if (o[k] === MET) met++;
    else if (o[k] === NOT) notMet++;
  }
  return { criteriaMet: met, status: notMet > 0 ? 'not-met' : met === 19 ? 'meets-standard' : 'undetermined', criteria: o };
}

// --- json-rules-engine ----------------------------------------------------------------

type Cond = NestedCondition;

/**
 * How compound values reach json-rules-engine: `flat`, as one fact per field ("5.schools"),
 * flattened before each run (the faster encoding, used for the goal); `path`, as the
 * indicator's object read with JSONPath (`{ fact: '5', path: '$.schools' }`), the way the
 * library's documentation handles nested facts.
 */
export type JreEncoding = 'flat' | 'path';

function indicatorConditions(set: CriteriaSet, criterionCode: string, region: Region, encoding: JreEncoding): Cond[] {
  const crit = set.criteria.find((c) => c.code === criterionCode)!;
  const conds: Cond[] = [];
  for (const ind of crit.indicators) {
    const f = ind.code;
    switch (ind.kind) {
      case 'boolean':
        conds.push(ind.ifAny
          ? { any: [{ fact: f, operator: 'equal', value: true }, { fact: f, operator: 'equal', value: 'not-applicable' }] }
          : { fact: f, operator: 'equal', value: true });
        break;
      case 'none-allowed':
        conds.push({ fact: f, operator: 'equal', value: 0 });
        break;
      case 'min-percent':
        conds.push({ fact: f, operator: 'greaterThanInclusive', value: fictitiousThreshold(f, ind.kind, region, 2022) });
        break;
      case 'max-percent':
        conds.push({ fact: f, operator: 'lessThanInclusive', value: fictitiousThreshold(f, ind.kind, region, 2022) });
        break;
      case 'min-value':
        conds.push(f === '10'
          ? { any: YEARS.map((y) => ({ all: [{ fact: 'year', operator: 'equal', value: y }, { fact: f, operator: 'greaterThanInclusive', value: fictitiousThreshold(f, ind.kind, region, y) }] })) }
          : { fact: f, operator: 'greaterThanInclusive', value: fictitiousThreshold(f, ind.kind, region, 2022) });
        break;
      case 'compound':
        conds.push(compoundCondition(f, region, encoding));
        break;
      default:
        throw new Error(`kind ${ind.kind} not encoded`);
    }
  }
  return conds;
}

function compoundCondition(code: string, region: Region, encoding: JreEncoding): Cond {
  const at = (field: string, operator: string, value: unknown): Cond =>
    encoding === 'flat' ? { fact: `${code}.${field}`, operator, value } : { fact: code, path: `$.${field}`, operator, value };
  const schools = encoding === 'flat' ? { fact: '5.schools' } : { fact: '5', path: '$.schools' };
  if (code === '5') {
    if (region === 'DBSH' || region === 'DNB') return at('atLevel1', 'equal', schools);
    return {
      all: [
        at('atMinimumStandard', 'equal', schools),
        {
          any: [
            { all: [at('schools', 'greaterThan', 3), { fact: 'level1Percent', operator: 'greaterThanInclusive', value: 70 }] },
            { all: [at('schools', 'lessThanInclusive', 3), { fact: 'level1Percent', operator: 'greaterThanInclusive', value: 50 }] },
          ],
        },
      ],
    };
  }
  if (code === '14.1') {
    return {
      all: [
        at('grade1EntryPercent', 'greaterThanInclusive', 98),
        at('preschool5Universal', 'equal', true),
        at('primaryLevel', 'greaterThanInclusive', 2),
        at('lowerSecondaryLevel', 'greaterThanInclusive', 2),
        at('literacyLevel', 'greaterThanInclusive', 2),
      ],
    };
  }
  const w = fictitiousWater(region);
  return { all: [at('cleanWaterPercent', 'greaterThanInclusive', w.clean), at('centralisedPercent', 'greaterThanInclusive', w.centralised)] };
}

/** A json-rules-engine with 19 criteria x 7 region columns = 133 rules; a met criterion fires an event. */
export function jsonRulesEngine(set: CriteriaSet, encoding: JreEncoding = 'flat'): Engine {
  const rules: RuleProperties[] = [];
  for (const region of REGIONS) {
    for (const crit of set.criteria) {
      const conditions: TopLevelCondition = { all: [{ fact: 'column', operator: 'equal', value: region }, ...indicatorConditions(set, crit.code, region, encoding)] };
      rules.push({ name: `${crit.code}@${region}`, conditions, event: { type: 'criterion-met', params: { code: crit.code } } });
    }
  }
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  engine.addFact('level1Percent', async (_p, almanac) => {
    const schools = (await (encoding === 'flat' ? almanac.factValue('5.schools') : almanac.factValue('5', {}, '$.schools'))) as number;
    const atLevel1 = (await (encoding === 'flat' ? almanac.factValue('5.atLevel1') : almanac.factValue('5', {}, '$.atLevel1'))) as number;
    return schools === 0 ? undefined : (atLevel1 * 100) / schools;
  });
  return engine;
}

/** Runs a commune through the engine; returns the number of criteria met. */
export async function runJsonRulesEngine(engine: Engine, c: GeneratedCommune, encoding: JreEncoding = 'flat'): Promise<number> {
  const column: Region = c.especiallyDifficult === true || c.safeZone === true ? 'TDMNPB' : c.region;
  const facts: Record<string, unknown> = { column, year: c.year };
  for (const [code, v] of Object.entries(c.indicators)) {
    if (encoding === 'flat' && typeof v === 'object' && v !== null) for (const [field, fv] of Object.entries(v)) facts[`${code}.${field}`] = fv;
    else facts[code] = v;
  }
  const { events } = await engine.run(facts);
  return events.length;
}
