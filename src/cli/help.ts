// `ntm --help` and `ntm help <command>`: every command with an example.
import type { Lang } from './i18n.js';

/** Help for one command. */
export interface CommandHelp {
  readonly usage: Record<Lang, string>;
  readonly summary: Record<Lang, string>;
  readonly details?: Record<Lang, string>;
  /** One example per language; the Vietnamese ones run on the sample files of `ntm example`. */
  readonly example: Record<Lang, string>;
}

const CSV_RULES: Record<Lang, string> = {
  vi: `  Bảng tính (.xlsx, .csv, .tsv, .txt): một dòng cho mỗi xã, một cột cho mỗi mã chỉ tiêu ("2.1").
  Chỉ tiêu nhiều thành phần (5, 14.1): mỗi thành phần một cột, tên cột như trong tệp mẫu xa-2024.csv.
  Cột cố định: tên xã, tỉnh, huyện, vùng, năm, xã đặc biệt khó khăn, xã an toàn khu. Vùng ghi mã (ĐBSH),
  tên viết tắt hoặc tên đầy đủ (Đồng bằng sông Hồng). Dòng tiêu đề biểu, dòng trống, dòng "Tổng cộng",
  dòng tên huyện, cột STT, ghi chú được bỏ qua kèm thông báo. Ô trống = chưa xác định (không bao giờ là
  "chưa đạt"); "?" hoặc "-" = khai báo chưa có số liệu. Có/không: đạt, x, có, 1 / chưa đạt, không, 0.
  Số ghi kiểu Việt Nam (85,5; 1.234.567) hoặc kiểu Anh (dấu phẩy ngăn hàng nghìn, dấu chấm thập phân), xác
  định theo từng cột; số đọc được hai cách (67.950) là lỗi tại ô cho đến khi chọn --number-style vi (kiểu Việt
  Nam) hoặc --number-style en (kiểu Anh). "không áp dụng" cho chỉ tiêu "(nếu có)".
  CSV: phân cách bằng dấu phẩy, chấm phẩy hoặc tab (mỗi tệp một loại), mã UTF-8 hoặc UTF-16.
  --sheet <tên>: trang tính (mặc định trang đầu); --year N: năm của các dòng không có cột năm.`,
  en: `  Spreadsheets (.xlsx, .csv, .tsv, .txt): one row per commune, one column per indicator code ("2.1").
  Compound indicators take "<code>.<field>" columns ("5.schools", "5.atMinimumStandard", "5.atLevel1").
  Fixed columns: name, province, district, region, year, especiallyDifficult, safeZone (Vietnamese headers
  such as "tên xã", "huyện", "vùng", "năm" also work). Title, blank, "Tổng cộng" and district heading rows,
  STT and "ghi chú" columns are skipped with a notice. A blank cell is unknown (never "not met"); "?" or "-"
  declares it unknown. Yes/no: đạt, x, có, 1 / chưa đạt, không, 0. Numbers in Vietnamese (85,5; 1.234.567)
  or English style (1,234,567.5), settled per column; a number that reads two ways (67.950) is an error at
  its cell until --number-style vi|en says which. "không áp dụng" (n/a) for "if any" indicators.
  CSV: comma, semicolon or tab (one per file), UTF-8 or UTF-16.
  --sheet <name>: the worksheet (default: the first); --year N: the year of rows without a year column.`,
};

