import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../src/cli/json.js';

describe('findDuplicateKeys', () => {
  it('finds a key given twice, with its path and line, at any depth', () => {
    const text = '{\n  "funding": {\n    "lines": [\n      { "source": "credit", "amount": "100", "amount": "300" }\n    ]\n  }\n}';
    expect(findDuplicateKeys(text)).toEqual([{ path: ['funding', 'lines', 0, 'amount'], line: 4 }]);
    expect(findDuplicateKeys('[{"a":1},{"b":{"c":[1,{"d":1,"d":2}]}}]')).toEqual([{ path: [1, 'b', 'c', 1, 'd'], line: 1 }]);
  });

  it('compares keys after decoding, and is not fooled by brackets, quotes or escapes inside strings', () => {
    expect(findDuplicateKeys('{"a": 1, "\\u0061": 2}')).toEqual([{ path: ['a'], line: 1 }]);
    expect(findDuplicateKeys('{"x\\"}": "{\\"x\\": 1,", "y": "\\\\", "z": ["a", "b"], "w": {}}')).toEqual([]);
    expect(findDuplicateKeys('{"a": {"b": 1}, "b": 2, "c": [{"b": 1}, {"b": 2}]}')).toEqual([]);
    expect(findDuplicateKeys('{"__proto__": 1, "__proto__": 2}')).toEqual([{ path: ['__proto__'], line: 1 }]);
  });

  it('stops at the number asked for', () => {
    const text = `{${Array.from({ length: 500 }, () => '"k": 1').join(',')}}`;
    expect(findDuplicateKeys(text)).toHaveLength(100);
    expect(findDuplicateKeys(text, 3)).toHaveLength(3);
  });
});
