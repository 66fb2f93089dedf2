/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030
 * (QĐ 51/2025/QĐ-TTg of 29/12/2025, Phụ lục I; in force from 15/02/2026).
 *
 * What is known (secondary: vietnamplus 30/12/2025, thoibaotaichinhvietnam): 10 criteria
 * with 47 indicators, and every criterion split by the three commune groups (xã nhóm 1, 2, 3),
 * which replace the seven regions as the threshold columns. The ten criteria names and their
 * order are encoded; none of the 47 indicators' names or values could be reached, so no
 * indicator is encoded and nothing is carried over from 2021-2025. A criterion is evaluated
 * from a criterion-level assessment (input `criteria`), or from a province's detailed table
 * given as a set definition or an overlay at indicator level.
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Citation } from '../legal/citation.js';
import type { CriteriaSet, Criterion } from '../engine/types/index.js';

const ANNEX: Citation = { instrument: 'QD-51-2025', annex: 'Phụ lục I' };
const NAMES_SOURCE = 'vietnamplus.vn (30/12/2025): "bao gồm 10 tiêu chí, 47 chỉ tiêu" and the ten criteria in order';
const SET_FROM = '2026-02-15';

const MISSING_INDICATORS = {
  vi: 'chưa có danh mục chỉ tiêu trong thư viện: các chỉ tiêu và ngưỡng theo nhóm xã của QĐ 51/2025/QĐ-TTg Phụ lục I chưa tiếp cận được; nhập kết quả đánh giá theo tiêu chí, hoặc dùng bộ tiêu chí chi tiết của tỉnh',
  en: 'no indicators encoded: the indicators and per-group values of QĐ 51/2025/QĐ-TTg Phụ lục I could not be reached; give the criterion-level assessment, or use the province\'s detailed table',
};

const criterion = (code: string, vi: string, en: string): Criterion => ({
  code,
  name: { vi: vi.normalize('NFC'), en },
  nameStatus: 'secondary',
  indicators: [],
  missingIndicators: MISSING_INDICATORS,
  citation: { ...ANNEX, item: code, source: NAMES_SOURCE },
});

// The ten criteria in the order of the annex.
const CRITERIA: readonly Criterion[] = [
  criterion('1', 'Quy hoạch', 'Planning'),
  criterion('2', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'),
  criterion('3', 'Phát triển kinh tế nông thôn', 'Rural economic development'),
  criterion('4', 'Đào tạo nguồn nhân lực nông thôn', 'Rural human-resource training'),
  criterion('5', 'Văn hóa, giáo dục, y tế', 'Culture, education and health'),
  criterion('6', 'Giảm nghèo và an sinh xã hội', 'Poverty reduction and social security'),
  criterion('7', 'Khoa học công nghệ và chuyển đổi số', 'Science, technology and digital transformation'),
  criterion('8', 'Môi trường và cảnh quan nông thôn', 'Rural environment and landscape'),
  criterion('9', 'Xây dựng hệ thống chính trị và hành chính công', 'Political system and public administration'),
  criterion('10', 'Tiếp cận pháp luật và an ninh, quốc phòng', 'Access to law, security and defence'),
];

/** The 2026-2030 commune set (from 15/02/2026): ten criteria, commune-group columns, no indicator encoded. */
export const COMMUNE_2026: CriteriaSet = deepFreeze({
  id: 'commune/qd51-2026',
  kind: 'commune',
  title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030', en: 'National criteria for new-rural communes, 2026-2030' },
  legalBasis: [
    { ...ANNEX, source: 'xaydungchinhsach.chinhphu.vn (full text: header and Điều 1); vneconomy.vn (in force 15/02/2026)' },
    { instrument: 'NQ-257-2025-QH15', note: 'The merged national target programme 2026-2035 under which QĐ 51/2025 was issued.' },
  ],
  period: { fromYear: 2026, toYear: 2030 },
  validFrom: SET_FROM,
  columns: 'commune-group',
  criteria: CRITERIA,
  notes: [
    { vi: '10 tiêu chí, 47 chỉ tiêu; mỗi tiêu chí chia theo 3 nhóm xã (nguồn thứ cấp). Tên và thứ tự 10 tiêu chí theo nguồn thứ cấp; 47 chỉ tiêu và ngưỡng theo nhóm xã chưa tiếp cận được, không dùng lại số liệu 2021 - 2025.', en: '10 criteria, 47 indicators; each criterion split by the 3 commune groups (secondary). The ten names and their order are secondary; the 47 indicators and per-group values could not be reached, and no 2021-2025 value is carried over.' },
    { vi: 'Không có bộ tiêu chí xã nâng cao, xã kiểu mẫu hay cấp huyện ở giai đoạn 2026 - 2030; xã nông thôn mới hiện đại là thí điểm do tỉnh ban hành tiêu chí (Phụ lục II).', en: 'No advanced, model or district-level set for 2026-2030; the modern commune is a pilot whose criteria each province issues (Phụ lục II).' },
    { vi: 'Kết quả "đạt đủ tiêu chí" là kết quả tính toán, không phải quyết định công nhận.', en: 'A computed "meets all criteria" is not the recognition decision.' },
  ],
}) as CriteriaSet;
