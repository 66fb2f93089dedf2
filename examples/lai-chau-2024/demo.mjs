// The Lai Châu 2024 plan: load it, validate it, check it, print the report.
//   npm run demo                      (Vietnamese)
//   npm run demo -- --lang en         (English)
//   npm run demo -- --html report.html   (also write the HTML report)
//   npm run demo -- --plan other.json    (another plan in the same format)
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPlan, isNtmError, parsePlan, renderPlanReport, renderPlanReportHtml } from '../../dist/index.js';

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
try {
  text = readFileSync(planFile, 'utf8');
} catch (error) {
  console.error(`Cannot read ${planFile}: ${error.message}`);
  process.exit(1);
}
let plan;
try {
  plan = parsePlan(text);
} catch (error) {
  if (isNtmError(error)) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const findings = checkPlan(plan);
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
