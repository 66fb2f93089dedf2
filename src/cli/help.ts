// `ntm --help` and `ntm help <command>`: every command with an example.
import type { Lang } from './i18n.js';

/** Help for one command. */
export interface CommandHelp {
  readonly usage: string;
  readonly summary: Record<Lang, string>;
  readonly details?: Record<Lang, string>;
  readonly example: string;
}

const CSV_RULES: Record<Lang, string> = {
  vi: `  CSV: một dòng cho mỗi xã, một cột cho mỗi mã chỉ tiêu ("2.1"). Chỉ tiêu nhiều thành phần
  dùng cột "<mã>.<thành phần>" (ví dụ "5.schools", "5.atMinimumStandard", "5.atLevel1").
  Cột cố định: name (tên xã), province (tỉnh), region (vùng), year (năm), especiallyDifficult
  (xã ĐBKK), safeZone (xã ATK). Ô trống = chưa xác định (không bao giờ là "chưa đạt"); "?" =
  khai báo chưa xác định. Có/không: đạt, x, có, true, 1 / chưa đạt, không, false, 0.
  Số: dấu thập phân "." hoặc ",", có thể có "%", không dùng dấu phân cách hàng nghìn.
  "không áp dụng" cho chỉ tiêu "(nếu có)". Phân cách cột: dấu phẩy, chấm phẩy hoặc tab.`,
  en: `  CSV: one row per commune, one column per indicator code ("2.1"). Compound indicators take
  "<code>.<field>" columns (e.g. "5.schools", "5.atMinimumStandard", "5.atLevel1").
  Fixed columns: name, province, region, year, especiallyDifficult, safeZone (Vietnamese
  headers such as "tên xã", "vùng", "năm" also work). A blank cell is unknown (never "not
  met"); "?" declares it unknown. Yes/no: đạt, x, có, true, 1 / chưa đạt, không, false, 0.
  Numbers: "." or "," as decimal mark, optional "%", no thousands separators. "không áp dụng"
  (n/a) for "if any" indicators. Separator: comma, semicolon or tab.`,
};

