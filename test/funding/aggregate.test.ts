import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateFunding, FUNDING_SOURCE_IDS, FUNDING_SOURCES, reconcileFunding, TOP_LEVEL_SOURCES } from '../../src/index.js';
import type { FundingLine, FundingSourceId } from '../../src/index.js';
import { paths, thrown } from './helpers.js';

/** A decimal string from an integer and a number of decimal places (exact). */
function dec(n: bigint, places: number): string {
  const neg = n < 0n;
  const s = (neg ? -n : n).toString().padStart(places + 1, '0');
  const body = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
  return (neg ? '-' : '') + body;
}

// The global Decimal keeps 20 digits; the oracle needs more.
const Decimal = DecimalJs.clone({ precision: 200 });

const amountArb = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 22n }), fc.integer({ min: 0, max: 6 })).map(([n, p]) => dec(n, p));
const sourceArb = fc.constantFrom(...FUNDING_SOURCE_IDS);
const lineArb = fc.record({ source: sourceArb, amount: amountArb }) as fc.Arbitrary<FundingLine>;
const linesArb = fc.array(lineArb, { maxLength: 40 });
const isLeaf = (id: FundingSourceId): boolean => FUNDING_SOURCES[id].children.length === 0;

describe('aggregateFunding: the parent/child rule', () => {
  it('a node without own lines is the sum of its children', () => {
    const r = aggregateFunding([
      { source: 'community.cash', amount: '1.25' },
      { source: 'community.in-kind', amount: '2' },
      { source: 'community.labour', amount: 3 },
    ]);
    expect(r.bySource.community).toEqual({ amount: '6.25', share: '1.0000' });
    expect(r.total).toBe('6.25');
  });

  it("a node's own lines are its stated subtotal; children are not added on top", () => {
    const r = aggregateFunding([
      { source: 'central', amount: '100' },
      { source: 'central.investment.domestic', amount: '60' },
      { source: 'central.recurrent', amount: '30' },
    ]);
    expect(r.bySource.central).toEqual({ amount: '100', share: '1.0000', unallocated: '10' });
    // central.investment has no own line: it is the sum of its child.
    expect(r.bySource['central.investment']).toEqual({ amount: '60', share: '0.6000' });
    expect(r.total).toBe('100');
  });

  it('children exceeding the stated parent leave a negative unallocated part', () => {
    const r = aggregateFunding([
      { source: 'integrated', amount: '10' },
      { source: 'integrated.other', amount: '12' },
    ]);
    expect(r.bySource.integrated?.unallocated).toBe('-2');
    expect(r.total).toBe('10');
  });

  it('several own lines on a parent add up to its subtotal', () => {
    const r = aggregateFunding([
      { source: 'local', amount: '4' },
      { source: 'local', amount: '6' },
      { source: 'local.province', amount: '10' },
    ]);
    expect(r.bySource.local).toEqual({ amount: '10', share: '1.0000', unallocated: '0' });
  });

  it('lists only nodes with lines at or under them; zero lines count', () => {
    const r = aggregateFunding([{ source: 'other', amount: '0' }]);
    expect(Object.keys(r.bySource)).toEqual(['other']);
    expect(r.bySource.other).toEqual({ amount: '0', share: null });
    expect(aggregateFunding([])).toEqual({ unit: 'million-vnd', taxonomy: '2021-2025', total: '0', lineCount: 0, bySource: {} });
  });
});

