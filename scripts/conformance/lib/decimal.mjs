// Exact decimal arithmetic for the conformance scripts (BigInt, no library): decimal strings, exact
// fractions, rounding half-up (docs/spec.md CONV-DECIMAL, CONV-HALF-UP). Used to write expected sums,
// shares and averages without the package's own decimal code.

/** A decimal string as { n: BigInt, scale } with value n × 10^-scale. */
export function parse(s) {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(String(s));
  if (!m) throw new Error(`not a decimal: ${s}`);
  const frac = m[3] ?? '';
  let n = BigInt(`${m[2]}${frac}`);
  let scale = frac.length - Number(m[4] ?? 0);
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { n: m[1] === '-' ? -n : n, scale };
}

const align = (a, b) => {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(scale - a.scale), b.n * 10n ** BigInt(scale - b.scale), scale];
};

/** The plain decimal string of n × 10^-scale: no exponent, no trailing zeros, never -0. */
export function plain({ n, scale }) {
  if (n === 0n) return '0';
  const neg = n < 0n;
  let digits = (neg ? -n : n).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    let int = digits.slice(0, -scale);
    let frac = digits.slice(-scale).replace(/0+$/, '');
    return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  }
  return `${neg ? '-' : ''}${digits}`;
}

export const add = (...xs) => plain(xs.map(parse).reduce((acc, x) => { const [a, b, scale] = align(acc, x); return { n: a + b, scale }; }, { n: 0n, scale: 0 }));
export const sub = (x, y) => { const [a, b, scale] = align(parse(x), parse(y)); return plain({ n: a - b, scale }); };
/** x × 10^k, exact. */
export const shift = (x, k) => { const p = parse(x); return plain(k >= 0 ? { n: p.n * 10n ** BigInt(k), scale: p.scale } : { n: p.n, scale: p.scale - k }); };
export const compare = (x, y) => { const [a, b] = align(parse(x), parse(y)); return a < b ? -1 : a > b ? 1 : 0; };

/** The fraction num/den (BigInts or numbers) rounded half-up to `places` decimals, as a fixed decimal string. */
export function fixedHalfUp(num, den, places) {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d < 0n) { n = -n; d = -d; }
  const neg = n < 0n;
  const scaled = (neg ? -n : n) * 10n ** BigInt(places);
  const q = (2n * scaled + d) / (2n * d); // floor(x + 1/2) for x ≥ 0: halves away from zero
  let s = q.toString().padStart(places + 1, '0');
  s = places > 0 ? `${s.slice(0, -places)}.${s.slice(-places)}` : s;
  return q === 0n ? s : `${neg ? '-' : ''}${s}`;
}

/** A decimal string divided by another, rounded half-up to `places` decimals (fixed). */
export function divideFixed(x, y, places) {
  const [a, b] = align(parse(x), parse(y));
  return fixedHalfUp(a, b, places);
}

const gcd = (a, b) => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

/** Whether num/den has a terminating decimal expansion. */
export function terminates(num, den) {
  let d = BigInt(den) / gcd(BigInt(num), BigInt(den));
  if (d < 0n) d = -d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/** The average figure of SUM-AVERAGE. */
export function figure(num, den, { precision = 20, decimals = 1 } = {}) {
  const exact = terminates(num, den);
  let decimal;
  if (exact) {
    let places = 0;
    while (BigInt(num) * 10n ** BigInt(places) % BigInt(den) !== 0n) places++;
    decimal = plain({ n: (BigInt(num) * 10n ** BigInt(places)) / BigInt(den), scale: places });
  } else decimal = plain(parse(fixedHalfUp(num, den, precision))); // rounded, then written plain (a trailing 0 dropped)
  return { fraction: { numerator: num, denominator: den }, exact, decimal, places: exact ? null : precision, rounded: fixedHalfUp(num, den, decimals), roundedDecimals: decimals, roundingRule: 'half-up' };
}
