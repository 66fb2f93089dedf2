// The Lai Châu 2024 plan: load it, validate it, check it, print the report.
//   npm run demo                      (Vietnamese)
//   npm run demo -- --lang en         (English)
//   npm run demo -- --html report.html   (also write the HTML report)
//   npm run demo -- --plan other.json    (another plan in the same format)
//   npm run demo -- --plan draft.docx    (a plan document, .docx or .txt: read, then checked)
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPlan, extractPlan, findingEvidence, isNtmError, parsePlan, readDocxText, renderPlanReport, renderPlanReportHtml } from '../../dist/index.js';

const args = process.argv.slice(2);
function option(name) {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error(`${name} needs a value`);
    process.exit(2);
  }
  return value;
}
const lang = option('--lang') ?? 'vi';
if (lang !== 'vi' && lang !== 'en') {
  console.error(`--lang must be "vi" or "en", not "${lang}"`);
  process.exit(2);
}
// npm runs scripts from the package root; paths given on the command line are relative to where npm was called.
const here = process.env.INIT_CWD ?? process.cwd();
const htmlFile = option('--html') && resolve(here, option('--html'));
const planFile = option('--plan') ? resolve(here, option('--plan')) : join(dirname(fileURLToPath(import.meta.url)), 'plan.json');
// The report must never replace the plan it was made from (the same path, or a link to it).
const real = (file) => {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
};
if (htmlFile && real(htmlFile) === real(planFile)) {
  console.error(`--html ${htmlFile} is the plan file itself: choose another file for the report`);
  process.exit(2);
}

let text;
let bytes;
try {
  if (/\.docx$/i.test(planFile)) bytes = readFileSync(planFile);
  else text = readFileSync(planFile, 'utf8');
} catch (error) {
  console.error(`Cannot read ${planFile}: ${error.message}`);
  process.exit(1);
}
let plan;
let extraction;
try {
  // A plan document (.docx or .txt) is read into plan data first; a .json file is the plan data itself.
  if (bytes || /\.(txt|text|md)$/i.test(planFile)) {
    extraction = extractPlan(bytes ? await readDocxText(bytes) : text);
    plan = extraction.plan;
  } else plan = parsePlan(text);
} catch (error) {
  if (isNtmError(error)) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const findings = checkPlan(plan);
if (extraction) {
  const vi = lang === 'vi';
  const notStated = extraction.unread.filter((u) => u.code === 'not-stated').length;
  console.log(vi
    ? `Đã đọc ${planFile}: ${extraction.evidence.length} số liệu có trích dẫn; ${notStated} mục văn bản không ghi; ${extraction.unread.length - notStated} chỗ có số liệu chưa đọc được; ${extraction.findings.length} chỗ văn bản tự mâu thuẫn.`
    : `Read ${planFile}: ${extraction.evidence.length} figures with their quotes; ${notStated} parts not stated; ${extraction.unread.length - notStated} passages with figures not read; ${extraction.findings.length} contradictions in the text.`);
  for (const f of extraction.findings) console.log(`  ${f.message[lang]}\n${f.quotes.map((q) => `    ${vi ? 'dòng' : 'line'} ${q.line}: «${q.quote}»`).join('\n')}`);
  console.log(vi ? '\nCâu văn bản của từng phát hiện:' : '\nThe sentences behind each finding:');
  for (const f of findings) {
    console.log(`  ${f.code} (${f.path.join('.')})`);
    for (const e of findingEvidence(f, extraction)) console.log(`    ${vi ? 'dòng' : 'line'} ${e.line}: «${e.quote.replace(/\s+/g, ' ')}»`);
  }
  console.log('');
}
process.stdout.write(renderPlanReport(plan, { lang, findings }));
if (htmlFile) {
  try {
    writeFileSync(htmlFile, renderPlanReportHtml(plan, { lang, findings }));
  } catch (error) {
    console.error(`${lang === 'vi' ? 'Không ghi được báo cáo HTML vào' : 'Cannot write the HTML report to'} ${htmlFile}: ${error.code ?? error.message}`);
    process.exit(1);
  }
  console.log(`\n${lang === 'vi' ? 'Đã ghi báo cáo HTML' : 'HTML report written to'}: ${htmlFile}`);
}