describe('aggregateFunding: exactness and units', () => {
  it('keeps amounts of 20+ significant digits exact', () => {
    const r = aggregateFunding([
      { source: 'credit', amount: '12345678901234567890123.45' },
      { source: 'credit', amount: '0.55' },
      { source: 'other', amount: '98765432109876543210.000000001' },
    ]);
    expect(r.bySource.credit?.amount).toBe('12345678901234567890124');
    expect(r.total).toBe('12444444333344444433334.000000001');
  });

  it('stays exact at the bounds of accepted amounts (200 characters, exponent ±200)', () => {
    const huge = `${'9'.repeat(190)}e200`; // 390 integer digits
    const tiny = `0.${'0'.repeat(180)}1e-200`; // a 1 at the 381st decimal place
    const r = aggregateFunding([
      { source: 'credit', amount: huge },
      { source: 'credit', amount: huge },
      { source: 'other', amount: tiny },
    ]);
    const twice = (2n * (10n ** 190n - 1n)).toString() + '0'.repeat(200);
    expect(r.bySource.credit?.amount).toBe(twice);
    expect(r.total).toBe(`${twice}.${'0'.repeat(380)}1`);
  });

  it('sums many 15-digit amounts past 2^53 exactly', () => {
    const lines = Array.from({ length: 1000 }, () => ({ source: 'credit' as const, amount: '999999999999999' }));
    expect(aggregateFunding(lines).total).toBe('999999999999999000');
    const numbers = Array.from({ length: 1000 }, () => ({ source: 'credit' as const, amount: 999_999_999_999_999 }));
    expect(aggregateFunding(numbers).total).toBe('999999999999999000');
  });

  it('reads numbers through their shortest string form (0.1 + 0.2 is 0.3)', () => {
    const r = aggregateFunding([
      { source: 'other', amount: 0.1 },
      { source: 'other', amount: 0.2 },
      { source: 'credit', amount: 1e21 },
      { source: 'credit', amount: 1e-7 },
    ]);
    expect(r.bySource.other?.amount).toBe('0.3');
    expect(r.bySource.credit?.amount).toBe('1000000000000000000000.0000001');
  });

  it('accepts exponent notation in strings', () => {
    expect(aggregateFunding([{ source: 'other', amount: '1.5e3' }, { source: 'other', amount: '25E-1' }]).total).toBe('1502.5');
  });

  it('converts every line to options.unit exactly', () => {
    const r = aggregateFunding(
      [
        { source: 'central.recurrent', amount: '1.5', unit: 'billion-vnd' },
        { source: 'central.recurrent', amount: '250', unit: 'thousand-vnd' },
        { source: 'local.commune', amount: '7', unit: 'vnd' },
        { source: 'local.commune', amount: '2' }, // million-vnd by default
      ],
      { unit: 'million-vnd' },
    );
    expect(r.bySource['central.recurrent']?.amount).toBe('1500.25');
    expect(r.bySource['local.commune']?.amount).toBe('2.000007');
    expect(r.total).toBe('1502.250007');
  });

  it('keeps the lines’ unit when they agree and no unit is asked for', () => {
    expect(aggregateFunding([{ source: 'other', amount: '5', unit: 'vnd' }]).unit).toBe('vnd');
  });

  it('rounds shares half-up to shareDecimals', () => {
    const r = aggregateFunding(
      [
        { source: 'other', amount: '1' },
        { source: 'credit', amount: '7' },
      ],
      { shareDecimals: 2 },
    );
    // 1/8 = 0.125 → 0.13 (half-up), 7/8 = 0.875 → 0.88
    expect(r.bySource.other?.share).toBe('0.13');
    expect(r.bySource.credit?.share).toBe('0.88');
  });

  it('allows negative adjustments when asked, and -0 always', () => {
    expect(aggregateFunding([{ source: 'other', amount: '-0' }]).total).toBe('0');
    const r = aggregateFunding(
      [
        { source: 'other', amount: '10' },
        { source: 'other', amount: '-12.5' },
        { source: 'credit', amount: -1 },
      ],
      { allowNegative: true },
    );
    expect(r.total).toBe('-3.5');
    expect(r.bySource.other?.share).toBe('0.7143');
  });

  it('does not mutate its input', () => {
    const lines = Object.freeze([Object.freeze({ source: 'other' as const, amount: '1' })]);
    expect(aggregateFunding(lines).total).toBe('1');
  });
});

