// Thresholds collected from a table's rows, with the cells each came from; the parts of a compound indicator assembled per column.
import type { LocalizedText } from '../../_lib/text.js';
import { type ThresholdColumn } from '../../columns/column.js';
import type { Condition, CriteriaSet, Criterion, Indicator, OverlayThreshold } from '../../engine/types/index.js';
import { type NtmIssueParam } from '../../errors.js';
import { quote, tableIssue } from '../tables/issues.js';
import type { TableIssue, TablePlace } from '../tables/types.js';
import { meaningText } from './grammar.js';
import { indicatorsByCode, packageThreshold, partCondition, partsOf, type Meaning, type PartSpec, type ValueColumn } from './model.js';
import type { Column } from './header-row.js';
import { placeParams } from './meta.js';

export type RowKind =
  | { readonly kind: 'heading'; readonly what: 'group' | 'criterion' | 'text'; readonly criterion?: Criterion }
  | { readonly kind: 'indicator'; readonly indicator: Indicator }
  | { readonly kind: 'compound'; readonly indicator: Indicator }
  | { readonly kind: 'part'; readonly indicator: Indicator; readonly part: PartSpec };

/** The state of one part of a compound indicator in one column. */
export interface PartCell {
  readonly state: 'given' | 'no-requirement' | 'unset' | 'package';
  readonly meaning?: Extract<Meaning, { t: 'part' }>;
  readonly at: TablePlace;
  readonly text: string;
}

export interface CompoundColumn {
  readonly indicator: Indicator;
  readonly year?: number;
  readonly column: ValueColumn;
  readonly header: string;
  readonly parts: Map<string, PartCell>;
}

/** Collects the thresholds read from a table's rows; {@link BodyReader} reads the rows. */
export class ThresholdCollector {
  private readonly values = new Map<string, OverlayThreshold[]>();
  private readonly places = new Map<string, TablePlace[]>();
  protected readonly compounds = new Map<string, CompoundColumn>();
  /** Compound columns read: indicator code, year and column. */
  private readonly assembled = new Set<string>();
  protected readonly valueCols: readonly Column[];

  /** `versions`: the sets whose package values a marked cell may hold. */
  constructor(protected readonly set: CriteriaSet, columns: readonly Column[], protected readonly versions: readonly CriteriaSet[], protected readonly sheet: string | undefined, private readonly issues: TableIssue[]) {
    this.valueCols = columns.filter((c) => c.value !== undefined);
  }

  protected issue(at: TablePlace, code: string, text: LocalizedText, params: Record<string, NtmIssueParam> = {}): void {
    this.issues.push(tableIssue(at, code, text, { ...params, ...placeParams(at) }));
  }

  /**
   * The general column given while a column is left to the package, which holds a value of its own
   * there: the table's general value would replace that value too (an overlay is consulted before
   * the package). Whether the decision means that cannot be told, so the column must be written.
   */
  protected generalOverrides(code: string, ind: Indicator, year: number | undefined, col: Column, at: TablePlace): void {
    if (col.value === 'all') return;
    const own = this.versions.map((v) => packageThreshold(v, indicatorsByCode(v).get(ind.code) ?? ind, col.value!, year)).find((t) => t !== undefined);
    if (!own) return;
    const shown = ind.kind !== 'compound' ? { vi: ` (${meaningText({ t: 'rule', rule: own.rule }, { kind: 'rule', indicator: ind }, 'vi')})`, en: ` (${meaningText({ t: 'rule', rule: own.rule }, { kind: 'rule', indicator: ind }, 'en')})` } : { vi: '', en: '' };
    this.issue(at, 'general-overrides-package', {
      vi: `chỉ tiêu "${code}", cột ${col.header}: cột Chung đã ghi ngưỡng cho mọi cột, nhưng thư viện có giá trị riêng cho cột này${shown.vi} và ngưỡng của cột Chung sẽ thay cả giá trị đó; ghi rõ giá trị của quyết định cho cột này (chép giá trị cột Chung nếu quyết định áp dụng chung), hoặc ghi từng cột thay cho cột Chung`,
      en: `indicator "${code}", column ${col.header}: the All column gives a threshold for every column, but the package holds a value of its own for this one${shown.en}, which the All value would replace; write the decision's value for this column (copy the All value if the decision applies it everywhere), or write each column instead of All`,
    }, { indicator: code, column: col.value! });
  }


  protected add(code: string, t: Omit<OverlayThreshold, 'citation' | 'provenance' | 'note'>, at: readonly TablePlace[]): void {
    const cells = at.map((p) => p.cell).join(', ');
    const where = at[0]?.sheet !== undefined ? `, trang "${at[0].sheet}" (sheet "${at[0].sheet}")` : '';
    const note = `Bảng ngưỡng, ô ${cells}${where} / threshold table, cell${at.length > 1 ? 's' : ''} ${cells}`;
    const list = this.values.get(code) ?? [];
    list.push({ ...t, note } as OverlayThreshold);
    this.values.set(code, list);
    const places = this.places.get(code) ?? [];
    places.push(at[0]!);
    this.places.set(code, places);
  }

