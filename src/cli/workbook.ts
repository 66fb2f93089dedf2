// `--xlsx out.xlsx`: the results as a workbook an office can file. Sheets: communes × criteria
// (đạt / chưa đạt / chưa xác định), the inputs as read (a sheet readCommuneTable reads back to the
// same inputs), and for `summarize` the figures, the bucket table and the per-criterion tallies.
import type { Worksheet } from 'exceljs';
import { REGION_NAMES, type CommuneSummary, type CriteriaSet, type EvaluationResult, type Outcome } from '../index.js';
import { bucketWords } from '../wording/buckets.js';
import type { Context } from './context.js';
import { outcomeWords, statusWords } from '../wording/terms.js';
import { UsageError } from './errors.js';
import { t, type Lang } from './i18n.js';
import { cannotWrite } from './messages.js';

type Value = string | number | null;

interface InputColumn {
  readonly header: string;
  readonly get: (input: Record<string, unknown>) => unknown;
  readonly kind: 'text' | 'yes-no' | 'value';
}

const at = (x: { row?: number; index?: number } | undefined): Value => x?.row ?? (x?.index !== undefined ? x.index + 1 : null);

/** Collects results row by row (small rows, not the results) and writes the workbook at the end. */
export class ResultsWorkbook {
  private readonly results: Value[][] = [];
  private readonly inputs: Value[][] = [];
  private readonly inputColumns: InputColumn[];
  private summary: CommuneSummary | undefined;

  constructor(private readonly set: CriteriaSet, private readonly lang: Lang) {
    const vi = lang === 'vi';
    const fixed: InputColumn[] = [
      { header: vi ? 'tên xã' : 'name', get: (i) => i.name, kind: 'text' },
      { header: vi ? 'tỉnh' : 'province', get: (i) => i.province, kind: 'text' },
      { header: vi ? 'vùng' : 'region', get: (i) => i.region, kind: 'text' },
      { header: vi ? 'năm' : 'year', get: (i) => i.year, kind: 'value' },
      { header: vi ? 'xã đặc biệt khó khăn' : 'especiallyDifficult', get: (i) => i.especiallyDifficult, kind: 'yes-no' },
      { header: vi ? 'xã an toàn khu' : 'safeZone', get: (i) => i.safeZone, kind: 'yes-no' },
    ];
    const group = (name: 'indicators' | 'conditions', prefix: string) => (i: Record<string, unknown>) => i[name] as Record<string, unknown> | undefined;
    const columns: InputColumn[] = [...fixed];
    for (const [list, name, prefix] of [[set.criteria.flatMap((c) => c.indicators), 'indicators', ''], [set.conditions ?? [], 'conditions', 'conditions.']] as const) {
      const of = group(name, prefix);
      for (const ind of list) {
        if (ind.kind === 'compound') {
          for (const f of ind.fields ?? []) columns.push({ header: `${prefix}${ind.code}.${f.key}`, get: (i) => (of(i)?.[ind.code] as Record<string, unknown> | undefined)?.[f.key], kind: 'value' });
        } else columns.push({ header: `${prefix}${ind.code}`, get: (i) => of(i)?.[ind.code], kind: 'value' });
      }
    }
    this.inputColumns = columns;
  }

  private cell(v: unknown, kind: InputColumn['kind']): Value {
    const vi = this.lang === 'vi';
    if (v === undefined) return null;
    if (v === null) return '?';
    if (v === 'not-applicable') return vi ? 'không áp dụng' : 'n/a';
    if (typeof v === 'boolean') return kind === 'yes-no' ? (v ? 'có' : 'không') : v ? 'đạt' : 'chưa đạt';
    if (typeof v === 'number' || typeof v === 'string') return v;
    return JSON.stringify(v);
  }

  private addInput(input: unknown): void {
    if (typeof input !== 'object' || input === null) return;
    this.inputs.push(this.inputColumns.map((c) => this.cell(c.get(input as Record<string, unknown>), c.kind)));
  }

  addResult(r: EvaluationResult, where: { row?: number; index?: number } | undefined, input: unknown): void {
    const outcomes = new Map<string, Outcome>(r.criteria.map((c) => [c.code, c.outcome]));
    this.results.push([
      this.results.length + 1, r.name ?? null, (input as { province?: string } | null)?.province ?? null, r.region !== undefined ? REGION_NAMES[r.region].abbreviation : null, r.year, at(where),
      statusWords(r.status, r.criteriaTotal, this.lang), r.criteriaMet, r.criteriaNotMet, r.criteriaUnknown,
      ...this.set.criteria.map((c) => { const o = outcomes.get(c.code); return o ? outcomeWords(o, this.lang) : null; }),
      null,
    ]);
    this.addInput(input);
  }