describe('aggregateFunding: bad input, each with its path', () => {
  const cases: readonly (readonly [string, unknown, string])[] = [
    ['non-numeric', 'abc', 'lines[0].amount'],
    ['Vietnamese grouping', '4.916.475', 'lines[0].amount'],
    ['decimal comma', '24473,5', 'lines[0].amount'],
    ['empty string', '', 'lines[0].amount'],
    ['padded', ' 12', 'lines[0].amount'],
    ['plus sign', '+12', 'lines[0].amount'],
    ['hex', '0x10', 'lines[0].amount'],
    ['NaN string', 'NaN', 'lines[0].amount'],
    ['NaN', NaN, 'lines[0].amount'],
    ['Infinity', Infinity, 'lines[0].amount'],
    ['-Infinity', -Infinity, 'lines[0].amount'],
    ['negative string', '-5', 'lines[0].amount'],
    ['negative number', -0.5, 'lines[0].amount'],
    ['negative big', '-100000000000000000000', 'lines[0].amount'],
    ['object', {}, 'lines[0].amount'],
    ['boolean', true, 'lines[0].amount'],
    ['bigint', 5n, 'lines[0].amount'],
    ['missing', undefined, 'lines[0].amount'],
    ['huge exponent', '1e999', 'lines[0].amount'],
    ['too long', '1'.repeat(201), 'lines[0].amount'],
  ];
  for (const [name, amount, path] of cases) {
    it(`${name} amount`, () => {
      expect(paths(thrown(() => aggregateFunding([{ source: 'other', amount } as never])))).toEqual([path]);
    });
  }

  it('unknown source, including prototype keys', () => {
    const e = thrown(() =>
      aggregateFunding([
        { source: 'other', amount: '1' },
        { source: 'centre', amount: '1' },
        { source: '__proto__', amount: '1' },
        { source: 'constructor', amount: '1' },
        { amount: '1' },
      ] as never),
    );
    expect(paths(e)).toEqual(['lines[1].source', 'lines[2].source', 'lines[3].source', 'lines[4].source']);
  });

  it('unknown fields are errors naming the field (a misspelt unit would leave the line 1,000 times off)', () => {
    const e = thrown(() =>
      aggregateFunding([
        { source: 'other', amount: '1', unit: 'billion-vnd' },
        { source: 'other', amount: '1', unti: 'billion-vnd' },
        { source: 'other', amount: '1', label: 'x', year: 2024, note: 'y' },
        { source: 'other', amount: '1', unit: undefined, label: undefined },
      ] as never, { unit: 'million-vnd' }),
    );
    expect(paths(e)).toEqual(['lines[1].unti', 'lines[2].note']);
  });

  it('unknown option keys and unknown reconciliation fields are errors with their path', () => {
    expect(paths(thrown(() => aggregateFunding([{ source: 'other', amount: '1' }], { unti: 'vnd' } as never)))).toEqual(['options.unti']);
    expect(paths(thrown(() => reconcileFunding({ lines: [], declared: {}, total: '5' } as never)))).toEqual(['total']);
  });

  it('mixed units without a target unit name the line (the unit field)', () => {
    const lines = [
      { source: 'other', amount: '1' },
      { source: 'other', amount: '1', unit: 'million-vnd' },
      { source: 'other', amount: '1' },
      { source: 'other', amount: '1', unit: 'billion-vnd' },
    ] as const;
    const e = thrown(() => aggregateFunding(lines));
    expect(paths(e)).toEqual(['lines[3].unit']);
    expect(e.message).toContain('options.unit');
    expect(aggregateFunding(lines, { unit: 'billion-vnd' }).total).toBe('1.003');
  });

  it('bad lines, units, labels and years', () => {
    const e = thrown(() =>
      aggregateFunding([null, [], 'x', { source: 'other', amount: '1', unit: 'usd' }, { source: 'other', amount: '1', label: 5 }, { source: 'other', amount: '1', year: 2024.5 }] as never),
    );
    expect(paths(e)).toEqual(['lines[0]', 'lines[1]', 'lines[2]', 'lines[3].unit', 'lines[4].label', 'lines[5].year']);
  });

  it('collects every bad line (up to 100)', () => {
    const lines = Array.from({ length: 150 }, () => ({ source: 'other', amount: 'x' }));
    const e = thrown(() => aggregateFunding(lines as never));
    expect(e.issues).toHaveLength(100);
    expect(e.message).toContain('… and 90 more');
  });

  it('lines and options of the wrong shape', () => {
    expect(paths(thrown(() => aggregateFunding({} as never)))).toEqual(['lines']);
    expect(paths(thrown(() => aggregateFunding([], 'x' as never)))).toEqual(['options']);
    expect(paths(thrown(() => aggregateFunding([], { unit: 'tỷ đồng' as never })))).toEqual(['options.unit']);
    expect(paths(thrown(() => aggregateFunding([], { allowNegative: 1 as never })))).toEqual(['options.allowNegative']);
    expect(paths(thrown(() => aggregateFunding([], { shareDecimals: 21 })))).toEqual(['options.shareDecimals']);
  });
});

