// The fast path of filing values (ordered-values.ts) against the general loop it stands for:
// its tests accept exactly what checkScalar accepts, and an input evaluated on the fast path
// gives the result (or the error) the general loop gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScalar } from '../../src/engine/kinds/values.js';
import { ACCEPTED_AS_IS, OrderedFilers } from '../../src/engine/ordered-values.js';
import { evaluateCommune, getCriteriaSet, type EvaluationInput } from '../../src/index.js';
import { thrown } from '../_support/thrown.js';

const SPECIAL = [0, -0, 100, 100.0001, -1e-9, 1e308, Infinity, -Infinity, NaN, 2 ** 53, 0.5, '5', true, false, null, undefined, 'not-applicable', {}, []];
const anyValue = fc.oneof(fc.constantFrom(...SPECIAL), fc.double(), fc.integer(), fc.anything());

describe('ACCEPTED_AS_IS', () => {
  for (const type of ['boolean', 'count', 'percent', 'amount'] as const) {
    it(`${type}: the test passes exactly the values checkScalar accepts`, () => {
      const test = new Function('v', 'isInteger', `return ${ACCEPTED_AS_IS[type]};`) as (v: unknown, isInteger: (n: unknown) => boolean) => boolean;
      fc.assert(fc.property(anyValue, (v) => {
        expect(test(v, Number.isInteger)).toBe(checkScalar(type, v) === undefined);
      }), { numRuns: 2000 });
    });
  }
});

describe('OrderedFilers', () => {
  const entries = new Map([['a', { code: 'a', slot: 1, input: 'boolean' as const }], ['b', { code: 'b', slot: 0, input: 'percent' as const }]]);
  const general: [string, unknown][] = [];
  const filers = () => new OrderedFilers((code) => entries.get(code), (e, v) => general.push([e.code, v]));

  it('compiles an order once it comes twice in a row, and files usual values by slot, the rest through the general check', () => {
    const f = filers();
    expect(f.for(['a', 'b'])).toBeUndefined();
    expect(f.for(['b', 'a'])).toBeUndefined();
    const filer = f.for(['b', 'a']);
    expect(filer).toBeTypeOf('function');
    const slots: unknown[] = [undefined, undefined];
    filer!({ b: 50, a: 'yes' }, slots, undefined);
    expect(slots).toEqual([50, undefined]);
    expect(general).toEqual([['a', 'yes']]);
    expect(f.for(['b', 'a'])).toBe(filer);
  });

  it('never compiles an order with an unknown code', () => {
    const f = filers();
    f.for(['a', 'zz']);
    expect(f.for(['a', 'zz'])).toBeUndefined();
  });
});

describe('evaluation on the fast path and on the general loop', () => {
  const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
  const codes = set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
  // An input in an order no generated input takes (two codes, reversed): evaluated twice, it
  // becomes the compiled order, so the next input's first evaluation takes the general loop.
  const decoy: EvaluationInput = { region: 'DBSH', year: 2024, indicators: { '19.2': true, '19.1': true } };
  const outcome = (input: EvaluationInput) => {
    try {
      return evaluateCommune(input);
    } catch (e) {
      return thrown(() => { throw e; });
    }
  };
  const input = fc.record({
    region: fc.constantFrom('DBSH', 'TDMNPB', 'DBSCL'),
    year: fc.constant(2024),
    indicators: fc.uniqueArray(fc.constantFrom(...codes, 'x.1'), { minLength: 1, maxLength: codes.length }).chain((keys) =>
      fc.tuple(...keys.map(() => fc.oneof({ weight: 4, arbitrary: fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })) }, { weight: 1, arbitrary: anyValue }))).map((values) =>
        Object.fromEntries(keys.map((k, n) => [k, values[n]])))),
  });

  it('gives the same result or the same error, for any values in any order', () => {
    fc.assert(fc.property(input, (x) => {
      evaluateCommune(decoy);
      evaluateCommune(decoy);
      const first = outcome(x as EvaluationInput); // the general loop (a new order)
      const second = outcome(x as EvaluationInput); // the fast path (the same order again)
      expect(second).toEqual(first);
    }), { numRuns: 300 });
  });

  it('a getter that throws on the fast path is reported at its code, with no issue counted twice', () => {
    const plain = { '2.1': 'bad', '2.2': 90 };
    evaluateCommune(decoy);
    evaluateCommune(decoy);
    thrown(() => evaluateCommune({ region: 'DBSH', year: 2024, indicators: plain } as never));
    thrown(() => evaluateCommune({ region: 'DBSH', year: 2024, indicators: plain } as never));
    const getter = Object.defineProperties({}, {
      '2.1': { enumerable: true, get: () => 'bad' },
      '2.2': { enumerable: true, get: () => { throw new RangeError('boom'); } },
    });
    const e = thrown(() => evaluateCommune({ region: 'DBSH', year: 2024, indicators: getter } as never));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[['indicators', '2.1'], 'expected-percent'], [['indicators', '2.2'], 'unreadable']]);
  });
});
