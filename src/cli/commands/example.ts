// `ntm example [name] [destination]`: the sample files shipped in the package, written into the
// working folder so that the guide's steps (docs/huong-dan.md) can be followed without the repository.
import type { LocalizedText } from '../../_lib/text.js';
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { t } from '../i18n.js';
import { cannotRead, cannotWrite } from '../messages.js';
import { renderTable } from '../table.js';

interface Sample {
  readonly path: string;
  readonly text: LocalizedText;
}

/** The samples by the name they are written under, in the order the guide uses them. */
export const SAMPLES: ReadonlyMap<string, Sample> = new Map<string, Sample>([
  ['son-binh.json', { path: 'examples/data/son-binh.json', text: { vi: 'số liệu một xã (JSON, số liệu minh họa)', en: 'one commune (JSON, illustrative figures)' } }],
  ['xa-2024.csv', { path: 'examples/data/communes.csv', text: { vi: 'bảng số liệu ba xã (CSV)', en: 'three communes (CSV)' } }],
  ['xa-2024.xlsx', { path: 'examples/data/xa-2024.xlsx', text: { vi: 'sổ tính Excel: trang "Xã 2024" (số liệu xã) và trang "Nguồn vốn"', en: 'Excel workbook: sheets "Xã 2024" (communes) and "Nguồn vốn" (funding)' } }],
  ['tong-hop-xa.json', { path: 'examples/data/province-records.json', text: { vi: 'danh sách xã đã có số tiêu chí đạt (JSON)', en: 'communes with their criteria met (JSON)' } }],
  ['nguon-von-2024.json', { path: 'examples/data/lai-chau-2024-funding.json', text: { vi: 'nguồn vốn theo kế hoạch năm 2024 của tỉnh Lai Châu, bản dự thảo (JSON)', en: 'funding of the Lai Châu 2024 plan, draft (JSON)' } }],
  ['ke-hoach-2024.json', { path: 'examples/lai-chau-2024/plan.json', text: { vi: 'kế hoạch năm 2024 của tỉnh Lai Châu, bản dự thảo, dạng dữ liệu (JSON)', en: 'the Lai Châu 2024 plan, draft, as data (JSON)' } }],
  ['du-thao-ke-hoach-2024.docx', { path: 'examples/lai-chau-2024/plan.docx', text: { vi: 'văn bản kế hoạch năm 2024 của tỉnh Lai Châu, bản dự thảo (Word)', en: 'the Lai Châu 2024 plan document, draft (Word)' } }],
  ['du-thao-ke-hoach-2024.txt', { path: 'examples/lai-chau-2024/plan.txt', text: { vi: 'văn bản kế hoạch năm 2024 của tỉnh Lai Châu, bản dự thảo (văn bản thuần)', en: 'the Lai Châu 2024 plan document, draft (plain text)' } }],
  ['xa-2026.json', { path: 'examples/data/xa-2026.json', text: { vi: 'ba xã năm 2026 (giai đoạn 2026 - 2030): nhóm xã và kết quả đánh giá theo tiêu chí (JSON, số liệu minh họa)', en: 'three communes in 2026 (2026-2030 period): commune groups and criterion-level assessments (JSON, illustrative)' } }],
  ['ke-hoach-2026-vi-du.json', { path: 'examples/data/plan-2026-example.json', text: { vi: 'kế hoạch năm 2026 của một tỉnh giả định: 10 tiêu chí, nguồn vốn theo hợp phần (JSON, số liệu minh họa)', en: 'a 2026 plan of a made-up province: 10 criteria, funding by component (JSON, illustrative)' } }],
  ['bang-nguong-vi-du.xlsx', { path: 'examples/data/bang-nguong-VI-DU-khong-phai-quy-dinh.xlsx', text: { vi: 'bảng ngưỡng của tỉnh đã điền (sổ tính Excel; VÍ DỤ, không phải quy định)', en: 'a filled-in provincial threshold table (Excel; EXAMPLE values, not law)' } }],
  ['bang-nguong-vi-du.csv', { path: 'examples/data/bang-nguong-VI-DU-khong-phai-quy-dinh.csv', text: { vi: 'bảng ngưỡng của tỉnh đã điền (CSV; VÍ DỤ, không phải quy định)', en: 'a filled-in provincial threshold table (CSV; EXAMPLE values, not law)' } }],
  ['nguong-vi-du.json', { path: 'examples/data/nguong-vi-du.json', text: { vi: 'bảng ngưỡng bổ sung của tỉnh (VÍ DỤ, số liệu minh họa, không phải quy định)', en: 'a provincial threshold table (EXAMPLE values, not law)' } }],
]);

/** `ntm example`: lists the samples; `ntm example <name> [destination]` writes one into the working folder. */
export async function exampleCommand(ctx: Context, args: readonly string[]): Promise<number> {
  const lang = ctx.lang;
  if (args.length > 2) throw new UsageError({ vi: `example: nhiều nhất một tên mẫu và một tên tệp (đang có ${args.length})`, en: `example: at most a sample name and a destination (got ${args.length})` });
  const [name, destination] = args;
  if (name === undefined) {
    const rows = [...SAMPLES].map(([n, s]) => [n, s.text[lang]]);
    ctx.io.stdout(`${renderTable([t(lang, 'Tệp mẫu', 'Sample'), t(lang, 'Nội dung', 'Contents')], rows)}${t(lang, 'Ghi một tệp mẫu vào thư mục đang làm việc: ntm example <tên tệp mẫu>', 'Write a sample into the working folder: ntm example <sample>')}\n`);
    return EXIT.ok;
  }
  const sample = SAMPLES.get(name);
  if (sample === undefined) {
    const list = [...SAMPLES.keys()].join(', ');
    throw new UsageError({ vi: `example: không có tệp mẫu "${name}"; các tệp mẫu: ${list}`, en: `example: no sample "${name}"; samples: ${list}` });
  }
  if (!ctx.io.readPackageFile || !ctx.io.writeNewFile) throw new UsageError({ vi: 'example: môi trường này không ghi được tệp', en: 'example: this environment cannot write files' });
  let data: Uint8Array;
  try {
    data = await ctx.io.readPackageFile(sample.path);
  } catch (error) {
    throw cannotRead(sample.path, error);
  }
  const out = destination ?? name;
  try {
    await ctx.io.writeNewFile(out, data);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') {
      throw new UsageError({ vi: `example: đã có tệp "${out}"; không ghi đè (xóa, đổi tên tệp cũ hoặc ghi tên tệp khác: ntm example ${name} <tên tệp mới>)`, en: `example: "${out}" exists and is not overwritten (remove or rename it, or give another name: ntm example ${name} <new name>)` });
    }
    throw cannotWrite(out, error);
  }
  ctx.io.stdout(t(lang, `Đã ghi ${out}: ${sample.text.vi}\n`, `Wrote ${out}: ${sample.text.en}\n`));
  return EXIT.ok;
}
