// What the plan format has room for in a year block and the text did not say: each listed as not stated
// (a part the text states with contradicting values is reported as such, not as missing).
import type { Assembly } from './assembly.js';
import type { Path } from './extraction-log.js';
import type { BlockKey } from './year-blocks.js';

const TARGET_PARTS: readonly [string[], string, string][] = [
  [['meetingStandard', 'total'], 'tổng số xã đạt chuẩn', 'communes meeting the standard'],
  [['meetingStandard', 'maintained'], 'số xã duy trì đạt chuẩn', 'recognised communes maintained'],
  [['meetingStandard', 'newlyRecognised'], 'số xã công nhận mới', 'communes newly recognised'],
  [['advanced'], 'xã nông thôn mới nâng cao', 'advanced communes'],
  [['villages'], 'thôn, bản đạt chuẩn', 'villages meeting the standard'],
  [['districtsCompleting'], 'huyện hoàn thiện tiêu chí huyện', 'districts completing the district criteria'],
  [['averageCriteria'], 'bình quân tiêu chí/xã', 'average criteria per commune'],
];
const BASELINE_PARTS: readonly [string[], string, string][] = [
  [['meetingStandard', 'total'], 'tổng số xã đạt chuẩn', 'communes meeting the standard'],
  [['averageCriteria'], 'bình quân tiêu chí/xã', 'average criteria per commune'],
];

export function notStated(asm: Assembly, b: BlockKey): void {
  const { log, conflicted, scheme } = asm;
  const w = asm.years.words(b);
  for (const [rest, vi, en] of b === 'target' ? TARGET_PARTS : BASELINE_PARTS) {
    const path: Path = [b, ...rest];
    if (getPath(asm.plan, path) === undefined && !conflicted.has(path.join('.'))) log.miss(path, `${w.vi}: không ghi ${vi}`, `${w.en}: ${en} not stated`);
  }
  if (scheme) {
    const buckets = asm.of('bucket', b);
    for (const x of scheme.buckets) {
      if (x.min === scheme.criteriaTotal) continue;
      if (buckets.some((y) => y.id === x.id) || conflicted.has(`${b}.buckets.${x.id}`)) continue;
      log.miss([b, 'buckets', x.id], `${w.vi}: không ghi số xã đạt ${x.label.vi.replace(/^Đạt từ /u, '')}`.replace('Dưới 5 tiêu chí', 'dưới 5 tiêu chí'), `${w.en}: communes at ${x.id} criteria not stated`, { bucket: x.id });
    }
  }
  const criteria = asm.of('criterion', b);
  for (const code of asm.codes) {
    if (criteria.some((c) => c.criterion === code) || conflicted.has(`${b}.criteria.${code}`)) continue;
    log.miss([b, 'criteria'], `${w.vi}: không ghi số xã đạt tiêu chí ${code}`, `${w.en}: no count of communes meeting criterion ${code}`, { criterion: code });
  }
}

function getPath(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}
