// From the figures read to a plan: each figure put at its place once, a figure stated twice with
// different values left out (and both statements quoted), the communes taken from the denominators, and
// every part of the plan format the text gave nothing for listed.
import type { LocalizedText } from '../../_lib/text.js';
import type { CriteriaSet } from '../../engine/types/index.js';
import { FUNDING_SOURCES, type FundingSourceId } from '../../funding/taxonomy.js';
import { convertAmount, type FundingUnit } from '../../funding/units.js';
import { parsePlan } from '../../plans/schema.js';
import type { Plan, PlanCommune, PlanCriterionCount, PlanFundingLine, PlanYearBlock } from '../../plans/types.js';
import { NATIONAL_COMMUNE_SCHEME } from '../../scoring/schemes.js';
import type { Figure, Span, Unplaced } from './figures.js';
import type { PreparedText } from './prepare.js';
import type { PlanEvidence, PlanExtraction, PlanQuote, PlanTextFinding, PlanUnread } from './types.js';

type BlockKey = 'baseline' | 'target';
type Path = (string | number)[];

export interface AssembleInput {
  readonly p: PreparedText;
  readonly province: string;
  readonly provinceSpan?: Span;
  readonly year: number;
  readonly yearSpan?: Span;
  readonly figures: readonly Figure[];
  readonly unplaced: readonly Unplaced[];
  readonly headerConflicts: readonly { readonly what: 'province' | 'year'; readonly spans: readonly Span[]; readonly values: readonly (string | number)[] }[];
  readonly set: CriteriaSet | undefined;
}

const UNIT_WORDS_VI: Record<FundingUnit, string> = { vnd: 'đồng', 'thousand-vnd': 'nghìn đồng', 'million-vnd': 'triệu đồng', 'billion-vnd': 'tỷ đồng' };