  addError(name: string | undefined, where: { row?: number; index?: number } | undefined, message: string, input?: unknown): void {
    this.results.push([this.results.length + 1, name ?? null, null, null, null, at(where), t(this.lang, 'LỖI SỐ LIỆU', 'DATA ERROR'), null, null, null, ...this.set.criteria.map(() => null), message]);
    if (input !== undefined) this.addInput(input);
  }

  setSummary(s: CommuneSummary): void {
    this.summary = s;
  }

  async write(ctx: Context, path: string): Promise<void> {
    if (!ctx.io.writeFile) throw new UsageError({ vi: '--xlsx: môi trường này không ghi được tệp', en: '--xlsx: this environment cannot write files' });
    const { Workbook } = await loadExcel();
    const wb = new Workbook();
    wb.creator = 'ntm-rules';
    const L = (vi: string, en: string) => t(this.lang, vi, en);
    const s = this.summary;
    if (s) {
      const figures = wb.addWorksheet(L('Tổng hợp', 'Summary'));
      header(figures, [L('Chỉ số', 'Figure'), L('Giá trị', 'Value')]);
      const rows: [string, Value][] = [
        [L('Số xã', 'Communes'), s.count],
        [L(`Số xã đạt đủ ${s.criteriaTotal}/${s.criteriaTotal} tiêu chí`, `Communes meeting all ${s.criteriaTotal} criteria`), s.meetingStandard],
        [L('Bình quân tiêu chí/xã (làm tròn)', 'Average criteria per commune (rounded)'), s.average ? Number(s.average.rounded) : null],
        [L('Bình quân tiêu chí/xã (chính xác)', 'Average criteria per commune (exact)'), s.average ? `${s.average.fraction.numerator}/${s.average.fraction.denominator}` : null],
        [L('Số tiêu chí thấp nhất', 'Minimum criteria'), s.minimum],
        [L('Số tiêu chí cao nhất', 'Maximum criteria'), s.maximum],
        [L('Số xã còn tiêu chí chưa xác định', 'Communes with unknown criteria'), s.undetermined.communes],
        ...(s.belowFloor ? [[L(`Số xã dưới ${s.belowFloor.floor} tiêu chí`, `Communes under ${s.belowFloor.floor} criteria`), s.belowFloor.count] as [string, Value]] : []),
      ];
      for (const r of rows) figures.addRow(r);
      figures.getColumn(1).width = 48;
      figures.getColumn(2).width = 14;
      const buckets = wb.addWorksheet(L('Nhóm tiêu chí', 'Buckets'));
      header(buckets, [L('Nhóm', 'Bucket'), L('Số xã', 'Communes')]);
      if (s.schemeNote) buckets.addRow([s.schemeNote[this.lang], null]);
      for (const b of s.buckets) buckets.addRow([bucketWords(b, s.criteriaTotal, this.lang), b.count]);
      buckets.getColumn(1).width = 30;
      const tallies = wb.addWorksheet(L('Từng tiêu chí', 'Per criterion'));
      header(tallies, [L('Tiêu chí', 'Criterion'), L('Tên', 'Name'), L('Số xã đạt', 'Met'), L('Số xã chưa đạt', 'Not met'), L('Số xã chưa xác định', 'Unknown'), L('Tỷ lệ', 'Ratio')]);
      for (const c of s.criteria) tallies.addRow([c.code, c.name?.[this.lang] ?? null, c.met, c.notMet, c.unknown, c.ratio]);
      tallies.getColumn(2).width = 40;
    }
    const results = wb.addWorksheet(L('Kết quả', 'Results'));
    header(results, [
      'STT', L('tên xã', 'name'), L('tỉnh', 'province'), L('vùng', 'region'), L('năm', 'year'), L('dòng nguồn', 'source row'),
      L('kết quả', 'result'), L('số tiêu chí đạt', 'criteria met'), L('số tiêu chí chưa đạt', 'criteria not met'), L('số tiêu chí chưa xác định', 'criteria unknown'),
      ...this.set.criteria.map((c) => `TC${c.code} ${c.name[this.lang]}`),
      L('lỗi', 'error'),
    ]);
    for (const r of this.results) results.addRow(r);
    results.getColumn(2).width = 24;
    results.getColumn(7).width = 22;
    const inputs = wb.addWorksheet(L('Số liệu', 'Inputs'));
    header(inputs, this.inputColumns.map((c) => c.header));
    for (const r of this.inputs) inputs.addRow(r);
    inputs.getColumn(1).width = 24;
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    try {
      await ctx.io.writeFile(path, data);
    } catch (error) {
      throw cannotWrite(path, error);
    }
  }
}

function header(ws: Worksheet, cells: readonly string[]): void {
  const row = ws.addRow([...cells]);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

async function loadExcel(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  return mod.default ?? mod;
}
