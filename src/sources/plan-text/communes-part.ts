// The number of communes of the province: the denominator most counts share ("77/94 xã"). A minority
// of other denominators is a warning; no majority, and the number is left out as unclear.
import type { Assembly } from './assembly.js';
import type { Figure } from './figures.js';

type Denominator = Figure & { kind: 'denominator' };

export function communesPart(asm: Assembly): void {
  const { log } = asm;
  const denominators = asm.of('denominator');
  if (denominators.length === 0) {
    log.miss(['communes'], 'Số xã của tỉnh (mẫu số "/94"): văn bản không ghi', 'The number of communes (the "/94" denominator): not stated');
    return;
  }
  const tally = new Map<number, Denominator[]>();
  for (const d of denominators) {
    const list = tally.get(d.value);
    if (list) list.push(d);
    else tally.set(d.value, [d]);
  }
  const ranked = [...tally.entries()].sort((a, b) => b[1].length - a[1].length);
  const [top, topList] = ranked[0]!;
  if (topList.length * 2 > denominators.length) {
    asm.plan.communes = top;
    log.prove(['communes'], top, topList[0]!.span, { vi: 'Số xã (mẫu số của các số liệu)', en: 'Communes (the denominator of the counts)' });
    for (const [value, list] of ranked.slice(1)) {
      log.findings.push({
        code: 'denominator-differs',
        severity: 'warning',
        path: ['communes'],
        params: { expected: top, actual: value },
        message: { vi: `${list.length} số liệu ghi trên ${value} xã, các số liệu khác ghi trên ${top} xã`, en: `${list.length} count(s) are over ${value} communes; the others are over ${top}` },
        quotes: list.map((d) => log.quote(d.span)),
      });
    }
    return;
  }
  log.findings.push({
    code: 'denominator-differs',
    severity: 'error',
    path: ['communes'],
    message: {
      vi: `Các số liệu ghi trên số xã khác nhau (${ranked.map(([v, l]) => `${l.length} lần /${v}`).join(', ')}): không xác định được số xã`,
      en: `The counts are over different numbers of communes (${ranked.map(([v, l]) => `/${v} ${l.length} times`).join(', ')}): the number of communes is unclear`,
    },
    quotes: ranked.map(([, l]) => log.quote(l[0]!.span)),
  });
  log.unread.push({ code: 'denominator-differs', path: ['communes'], message: { vi: 'Số xã: các mẫu số không thống nhất', en: 'Communes: the denominators disagree' } });
}
