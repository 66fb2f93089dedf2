// The finding codes of checkPlan as data: code, severity, the spec rule that defines it, when it is
// looked for and when it is found (docs/spec.md §8.2). `finding()` only accepts these codes, so a
// check cannot emit a code this table does not list; the build publishes it as data/plan-findings.json.
import type { LocalizedText } from '../_lib/text.js';
import type { FindingSeverity } from './finding.js';

/** One finding code of {@link checkPlan}: how serious, when it is looked for, when it is found. */
export interface PlanFindingDefinition {
  readonly code: string;
  readonly severity: FindingSeverity;
  /** The id of the rule in docs/spec.md. */
  readonly rule: string;
  /** The check (in the order of docs/spec.md's PLAN-ORDER) that emits it. */
  readonly check: string;
  /** When the check looks for it (B is each block: baseline, then target), in Vietnamese and English. */
  readonly precondition: LocalizedText;
  /** What makes it a finding, in Vietnamese and English. */
  readonly when: LocalizedText;
}

const d = (code: string, severity: FindingSeverity, check: string, precondition: LocalizedText, when: LocalizedText): PlanFindingDefinition => ({
  code,
  severity,
  rule: `PLAN-${code.toUpperCase()}`,
  check,
  precondition,
  when,
});

/** Every finding code, in the order of the checks (docs/spec.md §8.2). */
export const PLAN_FINDINGS = [
  d('funding-subtotal-mismatch', 'error', 'funding',
    { vi: 'một dòng vốn có các khoản chi tiết, partsComplete khác false', en: 'a funding line with parts, partsComplete not false' },
    { vi: '|dòng vốn − các khoản chi tiết| > fundingTolerance (tính chính xác)', en: '|line − parts| > fundingTolerance (exact)' }),
  d('funding-parts-exceed', 'error', 'funding',
    { vi: 'một dòng vốn có các khoản chi tiết và partsComplete: false', en: 'a funding line with parts and partsComplete: false' },
    { vi: 'các khoản chi tiết − dòng vốn > fundingTolerance', en: 'parts − line > fundingTolerance' }),
  d('funding-total-mismatch', 'error', 'funding',
    { vi: 'có ghi funding.total (tổng nguồn vốn)', en: 'funding.total stated' },
    { vi: '|tổng − tổng theo cây nguồn vốn của các dòng cấp trên cùng| > fundingTolerance', en: '|total − the tree total of the top-level lines| > fundingTolerance' }),
  d('bucket-unknown', 'error', 'buckets',
    { vi: 'B ghi số xã theo nhóm và có cách phân nhóm', en: 'B states buckets and has a scheme' },
    { vi: 'một mã nhóm không thuộc cách phân nhóm (mỗi mã một phát hiện)', en: 'a bucket id is not one of the scheme (one finding per id)' }),
  d('bucket-top-mismatch', 'error', 'buckets',
    { vi: 'B ghi số xã của nhóm đạt đủ tiêu chí và meetingStandard.total', en: 'B states the top bucket and meetingStandard.total' },
    { vi: 'hai số khác nhau', en: 'they differ' }),
  d('buckets-exceed-communes', 'error', 'buckets',
    { vi: 'B ghi số xã theo nhóm, có cách phân nhóm, có ghi tổng số xã', en: 'B states buckets, has a scheme, the number of communes stated' },
    { vi: 'số xã đã ghi và đã đạt chuẩn theo nhóm vượt tổng số xã', en: 'the stated and recognised counts exceed the communes' }),
  d('buckets-sum-mismatch', 'error', 'buckets',
    { vi: 'như buckets-exceed-communes, mọi nhóm đều được ghi hoặc là số xã đạt chuẩn', en: 'as buckets-exceed-communes, every bucket stated or recognised' },
    { vi: 'cộng lại ít hơn tổng số xã', en: 'they add up to fewer than the communes' }),
  d('bucket-implied', 'info', 'buckets',
    { vi: 'như buckets-exceed-communes, có nhóm không được ghi và không phải số xã đạt chuẩn', en: 'as buckets-exceed-communes, some bucket neither stated nor recognised' },
    { vi: 'số xã còn lại được suy ra cho các nhóm không ghi', en: 'communes are left to the buckets not stated' }),
  d('average-unattainable', 'error', 'averages against buckets',
    { vi: 'B ghi bình quân tiêu chí/xã, có ghi tổng số xã và lớn hơn 0', en: 'B states averageCriteria, the number of communes stated and > 0' },
    { vi: 'không có tổng số tiêu chí nguyên nào cho đúng bình quân như đã ghi', en: 'no whole total of criteria gives the average as written' }),
  d('average-outside-buckets', 'error', 'averages against buckets',
    { vi: 'như average-unattainable, biết được tổng số tiêu chí theo nhóm', en: 'as average-unattainable, the bucket totals known' },
    { vi: 'khoảng tổng số tiêu chí mà bình quân cho phép và khoảng theo nhóm không giao nhau', en: 'the totals the average allows and the bucket totals do not meet' }),
  d('average-vs-criteria', 'error', 'averages against criteria',
    { vi: 'B ghi bình quân tiêu chí/xã, tổng số xã lớn hơn 0, biết được tổng số tiêu chí theo từng tiêu chí', en: 'B states averageCriteria, communes > 0, the criteria totals known' },
    { vi: 'khoảng tổng số tiêu chí mà bình quân cho phép và khoảng theo từng tiêu chí không giao nhau', en: 'the totals the average allows and the criteria totals do not meet' }),
  d('criteria-vs-buckets', 'error', 'averages against criteria',
    { vi: 'tổng số xã lớn hơn 0, biết được tổng số tiêu chí theo nhóm và theo từng tiêu chí', en: 'communes > 0, the bucket and the criteria totals known' },
    { vi: 'khoảng theo từng tiêu chí và khoảng theo nhóm không giao nhau', en: 'the criteria totals and the bucket totals do not meet' }),
  d('criterion-denominator', 'error', 'criterion bounds',
    { vi: 'số xã đạt một tiêu chí có mẫu số (outOf), có ghi tổng số xã', en: 'a criterion count with outOf, the number of communes stated' },
    { vi: 'mẫu số khác tổng số xã', en: 'outOf differs from the communes' }),
  d('criterion-above-communes', 'error', 'criterion bounds',
    { vi: 'có ghi tổng số xã', en: 'the number of communes stated' },
    { vi: 'số xã đạt một tiêu chí vượt tổng số xã', en: 'a criterion count above the communes' }),
  d('criterion-below-recognised', 'error', 'criterion bounds',
    { vi: 'biết được số xã đạt chuẩn', en: 'the communes meeting the standard known' },
    { vi: 'số xã đạt một tiêu chí ít hơn số xã đạt chuẩn', en: 'a criterion count below them' }),
  d('advanced-above-criterion', 'error', 'criterion bounds',
    { vi: 'có số xã đạt một tiêu chí nâng cao', en: 'an advanced count of a criterion' },
    { vi: 'nhiều hơn số xã đạt tiêu chí đó', en: 'above the criterion\'s count' }),
  d('advanced-above-recognised', 'warning', 'criterion bounds',
    { vi: 'có số xã đạt một tiêu chí nâng cao, biết được số xã đạt chuẩn', en: 'an advanced count of a criterion, the communes meeting the standard known' },
    { vi: 'nhiều hơn số xã đạt chuẩn (và không nhiều hơn số xã đạt tiêu chí đó)', en: 'above them (and not above the criterion\'s count)' }),
  d('recognised-sum-mismatch', 'error', 'recognition arithmetic',
    { vi: 'meetingStandard của mục tiêu ghi tổng số, số xã duy trì và số xã công nhận mới', en: 'target meetingStandard states total, maintained and the newly recognised' },
    { vi: 'số xã duy trì + số xã công nhận mới ≠ tổng số', en: 'maintained + newly recognised ≠ total' }),
  d('maintained-above-baseline', 'error', 'recognition arithmetic',
    { vi: 'mục tiêu ghi số xã duy trì và năm cơ sở ghi meetingStandard.total', en: 'target maintained and baseline meetingStandard.total stated' },
    { vi: 'số xã duy trì > số xã đạt chuẩn năm cơ sở', en: 'maintained > baseline' }),
  d('maintained-below-baseline', 'info', 'recognition arithmetic',
    { vi: 'như maintained-above-baseline', en: 'as maintained-above-baseline' },
    { vi: 'số xã duy trì < số xã đạt chuẩn năm cơ sở', en: 'maintained < baseline' }),
  d('recognised-decrease', 'warning', 'recognition arithmetic',
    { vi: 'mục tiêu và năm cơ sở đều ghi tổng số xã đạt chuẩn; không ghi số xã duy trì, không ghi số xã công nhận mới', en: 'target and baseline totals stated; neither maintained nor the newly recognised stated' },
    { vi: 'tổng số của mục tiêu < tổng số năm cơ sở', en: 'target total < baseline total' }),
  d('advanced-newly-recognised', 'info', 'recognition arithmetic',
    { vi: 'mục tiêu kể tên các xã công nhận mới và các xã nông thôn mới nâng cao', en: 'the target names newly recognised and advanced communes' },
    { vi: 'một tên có trong cả hai danh sách (mỗi tên một phát hiện)', en: 'a name in both lists (one finding per name)' }),
  d('recognised-target-above-sum', 'error', 'recognised target',
    { vi: 'mục tiêu ghi tổng số và số xã công nhận mới, không ghi số xã duy trì; năm cơ sở ghi tổng số', en: 'target total and newly recognised stated, maintained not; baseline total stated' },
    { vi: 'tổng số > năm cơ sở + số xã công nhận mới', en: 'total > baseline + newly recognised' }),
  d('recognised-target-below-sum', 'warning', 'recognised target',
    { vi: 'như recognised-target-above-sum', en: 'as recognised-target-above-sum' },
    { vi: 'tổng số < năm cơ sở + số xã công nhận mới', en: 'total < baseline + newly recognised' }),
  d('list-length-mismatch', 'error', 'named lists',
    { vi: 'có ghi số lượng và danh sách kể tên', en: 'a count and a list of names stated' },
    { vi: 'số tên trong danh sách khác số lượng', en: 'the list\'s length differs from the count' }),
  d('villages-sum-mismatch', 'error', 'named lists',
    { vi: 'có ghi tổng số thôn, bản (villages.total) và số theo huyện (byDistrict)', en: 'villages total and byDistrict stated' },
    { vi: 'số theo các huyện cộng lại khác tổng số', en: 'the districts do not add up to the total' }),
  d('completion-exceeds-criterion', 'warning', 'completion',
    { vi: 'B ghi số xã đạt từng tiêu chí và mục tiêu xã nâng cao hoặc huyện hoàn thiện tiêu chí, kèm số đạt của từng tiêu chí tương ứng', en: 'B states criteria and an advanced target or districts completing, with their criterion counts' },
    { vi: 'số đạt nhỏ nhất trong các tiêu chí đó < số kế hoạch', en: 'the smallest such count < the number planned' }),
  d('maintained-count-changed', 'warning', 'year over year',
    { vi: 'một tiêu chí của mục tiêu ghi "duy trì", năm cơ sở có số xã đạt tiêu chí đó', en: 'a target criterion marked maintained, with a baseline count' },
    { vi: 'hai số khác nhau', en: 'the counts differ' }),
  d('criterion-jump', 'warning', 'year over year',
    { vi: 'năm cơ sở và mục tiêu đều ghi số xã đạt một tiêu chí', en: 'baseline and target counts of one criterion' },
    { vi: 'mức tăng vượt maxCriterionIncreaseShare × tổng số xã (nếu không ghi tổng số xã: maxCriterionIncrease)', en: 'the increase exceeds maxCriterionIncreaseShare × communes (else maxCriterionIncrease)' }),
  d('criterion-decrease', 'info', 'year over year',
    { vi: 'như criterion-jump', en: 'as criterion-jump' },
    { vi: 'số của mục tiêu thấp hơn số năm cơ sở', en: 'the target count is below the baseline count' }),
  d('label-year-mismatch', 'warning', 'label years',
    { vi: 'một nhãn (hoặc tên văn bản) ghi "năm YYYY", không phải một giai đoạn', en: 'a label (or the title) saying "năm YYYY", not a range' },
    { vi: 'YYYY không phải năm của số liệu', en: 'YYYY is not the year of its figures' }),
  d('below-floor-target', 'info', 'floor target',
    { vi: 'floorTarget khác false; mục tiêu ghi số xã theo nhóm, có cách phân nhóm, năm và bộ tiêu chí nằm trong các năm của mức tối thiểu', en: 'floorTarget not false; the target states buckets, has a scheme, its year and set within the floor\'s years' },
    { vi: 'còn xã thuộc các nhóm dưới mức tối thiểu', en: 'communes in buckets under the floor' }),
  d('bucket-scheme-missing', 'warning', 'period',
    { vi: 'B ghi số xã theo nhóm', en: 'B states buckets' },
    { vi: 'B không có cách phân nhóm (không có cho 10 tiêu chí giai đoạn 2026 - 2030)', en: 'B has no bucket scheme (none for the 10 criteria of 2026-2030)' }),
  d('tier-not-in-period', 'warning', 'period',
    { vi: 'B tính theo bộ tiêu chí giai đoạn 2026 - 2030', en: 'B counted on a set of 2026-2030' },
    { vi: 'B ghi xã nông thôn mới nâng cao, kiểu mẫu, hoặc số xã đạt tiêu chí nâng cao', en: 'B states advanced or model communes, or advanced criterion counts' }),
  d('modern-not-in-period', 'warning', 'period',
    { vi: 'B ghi xã nông thôn mới hiện đại', en: 'B states modern communes' },
    { vi: 'B tính theo bộ tiêu chí trước năm 2026', en: 'B counted on a set before 2026' }),
  d('modern-above-recognised', 'error', 'period',
    { vi: 'B ghi xã nông thôn mới hiện đại, biết được số xã đạt chuẩn', en: 'B states modern communes, the communes meeting the standard known' },
    { vi: 'số xã hiện đại > số xã đạt chuẩn', en: 'modern > those meeting the standard' }),
  d('no-district-level', 'error', 'period',
    { vi: 'năm của B từ 2026 trở đi', en: 'B\'s year is 2026 or later' },
    { vi: 'B ghi huyện hoàn thiện tiêu chí, hoặc số huyện đạt một tiêu chí', en: 'B states districts completing, or a criterion\'s district count' }),
  d('criteria-set-changed', 'info', 'period',
    { vi: 'có cả hai khối số liệu', en: 'both blocks stated' },
    { vi: 'bộ tiêu chí của hai khối khác nhau cả mã và số tiêu chí (khi đó không chạy các kiểm tra so sánh giữa hai năm)', en: 'their sets differ in id and number of criteria (the cross-year checks are then not run)' }),
] as const satisfies readonly PlanFindingDefinition[];

/**
 * The code of a plan finding: one of `PLAN_FINDING_CODES`; a misspelt code is a compile error.
 *
 * @example
 * ```ts
 * import type { PlanFindingCode } from 'ntm-rules';
 * const code: PlanFindingCode = 'funding-total-mismatch';
 * ```
 */
export type PlanFindingCode = (typeof PLAN_FINDINGS)[number]['code'];
