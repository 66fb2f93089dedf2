// Duplicate keys in JSON files. JSON.parse keeps the last of two equal keys without a word
// ({"amount": "100", "amount": "300"} reads as 300), so a file whose author typed a figure twice
// would be read as one of them, silently. The CLI reads every JSON file through `findDuplicateKeys`
// and refuses the file, naming each duplicate's path and line.
//
// The scan runs only on text JSON.parse has accepted, so it need not validate anything: it walks
// strings, brackets, colons and commas, keeps the keys seen in each open object and the path to
// where it is. Keys are compared after decoding ("a" and "\u0061" are the same key).

/** A key given twice in one object: its path (the object's path and the key) and the 1-based line of the second one. */
export interface DuplicateKey {
  readonly path: readonly (string | number)[];
  readonly line: number;
}

interface Frame {
  readonly keys: Set<string> | undefined; // undefined for arrays
  key: string | number;
}

/** Lists the duplicate keys of valid JSON text (at most `max`), in the order they appear. */
export function findDuplicateKeys(text: string, max = 100): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length && out.length < max; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      // A string: find its closing quote, skipping escaped characters. Raw line breaks cannot occur inside.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        let backslashes = 0;
        for (let k = q - 1; k > i && text.charCodeAt(k) === 92; k--) backslashes++;
        if (backslashes % 2 === 0) {
          j = q;
          break;
        }
        j = q + 1;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys !== undefined) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) out.push({ path: [...stack.slice(0, -1).map((f) => f.key), key], line });
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 123) {
      stack.push({ keys: new Set(), key: '' });
      expectKey = true;
    } else if (c === 91) {
      stack.push({ keys: undefined, key: 0 });
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      const top = stack[stack.length - 1];
      if (top?.keys !== undefined) expectKey = true;
      else if (top !== undefined) top.key = (top.key as number) + 1;
    }
  }
  return out;
}