  /** The compound columns assembled, and the thresholds with where each came from. */
  finish(): { values: ReadonlyMap<string, readonly OverlayThreshold[]>; places: ReadonlyMap<string, readonly TablePlace[]> } {
    for (const cc of this.compounds.values()) this.compound(cc);
    for (const cc of this.compounds.values()) {
      if (cc.column !== 'all' || !this.assembled.has(`${cc.indicator.code}\u0000${cc.year ?? ''}\u0000all`)) continue;
      for (const col of this.valueCols) {
        const key = `${cc.indicator.code}\u0000${cc.year ?? ''}\u0000${col.value}`;
        if (col.value === 'all' || this.assembled.has(key)) continue;
        const first = this.compounds.get(key)?.parts.values().next().value;
        this.generalOverrides(cc.indicator.code, cc.indicator, cc.year, col, first?.at ?? cc.parts.values().next().value!.at);
      }
    }
    return { values: this.values, places: this.places };
  }

  /** One column of a compound indicator: every part given (or "no requirement"), or none. */
  private compound(cc: CompoundColumn): void {
    const parts = partsOf(cc.indicator);
    const cells = [...cc.parts.values()];
    const given = cells.filter((c) => c.state === 'given' || c.state === 'no-requirement');
    if (given.length === 0) return;
    const code = cc.indicator.code;
    const first = given[0]!.at;
    const l = { vi: `chỉ tiêu "${code}", cột ${cc.header}: `, en: `indicator "${code}", column ${cc.header}: ` };
    let complete = true;
    for (const p of parts) {
      const c = cc.parts.get(p.field.key);
      if (c && (c.state === 'given' || c.state === 'no-requirement')) continue;
      complete = false;
      const partCode = `${code}.${p.field.key}`;
      const why = c === undefined
        ? { vi: `thiếu dòng ${quote(partCode)}`, en: `the row ${quote(partCode)} is missing` }
        : c.state === 'package'
          ? { vi: `ô ${c.at.cell} của ${quote(partCode)} còn giá trị có sẵn của thư viện: xóa dấu [có sẵn, …] nếu quyết định ghi đúng giá trị đó`, en: `cell ${c.at.cell} of ${quote(partCode)} still holds the package's value: delete the [package, …] mark if the decision says the same` }
          : { vi: `ô ${c.at.cell} của ${quote(partCode)} để trống`, en: `cell ${c.at.cell} of ${quote(partCode)} is blank` };
      this.issue(c?.at ?? first, 'incomplete-parts', {
        vi: `${l.vi}chỉ tiêu nhiều thành phần được ghi lại cả quy tắc của cột, nên phải ghi đủ mọi thành phần (${parts.map((x) => `${code}.${x.field.key}`).join(', ')}); ${why.vi}; ghi "Không quy định" cho thành phần quyết định không đặt yêu cầu`,
        en: `${l.en}a compound indicator's column replaces the whole rule, so every part must be given (${parts.map((x) => `${code}.${x.field.key}`).join(', ')}); ${why.en}; write "No requirement" for a part the decision sets nothing for`,
      }, { indicator: partCode, column: cc.column });
    }
    if (!complete) return;
    const conditions: Condition[] = [];
    for (const p of parts) {
      const c = cc.parts.get(p.field.key)!;
      if (c.state !== 'given') continue;
      const text = { vi: meaningText(c.meaning!, { kind: 'part', indicator: cc.indicator, part: p }, 'vi'), en: meaningText(c.meaning!, { kind: 'part', indicator: cc.indicator, part: p }, 'en') };
      conditions.push(partCondition(p, c.meaning!, { vi: `${p.field.label.vi}: ${text.vi}`, en: `${p.field.label.en}: ${text.en}` }));
    }
    if (conditions.length === 0) {
      this.issue(first, 'no-requirement-anywhere', { vi: `chỉ tiêu "${code}", cột ${cc.header}: mọi thành phần đều ghi "Không quy định": quyết định không quy định chỉ tiêu này ở cột này thì để trống các ô`, en: `indicator "${code}", column ${cc.header}: every part says "No requirement": when the decision sets nothing for this indicator in this column, leave the cells blank` }, { indicator: code, column: cc.column });
      return;
    }
    this.assembled.add(`${code}\u0000${cc.year ?? ''}\u0000${cc.column}`);
    const rule: Condition = conditions.length === 1 ? conditions[0]! : { all: conditions };
    this.add(code, { columns: cc.column === 'all' ? 'all' : [cc.column as ThresholdColumn], ...(cc.year !== undefined ? { years: [cc.year] } : {}), rule: { kind: 'compound', rule } }, parts.map((p) => cc.parts.get(p.field.key)!.at));
  }
}