/** Help of every command, in the order `ntm --help` lists them. */
export const COMMANDS: Readonly<Record<string, CommandHelp>> = {
  evaluate: {
    usage: 'ntm evaluate <file.json|file.csv> [--kind commune] [--as-of YYYY-MM-DD] [--overlay overlay.json] [--json]',
    summary: {
      vi: 'Đánh giá một xã (JSON), một danh sách xã (mảng JSON) hoặc một bảng tính (CSV) theo bộ tiêu chí.',
      en: 'Evaluate one commune (JSON), a list (JSON array) or a spreadsheet (CSV) against a criteria set.',
    },
    details: {
      vi: `  --kind: loại bộ tiêu chí (mặc định commune; village cần --province).
  --overlay: bảng ngưỡng của tỉnh/bộ (JSON, có thể lặp lại), bổ sung ngưỡng chưa mã hóa.
  Mã thoát 1 nếu có xã có dữ liệu không hợp lệ (lỗi ghi ra stderr kèm đường dẫn hoặc cột).
${CSV_RULES.vi}`,
      en: `  --kind: the criteria-set kind (default commune; village needs --province).
  --overlay: a provincial or ministry threshold table (JSON, repeatable) filling missing thresholds.
  Exits 1 when a subject's data is invalid (errors go to stderr with the path or column).
${CSV_RULES.en}`,
    },
    example: 'ntm evaluate examples/data/communes.csv --lang en',
  },
  summarize: {
    usage: 'ntm summarize <file.json|file.csv> [--scheme national-19|thua-thien-hue-2018] [--floor N] [--json]',
    summary: {
      vi: 'Tổng hợp số liệu của tỉnh: số xã theo nhóm tiêu chí, bình quân tiêu chí/xã, xã thấp nhất, số xã đạt từng tiêu chí.',
      en: 'Province figures: communes per bucket, average criteria per commune, minimum, communes meeting each criterion.',
    },
    details: {
      vi: `  Đầu vào: danh sách xã để đánh giá (như lệnh evaluate, JSON hoặc CSV), hoặc bản ghi đã có
  { "name", "criteriaMet", "criteria": { "2": true } }. Tiêu chí chưa xác định không được tính là đạt.
  --floor N: đếm các xã đạt dưới N tiêu chí ("không còn xã dưới 15 tiêu chí").`,
      en: `  Input: communes to evaluate (as for evaluate, JSON or CSV), or records
  { "name", "criteriaMet", "criteria": { "2": true } }. Unknown criteria are not counted as met.
  --floor N: count the communes meeting fewer than N criteria ("no commune under 15 criteria").`,
    },
    example: 'ntm summarize examples/data/province-records.json --floor 15',
  },
  funding: {
    usage: 'ntm funding <file.json|file.csv> [--unit million-vnd] [--json]',
    summary: {
      vi: 'Cộng chính xác các nguồn vốn theo cây nguồn vốn (NSTW, NSĐP, lồng ghép, tín dụng, cộng đồng…) và đối chiếu với số tổng đã ghi.',
      en: 'Exact totals over the funding taxonomy (central, local, integrated, credit, community…) and reconciliation with stated totals.',
    },
    details: {
      vi: `  Đầu vào: mảng dòng { "source", "amount", "unit"?, "label"?, "year"? } hoặc
  { "lines": [...], "declared": { "total": "4916475", "central": "114765" } }; CSV có cột source, amount, unit, label, year.
  Số tiền là chuỗi thập phân dùng dấu "." ("24473.5"), không có dấu phân cách hàng nghìn; đơn vị mặc định triệu đồng.
  Mã thoát 1 khi có số tổng không khớp.`,
      en: `  Input: an array of lines { "source", "amount", "unit"?, "label"?, "year"? } or
  { "lines": [...], "declared": { "total": "4916475", "central": "114765" } }; CSV with columns source, amount, unit, label, year.
  Amounts are decimal strings with "." ("24473.5"), no grouping; the default unit is million VND.
  Exits 1 when a stated total does not agree.`,
    },
    example: 'ntm funding examples/data/lai-chau-2024-funding.json',
  },
  'check-plan': {
    usage: 'ntm check-plan <plan.json> [--format findings|report|html] [--json]',
    summary: {
      vi: 'Kiểm tra các số liệu của kế hoạch năm có khớp với nhau không (tổng, nhóm xã, bình quân, số xã đạt từng tiêu chí, danh sách, năm ghi, nguồn vốn).',
      en: "Check that an annual plan's figures agree (totals, buckets, averages, per-criterion counts, lists, year labels, funding).",
    },
    details: {
      vi: `  Không tự sửa số liệu: mỗi chỗ không khớp là một phát hiện (lỗi, cảnh báo, thông tin) kèm vị trí trong tệp.
  --format report: in toàn bộ báo cáo; --format html: báo cáo HTML (biểu đồ, mở được khi không có mạng).
  Mã thoát 1 khi có lỗi hoặc cảnh báo. Mẫu tệp: examples/lai-chau-2024/plan.json; JSON Schema: ntm-rules/schemas/plan.json.`,
      en: `  Nothing is corrected: each disagreement is a finding (error, warning, info) with its path in the file.
  --format report: the full report; --format html: an HTML report (charts, works offline).
  Exits 1 on errors or warnings. Example file: examples/lai-chau-2024/plan.json; JSON Schema: ntm-rules/schemas/plan.json.`,
    },
    example: 'ntm check-plan examples/lai-chau-2024/plan.json --lang en',
  },
  sets: {
    usage: 'ntm sets [kind] [--as-of YYYY-MM-DD] [--province <name>] [--json]',
    summary: {
      vi: 'Liệt kê các bộ tiêu chí đã mã hóa, hoặc in một bộ thành bảng (ngưỡng, nguồn gốc, trích dẫn).',
      en: 'List the encoded criteria sets, or print one as a table (thresholds, provenance, citations).',
    },
    example: 'ntm sets commune --as-of 2024-06-30',
  },
  help: {
    usage: 'ntm help [command]',
    summary: { vi: 'Hướng dẫn sử dụng một lệnh.', en: 'Show the help of a command.' },
    example: 'ntm help evaluate',
  },
};

const GLOBAL: Record<Lang, string> = {
  vi: `Tùy chọn chung:
  --json               in kết quả dạng JSON (cho máy đọc)
  --lang vi|en         ngôn ngữ hiển thị (mặc định vi)
  --as-of YYYY-MM-DD   áp dụng phiên bản quy định có hiệu lực vào ngày này
  -h, --help           hướng dẫn; -v, --version phiên bản

Mã thoát: 0 thành công; 1 dữ liệu có lỗi hoặc có phát hiện (hoặc lỗi nội bộ của chương trình, có ghi rõ); 2 sai cú pháp lệnh.`,
  en: `Global options:
  --json               machine-readable JSON output
  --lang vi|en         output language (default vi)
  --as-of YYYY-MM-DD   apply the rules in force on that day
  -h, --help           help; -v, --version version

Exit codes: 0 ok; 1 findings or errors in the data (or an internal error, said as such); 2 bad usage.`,
};

/** The help of one command. */
export function commandHelp(name: string, lang: Lang): string {
  const c = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!c) return '';
  const ex = lang === 'vi' ? 'Ví dụ' : 'Example';
  return `${c.usage}\n  ${c.summary[lang]}\n${c.details ? `${c.details[lang]}\n` : ''}  ${ex}: ${c.example}\n`;
}

/** The help of the whole command. */
export function mainHelp(lang: Lang): string {
  const intro = lang === 'vi'
    ? 'ntm — Bộ tiêu chí nông thôn mới dưới dạng quy tắc có trích dẫn (ntm-rules)\n\nCách dùng: ntm <lệnh> [tùy chọn]\n\nCác lệnh:\n'
    : 'ntm — the New Rural Development (NTM) criteria as cited rules (ntm-rules)\n\nUsage: ntm <command> [options]\n\nCommands:\n';
  return `${intro}${Object.keys(COMMANDS).map((n) => commandHelp(n, lang)).join('\n')}\n${GLOBAL[lang]}\n`;
}