describe('aggregateFunding: properties', () => {
  it('is independent of line order', () => {
    fc.assert(
      fc.property(
        linesArb.chain((lines) => fc.tuple(fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }))),
        ([lines, shuffled]) => {
          expect(aggregateFunding(shuffled)).toEqual(aggregateFunding(lines));
        },
      ),
    );
  });

  it('splitting a line into two parts keeps every total', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        (lines, at, cut) => {
          const i = at % lines.length;
          const line = lines[i]!;
          const whole = new Decimal(line.amount);
          const first = Decimal.min(whole, new Decimal(dec(cut, 3)));
          const parts: FundingLine[] = [
            { source: line.source, amount: first.toFixed() },
            { source: line.source, amount: whole.minus(first).toFixed() },
          ];
          const split = [...lines.slice(0, i), ...parts, ...lines.slice(i + 1)];
          const a = aggregateFunding(lines);
          const b = aggregateFunding(split);
          expect(b.total).toBe(a.total);
          expect(b.bySource).toEqual(a.bySource);
        },
      ),
    );
  });

  it('the total equals the sum of the top-level nodes', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const r = aggregateFunding(lines);
        const sum = TOP_LEVEL_SOURCES.reduce((acc, id) => acc.plus(r.bySource[id]?.amount ?? '0'), new Decimal(0));
        expect(new Decimal(r.total).eq(sum)).toBe(true);
      }),
    );
  });

  it('on leaf lines, equals a plain BigInt sum in đồng', () => {
    const leafLine = fc.record({
      source: fc.constantFrom(...FUNDING_SOURCE_IDS.filter(isLeaf)),
      amount: fc.bigInt({ min: 0n, max: 10n ** 24n }).map(String),
      unit: fc.constantFrom('vnd', 'thousand-vnd', 'million-vnd', 'billion-vnd' as const),
    }) as fc.Arbitrary<FundingLine>;
    fc.assert(
      fc.property(fc.array(leafLine, { maxLength: 40 }), (lines) => {
        const scale = { vnd: 1n, 'thousand-vnd': 10n ** 3n, 'million-vnd': 10n ** 6n, 'billion-vnd': 10n ** 9n } as const;
        const floor = lines.reduce((acc, l) => acc + BigInt(l.amount) * scale[l.unit!], 0n);
        expect(aggregateFunding(lines, { unit: 'vnd' }).total).toBe(floor.toString());
      }),
    );
  });

  it('on leaf lines with decimals of up to 15 digits (the double fast path), equals an exact decimal sum', () => {
    const small = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 15 }))
      .map(([n, p]) => dec(n, p));
    const leafLine = fc.record({ source: fc.constantFrom(...FUNDING_SOURCE_IDS.filter(isLeaf)), amount: small }) as fc.Arbitrary<FundingLine>;
    fc.assert(
      fc.property(fc.array(leafLine, { maxLength: 40 }), (lines) => {
        const exact = lines.reduce((acc, l) => acc.plus(l.amount), new Decimal(0));
        expect(new Decimal(aggregateFunding(lines, { allowNegative: true }).total).eq(exact)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a parent with children and no own lines is the sum of its children', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const r = aggregateFunding(lines);
        for (const id of FUNDING_SOURCE_IDS) {
          const node = r.bySource[id];
          const kids = FUNDING_SOURCES[id].children;
          if (node === undefined || kids.length === 0 || lines.some((l) => l.source === id)) continue;
          const sum = kids.reduce((acc, k) => acc.plus(r.bySource[k]?.amount ?? '0'), new Decimal(0));
          expect(new Decimal(node.amount).eq(sum)).toBe(true);
        }
      }),
    );
  });
});