export function assemble(input: AssembleInput): PlanExtraction {
  const { p, year: planYear, set } = input;
  const evidence: PlanEvidence[] = [];
  const unread: PlanUnread[] = [];
  const findings: PlanTextFinding[] = [];

  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = p.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (p.lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return p.lines[lo]?.number ?? 1;
  };
  const quote = (span: Span): PlanQuote => {
    const start = p.toOriginal(span.start);
    const end = p.toOriginal(span.end);
    return { quote: p.original.slice(start, end), start, end, line: lineOf(span.start) };
  };
  const prove = (path: Path, value: PlanEvidence['value'], span: Span, figure: LocalizedText, note?: LocalizedText) => {
    evidence.push({ path, value, figure, ...quote(span), ...(note ? { note } : {}) });
  };
  const miss = (path: Path, vi: string, en: string, params?: Record<string, string | number>) => {
    unread.push({ code: 'not-stated', path, message: { vi, en }, ...(params ? { params } : {}) });
  };
  const skip = (code: string, span: Span, vi: string, en: string, path?: Path, params?: Record<string, string | number>) => {
    unread.push({ code, message: { vi, en }, ...(path ? { path } : {}), ...(params ? { params } : {}), ...quote(span) });
  };

  // --- Years: the plan's year is the target; one earlier year is the baseline. -----------------
  const yearly = input.figures.filter((f): f is Extract<Figure, { year: number }> => 'year' in f && typeof f.year === 'number');
  const earlier = new Map<number, number>();
  for (const f of yearly) if (f.year < planYear) earlier.set(f.year, (earlier.get(f.year) ?? 0) + 1);
  const baselineYear = [...earlier.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const blockOf = (y: number): BlockKey | undefined => (y === planYear ? 'target' : y === baselineYear ? 'baseline' : undefined);
  const blockYear = (b: BlockKey) => (b === 'target' ? planYear : (baselineYear ?? planYear - 1));
  const blockWords = (b: BlockKey): LocalizedText =>
    b === 'target' ? { vi: `Mục tiêu năm ${planYear}`, en: `${planYear} target` } : { vi: `Năm ${blockYear(b)} (hiện trạng)`, en: `${blockYear(b)} baseline` };
  const about = (b: BlockKey, vi: string, en: string): LocalizedText => ({ vi: `${blockWords(b).vi}: ${vi}`, en: `${blockWords(b).en}: ${en}` });

  const placed: { f: Figure; block?: BlockKey }[] = [];
  for (const f of input.figures) {
    if ('year' in f && typeof f.year === 'number') {
      const block = blockOf(f.year);
      if (!block) {
        skip('year-not-held', f.span, `số liệu của năm ${f.year}: kế hoạch chỉ có năm ${planYear} và một năm hiện trạng${baselineYear ? ` (${baselineYear})` : ''}`, `a figure for ${f.year}: the plan holds ${planYear} and one baseline year${baselineYear ? ` (${baselineYear})` : ''}`, undefined, { year: f.year });
        continue;
      }
      placed.push({ f, block });
    } else placed.push({ f });
  }

  // --- The same figure stated more than once: one value, or a conflict. ------------------------
  const keyOf = (f: Figure, b?: BlockKey): string | undefined => {
    switch (f.kind) {
      case 'criterion':
        return `${b}.criteria.${f.criterion}`;
      case 'criterion-district':
        return `${b}.criteria.${f.criterion}.district`;
      case 'meeting-total':
        return `${b}.meetingStandard.total`;
      case 'meeting-maintained':
        return `${b}.meetingStandard.maintained`;
      case 'newly':
      case 'advanced':
      case 'model':
      case 'villages':
      case 'districts':
      case 'average':
        return `${b}.${f.kind}`;
      case 'newly-names':
      case 'advanced-names':
      case 'model-names':
      case 'villages-by-district':
      case 'districts-names':
        return `${b}.${f.kind}`;
      case 'bucket':
        return `${b}.buckets.${f.id}`;
      case 'funding-total':
        return 'funding.total';
      case 'projects':
        return 'projects';
      default:
        return undefined;
    }
  };
  const valueOf = (f: Figure): string => {
    switch (f.kind) {
      case 'criterion':
        return `${f.communes}/${f.outOf ?? ''}`;
      case 'criterion-district':
        return `${f.districts}/${f.districtCriterion ?? ''}`;
      case 'meeting-total':
      case 'meeting-maintained':
      case 'average':
        return String(f.value);
      case 'newly':
      case 'advanced':
      case 'model':
      case 'districts':
      case 'bucket':
      case 'projects':
        return String(f.count);
      case 'villages':
        return String(f.total);
      case 'newly-names':
      case 'advanced-names':
      case 'model-names':
        return JSON.stringify(f.communes);
      case 'villages-by-district':
        return JSON.stringify(f.byDistrict);
      case 'districts-names':
        return JSON.stringify(f.names);
      case 'funding-total':
        return convertAmount(f.amount, f.unit, 'vnd');
      default:
        return '';
    }
  };
  const shown = (f: Figure): string => {
    const v = valueOf(f);
    if (f.kind === 'criterion') return f.outOf !== undefined ? `${f.communes}/${f.outOf}` : String(f.communes);
    if (f.kind === 'funding-total') return `${f.amount} ${f.unitLabel}`;
    return v;
  };
  const groups = new Map<string, { f: Figure; block?: BlockKey }[]>();
  for (const item of placed) {
    const key = keyOf(item.f, item.block);
    if (key === undefined) continue;
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  const dropped = new Set<Figure>();
  const conflicted = new Set<string>();
  for (const [key, list] of groups) {
    const values = new Set(list.map((i) => valueOf(i.f)));
    if (values.size > 1) {
      conflicted.add(key);
      const pathOf = key.split('.');
      findings.push({
        code: 'figure-conflict',
        severity: 'error',
        path: pathOf,
        message: {
          vi: `Cùng một số liệu được ghi ${list.length} lần với giá trị khác nhau (${list.map((i) => shown(i.f)).join('; ')}): không đưa vào kế hoạch`,
          en: `The same figure is stated ${list.length} times with different values (${list.map((i) => shown(i.f)).join('; ')}): left out of the plan`,
        },
        quotes: list.map((i) => quote(i.f.span)),
      });
      for (const i of list) {
        dropped.add(i.f);
        skip('figure-conflict', i.f.span, 'số liệu mâu thuẫn với một câu khác của văn bản', 'this figure contradicts another sentence of the text', pathOf);
      }
    } else {
      for (const i of list.slice(1)) dropped.add(i.f);
    }
  }
  const live = placed.filter((i) => !dropped.has(i.f));
  const of = <K extends Figure['kind']>(kind: K, block?: BlockKey) =>
    live.filter((i) => i.f.kind === kind && (block === undefined || i.block === block)).map((i) => i.f as Figure & { kind: K });

  // --- Header. ----------------------------------------------------------------------------------
  const plan: Record<string, unknown> = { province: input.province, year: planYear };
  if (input.provinceSpan) prove(['province'], input.province, input.provinceSpan, { vi: 'Tỉnh', en: 'Province' });
  if (input.yearSpan) prove(['year'], planYear, input.yearSpan, { vi: 'Năm kế hoạch', en: 'Plan year' });
  for (const c of input.headerConflicts) {
    findings.push({
      code: `${c.what}-conflict`,
      severity: 'error',
      path: [c.what],
      message:
        c.what === 'province'
          ? { vi: `Văn bản ghi hai tỉnh khác nhau: ${c.values.join(' và ')}`, en: `The text names two provinces: ${c.values.join(' and ')}` }
          : { vi: `Văn bản ghi hai năm kế hoạch khác nhau: ${c.values.join(' và ')}`, en: `The text states two plan years: ${c.values.join(' and ')}` },
      quotes: c.spans.map(quote),
    });
  }
  const title = of('title')[0];
  if (title) {
    plan.title = title.value;
    prove(['title'], title.value, title.span, { vi: 'Tên kế hoạch', en: 'Title' });
  }
  const document: Record<string, unknown> = {};
  const docNumber = of('document-number')[0];
  const docDate = of('document-date')[0];
  const docStatus = of('document-status')[0];
  const issuer = of('issuer')[0];
  if (docNumber) {
    document.number = docNumber.value;
    prove(['document', 'number'], docNumber.value, docNumber.span, { vi: 'Số văn bản', en: 'Document number' });
  }
  if (docDate) {
    document.date = docDate.value;
    prove(['document', 'date'], docDate.value, docDate.span, { vi: 'Ngày ban hành', en: 'Date' });
  }
  if (docStatus) {
    document.status = 'draft';
    prove(['document', 'status'], 'draft', docStatus.span, { vi: 'Dự thảo (chưa có số)', en: 'Draft (unnumbered)' });
  }
  if (issuer) {
    document.issuer = issuer.value;
    prove(['document', 'issuer'], issuer.value, issuer.span, { vi: 'Cơ quan ban hành', en: 'Issuer' });
  }
  if (Object.keys(document).length > 0) plan.document = document;

  // --- Communes: the denominator the counts share. ---------------------------------------------
  const denominators = of('denominator');
  if (denominators.length > 0) {
    const tally = new Map<number, typeof denominators>();
    for (const d of denominators) tally.set(d.value, [...(tally.get(d.value) ?? []), d]);
    const ranked = [...tally.entries()].sort((a, b) => b[1].length - a[1].length);
    const [top, topList] = ranked[0]!;
    if (topList.length * 2 > denominators.length) {
      plan.communes = top;
      prove(['communes'], top, topList[0]!.span, { vi: 'Số xã (mẫu số của các số liệu)', en: 'Communes (the denominator of the counts)' });
      for (const [value, list] of ranked.slice(1)) {
        findings.push({
          code: 'denominator-differs',
          severity: 'warning',
          path: ['communes'],
          params: { expected: top, actual: value },
          message: { vi: `${list.length} số liệu ghi trên ${value} xã, các số liệu khác ghi trên ${top} xã`, en: `${list.length} count(s) are over ${value} communes; the others are over ${top}` },
          quotes: list.map((d) => quote(d.span)),
        });
      }
    } else {
      findings.push({
        code: 'denominator-differs',
        severity: 'error',
        path: ['communes'],
        message: {
          vi: `Các số liệu ghi trên số xã khác nhau (${ranked.map(([v, l]) => `${l.length} lần /${v}`).join(', ')}): không xác định được số xã`,
          en: `The counts are over different numbers of communes (${ranked.map(([v, l]) => `/${v} ${l.length} times`).join(', ')}): the number of communes is unclear`,
        },
        quotes: ranked.map(([, l]) => quote(l[0]!.span)),
      });
      unread.push({ code: 'denominator-differs', path: ['communes'], message: { vi: 'Số xã: các mẫu số không thống nhất', en: 'Communes: the denominators disagree' } });
    }
  } else miss(['communes'], 'Số xã của tỉnh (mẫu số "/94"): văn bản không ghi', 'The number of communes (the "/94" denominator): not stated');

  // --- Year blocks. -----------------------------------------------------------------------------
  const codes = set ? set.criteria.map((c) => c.code) : [];
  const scheme = set && set.criteria.length === NATIONAL_COMMUNE_SCHEME.criteriaTotal ? NATIONAL_COMMUNE_SCHEME : undefined;
  for (const b of ['baseline', 'target'] as const) {
    const block: Record<string, unknown> = { year: blockYear(b) };
    let any = false;
    const ms: Record<string, unknown> = {};
    const total = of('meeting-total', b)[0];
    const maintained = of('meeting-maintained', b)[0];
    const newly = of('newly', b)[0];
    const newlyNames = of('newly-names', b)[0];
    if (total) {
      ms.total = total.value;
      ms.label = total.label;
      prove([b, 'meetingStandard', 'total'], total.value, total.span, about(b, 'số xã đạt chuẩn nông thôn mới', 'communes meeting the standard'));
    }
    if (maintained) {
      ms.maintained = maintained.value;
      prove([b, 'meetingStandard', 'maintained'], maintained.value, maintained.span, about(b, 'số xã duy trì đạt chuẩn', 'recognised communes maintained'));
    }
    if (newly || newlyNames) {
      const nr: Record<string, unknown> = {};
      if (newly) {
        nr.count = newly.count;
        nr.label = newly.label;
        prove([b, 'meetingStandard', 'newlyRecognised', 'count'], newly.count, newly.span, about(b, 'số xã công nhận mới', 'communes newly recognised'));
      }
      if (newlyNames) {
        nr.communes = newlyNames.communes;
        prove([b, 'meetingStandard', 'newlyRecognised', 'communes'], communeNames(newlyNames.communes), newlyNames.span, about(b, 'tên các xã công nhận mới', 'the communes newly recognised'));
      }
      ms.newlyRecognised = nr;
    }
    if (Object.keys(ms).length > 0) {
      block.meetingStandard = ms;
      any = true;
    }
    for (const level of ['advanced', 'model'] as const) {
      const count = of(level, b)[0];
      const names = of(`${level}-names`, b)[0];
      if (!count && !names) continue;
      const words = level === 'advanced' ? { vi: 'xã nông thôn mới nâng cao', en: 'advanced communes' } : { vi: 'xã nông thôn mới kiểu mẫu', en: 'model communes' };
      const nc: Record<string, unknown> = {};
      if (count) {
        nc.count = count.count;
        nc.label = count.label;
        prove([b, level, 'count'], count.count, count.span, about(b, `số ${words.vi}`, `number of ${words.en}`));
      }
      if (names) {
        nc.communes = names.communes;
        prove([b, level, 'communes'], communeNames(names.communes), names.span, about(b, `tên các ${words.vi}`, `the ${words.en}`));
      }
      block[level] = nc;
      any = true;
    }
    const average = of('average', b)[0];
    if (average) {
      block.averageCriteria = average.value;
      prove([b, 'averageCriteria'], average.value, average.span, about(b, 'bình quân tiêu chí/xã', 'average criteria per commune'));
      any = true;
    }
    const buckets = of('bucket', b);
    if (buckets.length > 0) {
      const order = scheme ? scheme.buckets.map((x) => x.id) : [];
      const sorted = [...buckets].sort((x, y) => (order.indexOf(x.id) + 1 || 99) - (order.indexOf(y.id) + 1 || 99));
      block.buckets = Object.fromEntries(sorted.map((x) => [x.id, x.count]));
      for (const x of sorted) prove([b, 'buckets', x.id], x.count, x.span, about(b, `số xã đạt ${x.id} tiêu chí`, `communes at ${x.id} criteria`));
      any = true;
    }
    // Criteria, by number; each with its advanced and district counts.
    const criteria = of('criterion', b).sort((x, y) => Number(x.criterion) - Number(y.criterion));
    const advanced = of('criterion-advanced', b);
    const district = of('criterion-district', b);
    const list: PlanCriterionCount[] = [];
    for (const c of criteria) {
      const i = list.length;
      const entry: Record<string, unknown> = { criterion: c.criterion, communes: c.communes };
      prove([b, 'criteria', i, 'communes'], c.communes, c.span, about(b, `số xã đạt tiêu chí ${c.criterion}`, `communes meeting criterion ${c.criterion}`));
      if (c.outOf !== undefined) {
        entry.outOf = c.outOf;
        prove([b, 'criteria', i, 'outOf'], c.outOf, c.span, about(b, `tiêu chí ${c.criterion}: mẫu số`, `criterion ${c.criterion}: denominator`));
      }
      if (c.label !== undefined) entry.label = c.label;
      if (c.maintained) {
        entry.maintained = true;
        prove([b, 'criteria', i, 'maintained'], true, c.span, about(b, `tiêu chí ${c.criterion} ghi "duy trì"`, `criterion ${c.criterion} stated as maintained`));
      }
      const adv = dedupe(advanced.filter((a) => a.criterion === c.criterion), (a) => `${a.communes}|${a.label}`);
      if (adv.length > 0) {
        entry.advanced = adv.map((a) => ({ communes: a.communes, label: a.label }));
        adv.forEach((a, k) => prove([b, 'criteria', i, 'advanced', k, 'communes'], a.communes, a.span, about(b, `tiêu chí ${c.criterion}: số xã đạt ${a.label}`, `criterion ${c.criterion}: communes meeting "${a.label}"`)));
      }
      const d = district.find((x) => x.criterion === c.criterion);
      if (d) {
        entry.district = { districts: d.districts, ...(d.districtCriterion !== undefined ? { criterion: d.districtCriterion } : {}), label: d.label };
        prove([b, 'criteria', i, 'district', 'districts'], d.districts, d.span, about(b, `tiêu chí ${c.criterion}: số huyện đạt ${d.label}`, `criterion ${c.criterion}: districts meeting "${d.label}"`));
      }
      list.push(entry as unknown as PlanCriterionCount);
    }
    for (const a of [...advanced, ...district]) {
      if (criteria.some((c) => c.criterion === a.criterion)) continue;
      if (conflicted.has(`${b}.criteria.${a.criterion}`)) {
        skip('figure-conflict', a.span, `số liệu của tiêu chí ${a.criterion}, mà số xã đạt tiêu chí này mâu thuẫn`, `a count under criterion ${a.criterion}, whose own count is contradictory`, [b, 'criteria'], { criterion: a.criterion });
      } else {
        skip('not-placed', a.span, `số liệu của tiêu chí ${a.criterion} nhưng văn bản không ghi số xã đạt tiêu chí này trong cùng năm`, `a count under criterion ${a.criterion}, whose own count is not stated for the same year`, [b, 'criteria'], { criterion: a.criterion });
      }
    }
    if (list.length > 0) {
      block.criteria = list;
      any = true;
    }
    const villages = of('villages', b)[0];
    const byDistrict = of('villages-by-district', b)[0];
    if (villages || byDistrict) {
      const v: Record<string, unknown> = {};
      if (villages) {
        v.total = villages.total;
        v.label = villages.label;
        prove([b, 'villages', 'total'], villages.total, villages.span, about(b, 'số thôn, bản đạt chuẩn', 'villages meeting the standard'));
      }
      if (byDistrict) {
        v.byDistrict = byDistrict.byDistrict;
        prove([b, 'villages', 'byDistrict'], byDistrict.byDistrict.map((x) => `${x.district}: ${x.count}`), byDistrict.span, about(b, 'số thôn, bản theo huyện', 'villages by district'));
      }
      block.villages = v;
      any = true;
    }
    const districts = of('districts', b)[0];
    const districtNames = of('districts-names', b)[0];
    if (districts || districtNames) {
      const d: Record<string, unknown> = {};
      if (districts) {
        d.count = districts.count;
        d.label = districts.label;
        prove([b, 'districtsCompleting', 'count'], districts.count, districts.span, about(b, 'số huyện hoàn thiện tiêu chí huyện', 'districts completing the district criteria'));
      }
      if (districtNames) {
        d.names = districtNames.names;
        prove([b, 'districtsCompleting', 'names'], districtNames.names, districtNames.span, about(b, 'tên các huyện hoàn thiện tiêu chí', 'the districts completing the criteria'));
      }
      block.districtsCompleting = d;
      any = true;
    }
    if (any) plan[b] = block as PlanYearBlock;

    // What the format has room for and the text did not say.
    const w = blockWords(b);
    const parts: [Path, string, string][] =
      b === 'target'
        ? [
            [[b, 'meetingStandard', 'total'], 'tổng số xã đạt chuẩn', 'communes meeting the standard'],
            [[b, 'meetingStandard', 'maintained'], 'số xã duy trì đạt chuẩn', 'recognised communes maintained'],
            [[b, 'meetingStandard', 'newlyRecognised'], 'số xã công nhận mới', 'communes newly recognised'],
            [[b, 'advanced'], 'xã nông thôn mới nâng cao', 'advanced communes'],
            [[b, 'villages'], 'thôn, bản đạt chuẩn', 'villages meeting the standard'],
            [[b, 'districtsCompleting'], 'huyện hoàn thiện tiêu chí huyện', 'districts completing the district criteria'],
            [[b, 'averageCriteria'], 'bình quân tiêu chí/xã', 'average criteria per commune'],
          ]
        : [
            [[b, 'meetingStandard', 'total'], 'tổng số xã đạt chuẩn', 'communes meeting the standard'],
            [[b, 'averageCriteria'], 'bình quân tiêu chí/xã', 'average criteria per commune'],
          ];
    for (const [path, vi, en] of parts) {
      if (getPath(plan, path) === undefined && !conflicted.has(path.join('.'))) miss(path, `${w.vi}: không ghi ${vi}`, `${w.en}: ${en} not stated`);
    }
    if (scheme) {
      for (const x of scheme.buckets) {
        if (x.min === scheme.criteriaTotal) continue;
        if (buckets.some((y) => y.id === x.id) || conflicted.has(`${b}.buckets.${x.id}`)) continue;
        miss([b, 'buckets', x.id], `${w.vi}: không ghi số xã đạt ${x.label.vi.replace(/^Đạt từ /u, '')}`.replace('Dưới 5 tiêu chí', 'dưới 5 tiêu chí'), `${w.en}: communes at ${x.id} criteria not stated`, { bucket: x.id });
      }
    }
    for (const code of codes) {
      if (criteria.some((c) => c.criterion === code) || conflicted.has(`${b}.criteria.${code}`)) continue;
      miss([b, 'criteria'], `${w.vi}: không ghi số xã đạt tiêu chí ${code}`, `${w.en}: no count of communes meeting criterion ${code}`, { criterion: code });
    }
  }

  // --- Funding: one unit (the total's, else the most used); other units converted exactly. -----
  const totals = of('funding-total');
  const lines = of('funding-line');
  if (totals.length > 0 || lines.length > 0) {
    const units = [...totals, ...lines].map((x) => x.unit);
    const counts = new Map<FundingUnit, number>();
    for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
    const unit = totals[0]?.unit ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const unitLabel = [...totals, ...lines].find((x) => x.unit === unit)!.unitLabel;
    const inUnit = (amount: string, from: FundingUnit) => (from === unit ? amount : convertAmount(amount, from, unit));
    const note = (from: FundingUnit, amount: string): LocalizedText | undefined =>
      from === unit ? undefined : { vi: `văn bản ghi ${amount} ${UNIT_WORDS_VI[from]}, đổi chính xác sang ${UNIT_WORDS_VI[unit]}`, en: `written as ${amount} ${UNIT_WORDS_VI[from]}, converted exactly to ${UNIT_WORDS_VI[unit]}` };
    const funding: Record<string, unknown> = { unit, unitLabel };
    const total = totals[0];
    if (total) {
      funding.total = { amount: inUnit(total.amount, total.unit), label: total.label };
      prove(['funding', 'total', 'amount'], inUnit(total.amount, total.unit), total.span, { vi: 'Tổng nguồn vốn', en: 'Total funding' }, note(total.unit, total.amount));
    } else miss(['funding', 'total'], 'Nguồn vốn: không ghi tổng số', 'Funding: no total stated');
    const build = (parent: number | undefined, path: Path): PlanFundingLine[] =>
      lines
        .filter((l) => l.parent === parent)
        .map((l, i) => {
          const here = [...path, i];
          const amount = inUnit(l.amount, l.unit);
          prove([...here, 'amount'], amount, l.span, { vi: `Nguồn vốn: ${FUNDING_SOURCES[l.source].label.vi}`, en: `Funding: ${FUNDING_SOURCES[l.source].label.en}` }, note(l.unit, l.amount));
          const parts = build(l.id, [...here, 'parts']);
          return { source: l.source as FundingSourceId, amount, ...(l.label ? { label: l.label } : {}), ...(parts.length > 0 ? { parts } : {}) };
        });
    funding.lines = build(undefined, ['funding', 'lines']);
    if ((funding.lines as unknown[]).length === 0) miss(['funding', 'lines'], 'Nguồn vốn: không ghi nguồn nào', 'Funding: no source stated');
    plan.funding = funding;
  } else if (!conflicted.has('funding.total')) {
    miss(['funding'], 'Nguồn vốn: văn bản không ghi', 'Funding: not stated');
  }

  const projects = of('projects')[0];
  if (projects) {
    plan.projects = { count: projects.count, ...(projects.label !== undefined ? { label: projects.label } : {}) };
    prove(['projects', 'count'], projects.count, projects.span, { vi: 'Số dự án', en: 'Projects' });
  } else if (!conflicted.has('projects')) miss(['projects'], 'Số dự án: văn bản không ghi', 'Projects: not stated');

  for (const u of input.unplaced) skip(u.code, u.span, u.message.vi, u.message.en);

  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  // Parts of the format first (in the format's order), then what the text says, in the text's order.
  unread.sort((a, b) => (a.start === undefined ? (b.start === undefined ? 0 : -1) : b.start === undefined ? 1 : a.start - b.start));
  const parsed = parsePlan(plan as unknown as Plan);
  return Object.freeze({
    plan: parsed,
    evidence: Object.freeze(evidence.map((e) => Object.freeze(e))),
    unread: Object.freeze(unread.map((u) => Object.freeze(u))),
    findings: Object.freeze(findings.map((x) => Object.freeze(x))),
  });
}

function communeNames(list: readonly PlanCommune[]): string[] {
  return list.map((c) => (c.district !== undefined ? `${c.name} (${c.district})` : c.name));
}

function dedupe<T>(list: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

function getPath(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}