/** Help of every command, in the order `ntm --help` lists them. */
export const COMMANDS: Readonly<Record<string, CommandHelp>> = {
  evaluate: {
    usage: { vi: 'ntm evaluate <tệp .json|.xlsx|.csv> [--kind commune] [--as-of dd/mm/yyyy] [--overlay nguong.json] [--json [--detail compact]] [--xlsx ket-qua.xlsx]', en: 'ntm evaluate <file.json|.xlsx|.csv> [--kind commune] [--as-of YYYY-MM-DD] [--overlay overlay.json] [--json [--detail compact]] [--xlsx out.xlsx]' },
    summary: {
      vi: 'Đánh giá một xã (JSON), một danh sách xã (mảng JSON) hoặc một bảng tính (Excel .xlsx, CSV) theo bộ tiêu chí.',
      en: 'Evaluate one commune (JSON), a list (JSON array) or a spreadsheet (Excel .xlsx, CSV) against a criteria set.',
    },
    details: {
      vi: `  Tệp JSON: số liệu một xã hoặc danh sách xã, ghi như tệp mẫu son-binh.json (giai đoạn 2021 - 2025) hoặc
  xa-2026.json (giai đoạn 2026 - 2030: nhóm xã và kết quả đánh giá theo tiêu chí); xem docs/huong-dan.md.
  Vùng ghi mã (DBSH), tên viết tắt (ĐBSH) hoặc tên đầy đủ (Đồng bằng sông Hồng).
  --kind: mã loại bộ tiêu chí (mặc định commune; xem ntm sets; thôn, bản cần thêm --province).
  --overlay: bảng ngưỡng bổ sung của tỉnh hoặc bộ, ngành (JSON, có thể ghi nhiều lần), bổ sung ngưỡng chưa
  có trong thư viện; kết quả ghi rõ nguồn là bảng này.
  --json: kết quả dạng máy đọc, mỗi xã một mục; --detail compact: bản rút gọn, dưới 6 KB mỗi xã.
  --xlsx ket-qua.xlsx: ghi kết quả ra sổ tính Excel để lưu hồ sơ.
  Mã thoát 1 nếu có xã có số liệu không hợp lệ (lỗi ghi ra luồng lỗi, kèm dòng, ô, cột hoặc vị trí trong tệp).
${CSV_RULES.vi}`,
      en: `  --kind: the criteria-set kind (default commune; village needs --province).
  --overlay: a provincial or ministry threshold table (JSON, repeatable) filling missing thresholds.
  --json: one entry per subject (with "at": row, sheet; a row with an error carries "error"); --detail compact:
  without the static parts (names, threshold texts, citations), under 6 KB per commune. --xlsx out.xlsx: the
  results as an Excel workbook. Exits 1 when a subject's data is invalid (errors go to stderr with the row,
  cell and column, or the path).
${CSV_RULES.en}`,
    },
    example: { vi: 'ntm evaluate xa-2024.csv   (tệp mẫu: ntm example xa-2024.csv)', en: 'ntm evaluate xa-2024.csv --lang en   (sample: ntm example xa-2024.csv)' },
  },
  summarize: {
    usage: { vi: 'ntm summarize <tệp .json|.xlsx|.csv> [--scheme national-19|thua-thien-hue-2018] [--floor N] [--json] [--xlsx tong-hop.xlsx]', en: 'ntm summarize <file.json|.xlsx|.csv> [--scheme national-19|thua-thien-hue-2018] [--floor N] [--json] [--xlsx out.xlsx]' },
    summary: {
      vi: 'Tổng hợp số liệu của tỉnh: số xã theo nhóm tiêu chí, bình quân tiêu chí/xã, xã thấp nhất, số xã đạt từng tiêu chí.',
      en: 'Province figures: communes per bucket, average criteria per commune, minimum, communes meeting each criterion.',
    },
    details: {
      vi: `  Đầu vào: danh sách xã để đánh giá (như lệnh evaluate: JSON, CSV hoặc .xlsx), hoặc danh sách xã đã có
  số tiêu chí đạt, ghi như tệp mẫu tong-hop-xa.json.
  Tiêu chí chưa xác định không được tính là đạt; kết quả nói rõ còn bao nhiêu tiêu chí chưa xác định.
  --floor N: đếm các xã đạt dưới N tiêu chí ("không còn xã dưới 15 tiêu chí").
  --scheme: cách phân nhóm xã (mặc định national-19: 19; 15-18; 10-14; 5-9; dưới 5 tiêu chí).
  --xlsx tong-hop.xlsx: sổ tính gồm các trang Tổng hợp, Nhóm tiêu chí, Từng tiêu chí, Kết quả, Số liệu.`,
      en: `  Input: communes to evaluate (as for evaluate, JSON or CSV), or records
  { "name", "criteriaMet", "criteria": { "2": true } }. Unknown criteria are not counted as met.
  --floor N: count the communes meeting fewer than N criteria ("no commune under 15 criteria").
  --xlsx out.xlsx: a workbook with the figures, the buckets, the per-criterion tallies, results and inputs.`,
    },
    example: { vi: 'ntm summarize tong-hop-xa.json --floor 15   (tệp mẫu: ntm example tong-hop-xa.json)', en: 'ntm summarize tong-hop-xa.json --floor 15 --lang en' },
  },
  funding: {
    usage: { vi: 'ntm funding <tệp .json|.xlsx|.csv> [--unit million-vnd] [--number-style vi|en] [--json]', en: 'ntm funding <file.json|.xlsx|.csv> [--unit million-vnd] [--number-style vi|en] [--json]' },
    summary: {
      vi: 'Cộng chính xác các nguồn vốn theo cây nguồn vốn (NSTW, NSĐP, lồng ghép, tín dụng, cộng đồng…) và đối chiếu với số tổng đã ghi.',
      en: 'Exact totals over the funding taxonomy (central, local, integrated, credit, community…) and reconciliation with stated totals.',
    },
    details: {
      vi: `  Đầu vào: bảng tính có cột nguồn, số tiền, đơn vị, nội dung, năm (dòng "Đơn vị tính: …" phía trên bảng,
  dòng "Tổng cộng" dùng để đối chiếu), như trang "Nguồn vốn" của tệp mẫu xa-2024.xlsx; hoặc tệp JSON ghi như
  tệp mẫu nguon-von-2024.json. Mã nguồn vốn và hợp phần kèm tên tiếng Việt: bảng mã trong docs/huong-dan.md.
  Trong JSON số tiền ghi trong dấu ngoặc kép, không ngăn hàng nghìn, dấu chấm thập phân ("24473.5"); đơn vị
  mặc định triệu đồng. --unit: đơn vị in kết quả (vnd: đồng, thousand-vnd: nghìn đồng, million-vnd: triệu
  đồng, billion-vnd: tỷ đồng).
  Mã thoát 1 khi có số tổng không khớp.`,
      en: `  Input: an array of lines { "source", "amount", "unit"?, "label"?, "year"? } or
  { "lines": [...], "unit"?, "declared": { "total": "4916475" } } ("unit" applies to lines naming none and to the
  declared totals); or a spreadsheet with columns source/nguồn, amount/số tiền, unit/đơn vị, label/nội dung, year/năm
  ("Đơn vị tính: …" above the table; a "Tổng cộng" row is reconciled). In JSON, amounts are decimal strings with "."
  ("24473.5"); the default unit is million VND.
  Exits 1 when a stated total does not agree.`,
    },
    example: { vi: 'ntm funding nguon-von-2024.json   (tệp mẫu: ntm example nguon-von-2024.json)', en: 'ntm funding nguon-von-2024.json --lang en' },
  },
  'check-plan': {
    usage: { vi: 'ntm check-plan <ke-hoach.json|du-thao.docx|du-thao.txt> [--format findings|report|html] [--json]', en: 'ntm check-plan <plan.json|draft.docx|draft.txt> [--format findings|report|html] [--json]' },
    summary: {
      vi: 'Kiểm tra các số liệu của kế hoạch năm có khớp với nhau không (tổng, nhóm xã, bình quân, số xã đạt từng tiêu chí, danh sách, năm ghi, nguồn vốn).',
      en: "Check that an annual plan's figures agree (totals, buckets, averages, per-criterion counts, lists, year labels, funding).",
    },
    details: {
      vi: `  Không tự sửa số liệu: mỗi chỗ không khớp là một phát hiện (lỗi, cảnh báo, thông tin) kèm vị trí trong tệp.
  --format report: in toàn bộ báo cáo; --format html: báo cáo HTML (biểu đồ, mở được khi không có mạng).
  Văn bản kế hoạch (.docx hoặc .txt) được đọc như lệnh extract-plan rồi kiểm tra; mỗi phát hiện kèm câu
  văn bản có số liệu đó (số dòng và trích dẫn).
  Mã thoát 1 khi có lỗi hoặc cảnh báo. Tệp mẫu: ntm example ke-hoach-2024.json; cấu trúc tệp: ntm-rules/schemas/plan.json.`,
      en: `  Nothing is corrected: each disagreement is a finding (error, warning, info) with its path in the file.
  --format report: the full report; --format html: an HTML report (charts, works offline).
  A plan document (.docx or .txt) is read as by extract-plan, then checked; each finding comes with the
  sentences its figures were read from (line and quote).
  Exits 1 on errors or warnings. Sample: ntm example ke-hoach-2024.json; JSON Schema: ntm-rules/schemas/plan.json.`,
    },
    example: { vi: 'ntm check-plan ke-hoach-2024.json --format report   (tệp mẫu: ntm example ke-hoach-2024.json)', en: 'ntm check-plan ke-hoach-2024.json --lang en' },
  },
  'extract-plan': {
    usage: { vi: 'ntm extract-plan <du-thao.docx|du-thao.txt> [--json] [--format table|plan|extraction] [--province <tên tỉnh>]', en: 'ntm extract-plan <draft.docx|draft.txt> [--json] [--format table|plan|extraction] [--province <name>]' },
    summary: {
      vi: 'Đọc văn bản kế hoạch năm (Word .docx hoặc văn bản .txt UTF-8) thành dữ liệu kế hoạch; mỗi số liệu kèm câu văn bản có nó.',
      en: "Read an annual plan document (Word .docx or UTF-8 .txt) into plan data; every figure with the words it came from.",
    },
    details: {
      vi: `  Mặc định in bảng để rà soát (số liệu, giá trị, dòng, trích văn bản), rồi các mục văn bản không ghi và
  các câu có số liệu chưa đọc được. --json: dữ liệu kế hoạch (JSON) để rà soát, sửa và kiểm tra bằng check-plan;
  --format extraction: toàn bộ kết quả đọc (kế hoạch, trích dẫn, phần chưa đọc, mâu thuẫn). Không đoán số liệu:
  số liệu không chắc chắn được liệt kê là chưa đọc. --province: tên tỉnh khi văn bản không ghi.
  Mã thoát 1 khi văn bản tự mâu thuẫn (cùng số liệu ghi hai giá trị, mẫu số khác nhau).`,
      en: `  Prints a review table by default (figure, value, line, quote), then the parts the text does not state and
  the sentences with figures that could not be read. --json: the plan data (JSON) to review, edit and check with
  check-plan; --format extraction: everything read (plan, evidence, unread, contradictions). Nothing is guessed:
  an uncertain figure is listed as not read. --province: the province when the text does not name it.
  Exits 1 when the text contradicts itself (a figure stated twice differently, differing denominators).`,
    },
    example: { vi: 'ntm extract-plan du-thao-ke-hoach-2024.docx   (tệp mẫu: ntm example du-thao-ke-hoach-2024.docx)', en: 'ntm extract-plan du-thao-ke-hoach-2024.docx --lang en' },
  },
  'overlay-template': {
    usage: { vi: 'ntm overlay-template <mã loại> [--as-of dd/mm/yyyy] [--xlsx bang-nguong.xlsx]', en: 'ntm overlay-template <kind> [--as-of YYYY-MM-DD] [--xlsx out.xlsx]' },
    summary: {
      vi: 'Tạo mẫu bảng ngưỡng của một bộ tiêu chí (CSV ra màn hình, hoặc sổ tính .xlsx) để tỉnh điền một lần theo quyết định của mình, rồi dùng với --overlay.',
      en: "Write a criteria set's threshold table as a template (CSV on standard output, or an .xlsx workbook) for a province to fill in once from its decision, then use with --overlay.",
    },
    details: {
      vi: `  Mỗi dòng một chỉ tiêu theo thứ tự của phụ lục (chỉ tiêu nhiều thành phần: mỗi thành phần một dòng; thu nhập: mỗi
  năm một dòng), mỗi cột một vùng (2021 - 2025) hoặc một nhóm xã (2026 - 2030), cột "Chung" cho mọi vùng; phía trên là các
  mục số hiệu văn bản, ngày ban hành, cơ quan ban hành, nguồn gốc. Giá trị thư viện đã có được ghi sẵn kèm dấu
  [có sẵn, …]. Ô ghi ≥ 90%, ≤ 24%, 90%, Đạt, Không, ≥ 45 triệu đồng/người/năm; ô trống hoặc "-" = không quy định.
  Không có --as-of: phiên bản mới nhất (với commune là bộ tiêu chí 2026 - 2030). Bảng đã điền dùng được ở mọi lệnh
  nhận --overlay (evaluate, summarize): --overlay bang-nguong.csv hoặc --overlay bang-nguong.xlsx, đọc theo --kind
  và --as-of; ô sai được báo kèm trang, ô, chỉ tiêu và cột. Xem docs/huong-dan.md.`,
      en: `  One row per indicator in the annex's order (compound indicators: one row per part; income: one row per year),
  one column per region (2021-2025) or commune group (2026-2030), and an "All" column; above it, fields for the
  instrument number, date of issue, issuer and provenance. Values the package holds are pre-filled and marked
  [package, …]. Cells take ≥ 90%, ≤ 24%, 90%, Met/Đạt, None/Không, ≥ 45 million VND/person/year; blank or "-" =
  not specified. Without --as-of: the newest version (for commune, the 2026-2030 set). A filled table works in
  every command taking --overlay (evaluate, summarize): --overlay table.csv or --overlay table.xlsx, read for
  --kind and --as-of; a bad cell is reported with its sheet, cell, indicator and column.`,
    },
    example: { vi: 'ntm overlay-template commune --as-of 30/06/2024 --xlsx bang-nguong.xlsx', en: 'ntm overlay-template commune --as-of 2024-06-30 --xlsx thresholds.xlsx --lang en' },
  },
  sets: {
    usage: { vi: 'ntm sets [mã loại] [--as-of dd/mm/yyyy] [--province <tên tỉnh>] [--json]', en: 'ntm sets [kind] [--as-of YYYY-MM-DD] [--province <name>] [--json]' },
    summary: {
      vi: 'Liệt kê các bộ tiêu chí có trong thư viện, hoặc in một bộ: từng chỉ tiêu, ngưỡng, mức độ tin cậy và văn bản nguồn.',
      en: 'List the criteria sets in the library, or print one: each indicator, threshold, provenance and source.',
    },
    example: { vi: 'ntm sets commune --as-of 30/06/2024', en: 'ntm sets commune --as-of 2024-06-30 --lang en' },
  },
  example: {
    usage: { vi: 'ntm example [tên tệp mẫu] [tên tệp ghi ra]', en: 'ntm example [name] [destination]' },
    summary: {
      vi: 'Liệt kê các tệp mẫu có trong gói, hoặc ghi một tệp mẫu vào thư mục đang làm việc (không ghi đè tệp đã có).',
      en: 'List the sample files shipped in the package, or write one into the working folder (never over an existing file).',
    },
    example: { vi: 'ntm example xa-2024.xlsx', en: 'ntm example xa-2024.xlsx --lang en' },
  },
  help: {
    usage: { vi: 'ntm help [lệnh]', en: 'ntm help [command]' },
    summary: { vi: 'Hướng dẫn sử dụng một lệnh.', en: 'Show the help of a command.' },
    example: { vi: 'ntm help evaluate', en: 'ntm help evaluate --lang en' },
  },
};

