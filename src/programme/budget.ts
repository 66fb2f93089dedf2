/**
 * The state budget and mobilised funds of the merged programme for 2026-2030 (NQ 257/2025/QH15,
 * QĐ 417/QĐ-BNNMT), as reported. Programme-level facts to read and to compare with, never a check
 * of a province's plan: a province's share of these amounts is not stated anywhere reachable.
 * Each figure names its node of the 2026-2035 funding taxonomy, so the figures can be given to
 * `aggregateFunding` / `reconcileFunding` as lines.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { LocalizedText } from '../_lib/text.js';
import type { FundingSourceId } from '../funding/taxonomy.js';
import type { Citation, Provenance } from '../legal/citation.js';

/**
 * One reported amount of the programme's funding.
 *
 * @example
 * ```ts
 * import { PROGRAMME_BUDGET_2026_2030, type ProgrammeBudgetFigure } from 'ntm-rules';
 * const central: ProgrammeBudgetFigure | undefined = PROGRAMME_BUDGET_2026_2030.stateBudget.find((f) => f.source === 'central');
 * central?.amount; // '100000'
 * ```
 */
export interface ProgrammeBudgetFigure {
  /** The node of the 2026-2035 taxonomy, or `'total'`. */
  readonly source: FundingSourceId | 'total';
  /** In billion VND (tỷ đồng), as a decimal string. */
  readonly amount: string;
  /** The share as printed (percent), where the source prints one. */
  readonly sharePercent?: string;
  /** True when the source says "khoảng" (about). */
  readonly approximate: boolean;
  /** The words of the source. */
  readonly statement: string;
}

/**
 * The reported funding of the 2026-2030 phase.
 *
 * @example
 * ```ts
 * import { PROGRAMME_BUDGET_2026_2030, type ProgrammeBudget } from 'ntm-rules';
 * const b: ProgrammeBudget = PROGRAMME_BUDGET_2026_2030;
 * b.unit; // 'billion-vnd'
 * ```
 */
export interface ProgrammeBudget {
  readonly programme: 'NQ-257-2025-QH15';
  readonly period: '2026-2030';
  readonly taxonomy: '2026-2035';
  readonly unit: 'billion-vnd';
  /** The state budget as passed: total, central (investment, recurrent), local, policy credit. */
  readonly stateBudget: readonly ProgrammeBudgetFigure[];
  readonly stateBudgetCitation: Citation;
  /** All funds to be mobilised, with the shares printed; the enterprise and community part is cut off in the stored source. */
  readonly mobilised: readonly ProgrammeBudgetFigure[];
  readonly mobilisedCitation: Citation;
  readonly provenance: Provenance;
  readonly notes: readonly LocalizedText[];
}

/**
 * The funding of the merged programme's first phase (2026-2030), as reported (secondary).
 *
 * @example
 * ```ts
 * import { PROGRAMME_BUDGET_2026_2030, reconcileFunding } from 'ntm-rules';
 * const lines = PROGRAMME_BUDGET_2026_2030.stateBudget.filter((f) => f.source !== 'total' && f.source !== 'central')
 *   .map((f) => ({ source: f.source as 'local', amount: f.amount, unit: 'billion-vnd' as const }));
 * reconcileFunding({ lines, declared: { central: '100000', total: '423000' }, taxonomy: '2026-2035', unit: 'billion-vnd' }); // []
 * ```
 */
