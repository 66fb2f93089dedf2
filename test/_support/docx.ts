// Builds real .docx files for the tests: WordprocessingML parts zipped with jszip, the way Word stores
// them (text split into runs, line breaks, tabs, tracked changes, tables).
import JSZip from 'jszip';

/** A piece of a paragraph: text, a line break, a tab, or a tracked deletion / insertion. */
export type DocxRun = string | { readonly br: true } | { readonly tab: true } | { readonly del: string } | { readonly ins: string };
/** A paragraph (its runs), or a table (rows of cells, each cell one paragraph of runs). */
export type DocxBlock = readonly DocxRun[] | { readonly table: readonly (readonly (readonly DocxRun[])[])[] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (s: string) => `<w:t xml:space="preserve">${esc(s)}</w:t>`;

function run(r: DocxRun, i: number): string {
  if (typeof r === 'string') return `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr>${text(r)}</w:r>`;
  if ('br' in r) return '<w:r><w:br/></w:r>';
  if ('tab' in r) return '<w:r><w:tab/></w:r>';
  if ('del' in r) return `<w:del w:id="${i}" w:author="Sở NN&amp;PTNT" w:date="2024-01-05T08:00:00Z"><w:r><w:delText xml:space="preserve">${esc(r.del)}</w:delText></w:r></w:del>`;
  return `<w:ins w:id="${i}" w:author="Sở NN&amp;PTNT" w:date="2024-01-05T08:00:00Z"><w:r>${text(r.ins)}</w:r></w:ins>`;
}

const paragraph = (runs: readonly DocxRun[]) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${runs.map(run).join('')}</w:p>`;

function block(b: DocxBlock): string {
  if (!('table' in b)) return paragraph(b as readonly DocxRun[]);
  const rows = b.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${rows.join('')}</w:tbl>`;
}

/** A .docx file holding the blocks, as bytes. */
export async function makeDocx(blocks: readonly DocxBlock[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${blocks.map(block).join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A short plan as a Word document: auto-numbered headings (no "I." in the text), split runs, a tracked change, a table. */
export function samplePlanDocx(): Promise<Uint8Array> {
  return makeDocx([
    ['ỦY BAN NHÂN DÂN'],
    ['TỈNH ĐIỆN BIÊN'],
    ['Số: 12/KH-UBND'],
    ['Điện Biên, ngày 05 tháng 01 năm 2024'],
    ['KẾ HOẠCH', { br: true }, 'Xây dựng nông thôn mới tỉnh Điện Biên năm 2024'],
    ['MỤC TIÊU'],
    ['- Công nhận mới 3 xã đạt chuẩn nông thôn mới (Thanh Xương, Noong Luống huyện Điện Biên; Mường Phăng thành phố Điện Biên Phủ).'],
    ['- Có 8', '0/1', '16 xã đạt tiêu chí số 2 về Giao thông (năm 2023 có 7', '2/116 xã).'],
    ['- Có ', { del: '70' }, { ins: '75' }, '/116 xã đạt tiêu chí điện.'],
    { table: [[['Số xã đạt từ 15-18 tiêu chí'], ['20 xã']], [['Số xã đạt từ 10-14 tiêu chí'], ['60 xã']]] },
    ['NGUỒN VỐN'],
    ['Tổng nguồn vốn:', { tab: true }, '1.500 triệu đồng'],
    ['- Vốn tín dụng: 1.000 triệu đồng'],
    ['- Vốn huy động cộng đồng dân cư: 0,5 tỷ đồng'],
  ]);
}