const GLOBAL: Record<Lang, string> = {
  vi: `Tùy chọn chung:
  --json               in kết quả dạng JSON (cho phần mềm khác đọc)
  --lang vi|en         ngôn ngữ hiển thị (mặc định vi: tiếng Việt; en: tiếng Anh)
  --as-of dd/mm/yyyy   áp dụng phiên bản quy định có hiệu lực vào ngày này (cũng nhận yyyy-mm-dd)
  -h, --help           hướng dẫn; -v, --version phiên bản

Mã thoát: 0 thành công; 1 số liệu có lỗi hoặc có phát hiện (hoặc lỗi nội bộ của chương trình, có ghi rõ); 2 sai cú pháp lệnh.
Tệp mẫu để thử các lệnh: ntm example. Hướng dẫn đầy đủ: docs/huong-dan.md trong gói ntm-rules.`,
  en: `Global options:
  --json               machine-readable JSON output
  --lang vi|en         output language (default vi)
  --as-of YYYY-MM-DD   apply the rules in force on that day (dd/mm/yyyy also read)
  -h, --help           help; -v, --version version

Exit codes: 0 ok; 1 findings or errors in the data (or an internal error, said as such); 2 bad usage.`,
};

/** The help of one command. */
export function commandHelp(name: string, lang: Lang): string {
  const c = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!c) return '';
  const ex = lang === 'vi' ? 'Ví dụ' : 'Example';
  return `${c.usage[lang]}\n  ${c.summary[lang]}\n${c.details ? `${c.details[lang]}\n` : ''}  ${ex}: ${c.example[lang]}\n`;
}

/** The help of the whole command. */
export function mainHelp(lang: Lang): string {
  const intro = lang === 'vi'
    ? 'ntm — Bộ tiêu chí nông thôn mới dưới dạng quy tắc có trích dẫn (ntm-rules)\n\nCách dùng: ntm <lệnh> [tùy chọn]\n\nCác lệnh:\n'
    : 'ntm — the New Rural Development (NTM) criteria as cited rules (ntm-rules)\n\nUsage: ntm <command> [options]\n\nCommands:\n';
  return `${intro}${Object.keys(COMMANDS).map((n) => commandHelp(n, lang)).join('\n')}\n${GLOBAL[lang]}\n`;
}
