// The plan's header: province and year (with their evidence, and the contradictions the header
// reader found), the title, and the document block (number, date, draft status, issuer).
import type { LocalizedText } from '../../_lib/text.js';
import type { Assembly } from './assembly.js';
import type { Span } from './figures.js';

export interface HeaderFacts {
  readonly province: string;
  readonly provinceSpan?: Span;
  readonly year: number;
  readonly yearSpan?: Span;
  readonly headerConflicts: readonly { readonly what: 'province' | 'year'; readonly spans: readonly Span[]; readonly values: readonly (string | number)[] }[];
}

const DOCUMENT_PARTS = [
  ['number', 'document-number', { vi: 'Số văn bản', en: 'Document number' }],
  ['date', 'document-date', { vi: 'Ngày ban hành', en: 'Date' }],
  ['status', 'document-status', { vi: 'Dự thảo (chưa có số)', en: 'Draft (unnumbered)' }],
  ['issuer', 'issuer', { vi: 'Cơ quan ban hành', en: 'Issuer' }],
] as const satisfies readonly (readonly [string, string, LocalizedText])[];

export function headerPart(asm: Assembly, h: HeaderFacts): void {
  const { log, plan } = asm;
  if (h.provinceSpan) log.prove(['province'], h.province, h.provinceSpan, { vi: 'Tỉnh', en: 'Province' });
  if (h.yearSpan) log.prove(['year'], h.year, h.yearSpan, { vi: 'Năm kế hoạch', en: 'Plan year' });
  for (const c of h.headerConflicts) {
    log.findings.push({
      code: `${c.what}-conflict`,
      severity: 'error',
      path: [c.what],
      message:
        c.what === 'province'
          ? { vi: `Văn bản ghi hai tỉnh khác nhau: ${c.values.join(' và ')}`, en: `The text names two provinces: ${c.values.join(' and ')}` }
          : { vi: `Văn bản ghi hai năm kế hoạch khác nhau: ${c.values.join(' và ')}`, en: `The text states two plan years: ${c.values.join(' and ')}` },
      quotes: c.spans.map((s) => log.quote(s)),
    });
  }
  const title = asm.of('title')[0];
  if (title) {
    plan.title = title.value;
    log.prove(['title'], title.value, title.span, { vi: 'Tên kế hoạch', en: 'Title' });
  }
  const document: Record<string, unknown> = {};
  for (const [key, kind, figure] of DOCUMENT_PARTS) {
    const f = asm.of(kind)[0];
    if (!f) continue;
    document[key] = f.value;
    log.prove(['document', key], f.value, f.span, figure);
  }
  if (Object.keys(document).length > 0) plan.document = document;
}