export const PROGRAMME_BUDGET_2026_2030: ProgrammeBudget = deepFreeze({
  programme: 'NQ-257-2025-QH15',
  period: '2026-2030',
  taxonomy: '2026-2035',
  unit: 'billion-vnd',
  stateBudget: [
    { source: 'total', amount: '423000', approximate: true, statement: 'Tổng nguồn vốn ngân sách nhà nước bố trí cho Chương trình giai đoạn 2026-2030 là khoảng 423.000 tỷ đồng' },
    { source: 'central', amount: '100000', approximate: false, statement: 'nguồn vốn ngân sách trung ương 100.000 tỷ đồng' },
    { source: 'central.investment', amount: '70000', approximate: false, statement: 'vốn đầu tư phát triển là 70.000 tỷ đồng' },
    { source: 'central.recurrent', amount: '30000', approximate: false, statement: 'kinh phí thường xuyên là 30.000 tỷ đồng' },
    { source: 'local', amount: '300000', approximate: true, statement: 'Nguồn vốn ngân sách địa phương 300.000 tỷ đồng (vtcnews); "khoảng 300.000" (baogialai, laodong)' },
    { source: 'credit.policy', amount: '23000', approximate: false, statement: 'Nguồn vốn tín dụng chính sách (nguồn ngân sách nhà nước) là 23.000 tỷ đồng' },
  ],
  stateBudgetCitation: {
    instrument: 'NQ-257-2025-QH15',
    source: 'vtcnews.vn and vietnamnet.vn (11/12/2025), quoting the resolution as passed; news.laodong.vn (English); baogialai.com.vn (10/02/2026)',
    note: 'The 70,000 / 30,000 split of the central budget: as passed (vtcnews, vietnamnet); the USD figures of vietnamnet/en agree.',
  },
  mobilised: [
    { source: 'total', amount: '1044000', approximate: true, statement: 'Tổng mức vốn huy động thực hiện Chương trình MTQG giai đoạn 2026 - 2030 khoảng 1,044 triệu tỷ đồng' },
    { source: 'central', amount: '100000', sharePercent: '9.6', approximate: false, statement: 'vốn ngân sách Trung ương hỗ trợ trực tiếp là 100.000 tỷ đồng, chiếm 9,6%' },
    { source: 'local', amount: '300000', sharePercent: '28.7', approximate: true, statement: 'vốn ngân sách địa phương khoảng 300.000 tỷ đồng, chiếm 28,7%' },
    { source: 'integrated', amount: '360000', sharePercent: '34.5', approximate: true, statement: 'vốn lồng ghép từ các chương trình MTQG, chương trình, dự án khác khoảng 360.000 tỷ đồng, chiếm 34,5%' },
    { source: 'credit.policy', amount: '23000', sharePercent: '2.2', approximate: true, statement: 'vốn tín dụng chính sách (ngân sách nhà nước khoảng 23.000 tỷ đồng, chiếm 2,2%' },
  ],
  mobilisedCitation: {
    instrument: 'QD-417-BNNMT-2026',
    source: 'baogialai.com.vn (10/02/2026): https://baogialai.com.vn/tong-ngan-sach-nha-nuoc-bo-tri-cho-chuong-trinh-mtqg-giai-doan-2026-2030-khoang-423000-ty-dong-post579288.html',
    note: 'The stored text breaks off at "vốn doanh nghiệp và huy": the enterprise and community part is not recorded. The figures given add up to 783,000 of about 1,044,000.',
  },
  provenance: 'secondary',
  notes: [
    {
      vi: 'Đề xuất của Chính phủ (03/12/2025) còn tính vốn lồng ghép khoảng 360.000 tỷ đồng và vốn doanh nghiệp, cộng đồng khoảng 348.000 tỷ đồng trong tổng số ít nhất 1,23 triệu tỷ đồng; đó là số liệu đề xuất, không phải số được thông qua.',
      en: 'The Government proposal (03/12/2025) also counted integrated funds of about 360,000 bn and enterprises and community of about 348,000 bn in a total of at least 1.23 quadrillion VND; proposal figures, not as passed.',
    },
    {
      vi: 'Năm 2026: "tổng vốn ngân sách trung ương bố trí thực hiện các chương trình trong năm nay là 35.000 tỷ đồng" (thoibaotaichinhvietnam, 10/03/2026); phạm vi "các chương trình" chưa rõ, nên không ghi thành số liệu.',
      en: '2026: "the central budget for the programmes this year is 35,000 bn" (thoibaotaichinhvietnam, 10/03/2026); the scope of "the programmes" is unclear, so it is not recorded as a figure.',
    },
    {
      vi: 'Vốn chưa sử dụng hết của giai đoạn 2021 - 2025 được đề nghị chuyển sang 2026 - 2030 (TB 631/TB-VPCP, 19/11/2025); chưa tìm thấy Quốc hội đã cho phép hay chưa.',
      en: 'Unspent 2021-2025 funds were proposed to be carried into 2026-2030 (TB 631/TB-VPCP, 19/11/2025); whether the National Assembly allowed it was not found.',
    },
  ],
}) as ProgrammeBudget;