describe('aggregateFunding: taxonomy versions and components (2026-2035)', () => {
  it('chooses the version from the lines\' years, or the option; 2021-2025 without either', () => {
    expect(aggregateFunding([{ source: 'central', amount: '1' }]).taxonomy).toBe('2021-2025');
    expect(aggregateFunding([{ source: 'central', amount: '1', year: 2026 }]).taxonomy).toBe('2026-2035');
    expect(aggregateFunding([{ source: 'central', amount: '1' }, { source: 'local', amount: '1', year: 2027 }]).taxonomy).toBe('2026-2035');
    expect(aggregateFunding([{ source: 'central', amount: '1' }], { taxonomy: '2026-2035' }).taxonomy).toBe('2026-2035');
  });

  it('refuses, line by line, what the version does not have, and lines of two versions', () => {
    const e = thrown(() => aggregateFunding([
      { source: 'integrated.ethnic-minority', amount: '5', year: 2026 },
      { source: 'local.district', amount: '1', year: 2026 },
      { source: 'integrated.ethnic-minority', amount: '2', year: 2026 },
    ]));
    expect(paths(e)).toEqual(['lines[0].source', 'lines[1].source', 'lines[2].source']);
    expect(e.issues.map((i) => i.code)).toEqual(['not-in-taxonomy', 'not-in-taxonomy', 'not-in-taxonomy']);
    expect(e.issues[0]!.text.vi).toContain('Nghị quyết 257/2025/QH15');
    expect(e.issues[1]!.text.en).toContain('no district level since 01/07/2025');
    const mixed = thrown(() => aggregateFunding([{ source: 'central', amount: '1', year: 2025 }, { source: 'central', amount: '1', year: 2026 }]));
    expect(mixed.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['lines.1.year', 'mixed-taxonomies']]);
    const against = thrown(() => aggregateFunding([{ source: 'central', amount: '1', year: 2024 }], { taxonomy: '2026-2035' }));
    expect(against.issues.map((i) => i.code)).toEqual(['taxonomy-mismatch']);
    expect(thrown(() => aggregateFunding([{ source: 'central', amount: '1', year: 2036 }])).issues[0]!.code).toBe('no-taxonomy');
    expect(thrown(() => aggregateFunding([], { taxonomy: '2030' as never })).issues[0]!.path).toEqual(['options', 'taxonomy']);
    // Components exist in the 2026-2035 version only.
    const noComponents = thrown(() => aggregateFunding([{ source: 'central', amount: '1', component: 'new-rural-poverty' }]));
    expect(noComponents.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['lines.0.component', 'no-components']]);
    expect(thrown(() => aggregateFunding([{ source: 'central', amount: '1', year: 2026, component: 'housing' as never }])).issues[0]!.code).toBe('unknown-component');
  });

  it('adds up per component, the parent/child rule within each component, and without a component', () => {
    // Illustrative figures (billion VND), not a plan: component 1 states a central subtotal with its parts,
    // component 2 only parts, and two lines name no component.
    const r = aggregateFunding([
      { source: 'central', unit: 'billion-vnd', amount: '700', component: 'new-rural-poverty' },
      { source: 'central.investment', unit: 'billion-vnd', amount: '500', component: 'new-rural-poverty' },
      { source: 'central.recurrent', unit: 'billion-vnd', amount: '150', component: 'new-rural-poverty' },
      { source: 'central.investment', unit: 'billion-vnd', amount: '200', component: 'ethnic-minority-mountainous' },
      { source: 'central.recurrent', unit: 'billion-vnd', amount: '100', component: 'ethnic-minority-mountainous' },
      { source: 'local.province', unit: 'billion-vnd', amount: '300' },
      { source: 'credit.policy', unit: 'billion-vnd', amount: '23' },
    ], { taxonomy: '2026-2035', unit: 'billion-vnd' });
    expect(r.total).toBe('1323');
    // Component 1's central line (700) is its subtotal: its parts (650) are not added on top.
    expect(r.bySource.central).toEqual({ amount: '1000', share: '0.7559', unallocated: '50' });
    expect(r.bySource['central.investment']?.amount).toBe('700');
    expect(r.byComponent?.['new-rural-poverty']).toMatchObject({ amount: '700', bySource: { central: { amount: '700', unallocated: '50' } } });
    expect(r.byComponent?.['ethnic-minority-mountainous']).toMatchObject({ amount: '300', share: '0.2268', bySource: { central: { amount: '300' } } });
    expect(r.withoutComponent).toMatchObject({ amount: '323', bySource: { local: { amount: '300' }, credit: { amount: '23' } } });
    // Without components, nothing changes in the result's shape.
    expect(aggregateFunding([{ source: 'local', amount: '3', year: 2026 }])).not.toHaveProperty('byComponent');
  });
});
