// A year block of the plan (the baseline, the target): communes meeting the standard, advanced and
// model communes, the average, the buckets, the criteria, villages and districts, each figure with its
// evidence; then what the format has room for and the text did not say.
import type { LocalizedText } from '../../_lib/text.js';
import type { PlanCommune, PlanYearBlock } from '../../plans/types.js';
import type { Assembly } from './assembly.js';
import { criteriaPart } from './criteria-part.js';
import type { ExtractionLog, Path } from './extraction-log.js';
import type { Span } from './figures.js';
import { notStated } from './not-stated.js';
import type { PlanEvidence } from './types.js';
import type { BlockKey } from './year-blocks.js';

/** One value of a part: its key, its value, the label that goes with it, and its evidence. */
interface Piece {
  readonly key: string;
  readonly value: unknown;
  readonly label?: string;
  /** The value as the evidence shows it, when not the value itself (a list of names). */
  readonly shown?: PlanEvidence['value'];
  readonly span: Span;
  readonly figure: LocalizedText;
}

/** A part made of the pieces the text gives, each proved; undefined when it gives none. */
function part(log: ExtractionLog, path: Path, pieces: readonly (Piece | undefined)[]): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const p of pieces) {
    if (!p) continue;
    out[p.key] = p.value;
    if (p.label !== undefined) out.label = p.label;
    log.prove([...path, p.key], p.shown ?? (p.value as PlanEvidence['value']), p.span, p.figure);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function blockPart(asm: Assembly, b: BlockKey): void {
  const block: Record<string, unknown> = { year: asm.years.yearOf(b) };
  const ms = meetingStandard(asm, b);
  if (ms) block.meetingStandard = ms;
  for (const level of ['advanced', 'model'] as const) {
    const nc = levelPart(asm, b, level);
    if (nc) block[level] = nc;
  }
  const average = asm.of('average', b)[0];
  if (average) {
    block.averageCriteria = average.value;
    asm.log.prove([b, 'averageCriteria'], average.value, average.span, asm.years.about(b, 'bình quân tiêu chí/xã', 'average criteria per commune'));
  }
  const buckets = bucketsPart(asm, b);
  if (buckets) block.buckets = buckets;
  const criteria = criteriaPart(asm, b);
  if (criteria.length > 0) block.criteria = criteria;
  const villages = villagesPart(asm, b);
  if (villages) block.villages = villages;
  const districts = districtsPart(asm, b);
  if (districts) block.districtsCompleting = districts;
  if (Object.keys(block).length > 1) asm.plan[b] = block as PlanYearBlock;
  notStated(asm, b);
}

function meetingStandard(asm: Assembly, b: BlockKey): Record<string, unknown> | undefined {
  const { log, years } = asm;
  const total = asm.of('meeting-total', b)[0];
  const maintained = asm.of('meeting-maintained', b)[0];
  const newly = asm.of('newly', b)[0];
  const newlyNames = asm.of('newly-names', b)[0];
  const path: Path = [b, 'meetingStandard'];
  const ms = part(log, path, [
    total && { key: 'total', value: total.value, label: total.label, span: total.span, figure: years.about(b, 'số xã đạt chuẩn nông thôn mới', 'communes meeting the standard') },
    maintained && { key: 'maintained', value: maintained.value, span: maintained.span, figure: years.about(b, 'số xã duy trì đạt chuẩn', 'recognised communes maintained') },
  ]) ?? {};
  const nr = part(log, [...path, 'newlyRecognised'], [
    newly && { key: 'count', value: newly.count, label: newly.label, span: newly.span, figure: years.about(b, 'số xã công nhận mới', 'communes newly recognised') },
    newlyNames && { key: 'communes', value: newlyNames.communes, shown: communeNames(newlyNames.communes), span: newlyNames.span, figure: years.about(b, 'tên các xã công nhận mới', 'the communes newly recognised') },
  ]);
  if (nr) ms.newlyRecognised = nr;
  return Object.keys(ms).length > 0 ? ms : undefined;
}

function levelPart(asm: Assembly, b: BlockKey, level: 'advanced' | 'model'): Record<string, unknown> | undefined {
  const count = asm.of(level, b)[0];
  const names = asm.of(`${level}-names`, b)[0];
  const words = level === 'advanced' ? { vi: 'xã nông thôn mới nâng cao', en: 'advanced communes' } : { vi: 'xã nông thôn mới kiểu mẫu', en: 'model communes' };
  return part(asm.log, [b, level], [
    count && { key: 'count', value: count.count, label: count.label, span: count.span, figure: asm.years.about(b, `số ${words.vi}`, `number of ${words.en}`) },
    names && { key: 'communes', value: names.communes, shown: communeNames(names.communes), span: names.span, figure: asm.years.about(b, `tên các ${words.vi}`, `the ${words.en}`) },
  ]);
}

/** The buckets, in the order of the national scheme (when the set has one). */
function bucketsPart(asm: Assembly, b: BlockKey): Record<string, number> | undefined {
  const buckets = asm.of('bucket', b);
  if (buckets.length === 0) return undefined;
  const order = asm.scheme ? asm.scheme.buckets.map((x) => x.id) : [];
  const sorted = [...buckets].sort((x, y) => (order.indexOf(x.id) + 1 || 99) - (order.indexOf(y.id) + 1 || 99));
  for (const x of sorted) asm.log.prove([b, 'buckets', x.id], x.count, x.span, asm.years.about(b, `số xã đạt ${x.id} tiêu chí`, `communes at ${x.id} criteria`));
  return Object.fromEntries(sorted.map((x) => [x.id, x.count]));
}

function villagesPart(asm: Assembly, b: BlockKey): Record<string, unknown> | undefined {
  const villages = asm.of('villages', b)[0];
  const byDistrict = asm.of('villages-by-district', b)[0];
  return part(asm.log, [b, 'villages'], [
    villages && { key: 'total', value: villages.total, label: villages.label, span: villages.span, figure: asm.years.about(b, 'số thôn, bản đạt chuẩn', 'villages meeting the standard') },
    byDistrict && { key: 'byDistrict', value: byDistrict.byDistrict, shown: byDistrict.byDistrict.map((x) => `${x.district}: ${x.count}`), span: byDistrict.span, figure: asm.years.about(b, 'số thôn, bản theo huyện', 'villages by district') },
  ]);
}

function districtsPart(asm: Assembly, b: BlockKey): Record<string, unknown> | undefined {
  const districts = asm.of('districts', b)[0];
  const names = asm.of('districts-names', b)[0];
  return part(asm.log, [b, 'districtsCompleting'], [
    districts && { key: 'count', value: districts.count, label: districts.label, span: districts.span, figure: asm.years.about(b, 'số huyện hoàn thiện tiêu chí huyện', 'districts completing the district criteria') },
    names && { key: 'names', value: names.names, span: names.span, figure: asm.years.about(b, 'tên các huyện hoàn thiện tiêu chí', 'the districts completing the criteria') },
  ]);
}

function communeNames(list: readonly PlanCommune[]): string[] {
  return list.map((c) => (c.district !== undefined ? `${c.name} (${c.district})` : c.name));
}
