// Writes conformance/programme.json: the programme targets as figures (getProgrammeTarget,
// targetCommuneCount, programmeSummaryTarget). The targets are typed below as the legal notes quote
// them (legal-notes-2026-2030.md; legal notes §8.2 for 2025); every count is worked out here in exact
// integer arithmetic (BigInt), never by the library. Run: node scripts/conformance/programme.mjs
import { error, writeCase } from './write.mjs';

const NOTES_2030 = 'legal-notes-2026-2030.md (secondary: laodong; nhandan): 2030 "about 65% of communes NTM, of which about 10% modern"; 2026 "đạt khoảng 15%"; 2035 85% NTM, 30% modern';
const NOTES_PASSED = 'legal-notes-2026-2030.md, NQ 257/2025/QH15, 2030 targets as passed (secondary: laodong)';
const NOTES_2035 = 'legal-notes-2026-2030.md, NQ 257/2025/QH15, 2035 targets (secondary: nhandan)';
const NOTES_2025 = 'QĐ 263/QĐ-TTg (secondary, legal notes §8.2): at least 80% of communes meet the NTM standard by 2025; no commune under 15 criteria';
// id → [programme year, measure, value, qualifier]
const TARGETS = {
  'ntm-communes-2025': [2025, 'communes-meeting-standard', { kind: 'share', percent: '80', base: 'all-communes' }, 'at-least', NOTES_2025],
  'communes-under-15-2025': [2025, 'communes-below-criteria', { kind: 'floor-criteria', criteria: 15 }, 'as-stated', NOTES_2025],
  'ntm-communes-2026': [2026, 'communes-meeting-standard', { kind: 'share', percent: '15', base: 'all-communes' }, 'about', NOTES_2030],
  'ntm-communes-2030': [2030, 'communes-meeting-standard', { kind: 'share', percent: '65', base: 'all-communes' }, 'about', NOTES_2030],
  'modern-communes-2030': [2030, 'modern-communes', { kind: 'share', percent: '10', base: 'unclear', readings: ['all-communes', 'ntm-communes'] }, 'about', `${NOTES_2030}; "of which" may be read of all communes or of the NTM communes (conflict)`],
  'provinces-completing-2030': [2030, 'provinces-completing', { kind: 'count', count: 5, unit: 'provinces' }, 'as-stated', `${NOTES_PASSED}: "5 provinces recognised as having completed the task"`],
  'rural-income-2030': [2030, 'rural-income', { kind: 'multiple', min: '2.5', max: '3', baseYear: 2020 }, 'as-stated', `${NOTES_PASSED}: "rural income 2.5-3 times 2020"`],
  'ethnic-minority-income-2030': [2030, 'ethnic-minority-income', { kind: 'fraction', numerator: 1, denominator: 2, of: { vi: 'thu nhập bình quân chung của cả nước', en: 'the national average income' } }, 'as-stated', `${NOTES_PASSED}: ethnic-minority income "1⁄2 of the national average" as passed (the proposal said two-thirds: a conflict)`],
  'poverty-reduction-2026-2030': [2030, 'poverty-rate-reduction', { kind: 'reduction-per-year', min: '1', max: '1.5' }, 'as-stated', `${NOTES_PASSED}: "multidimensional poverty down 1-1.5 points a year"`],
  'ethnic-minority-poverty-2030': [2030, 'ethnic-minority-poverty-rate', { kind: 'ceiling', percent: '10' }, 'below', `${NOTES_PASSED}: poverty "under 10% in ethnic-minority and mountainous areas"`],
  'ntm-communes-2035': [2035, 'communes-meeting-standard', { kind: 'share', percent: '85', base: 'all-communes' }, 'as-stated', `${NOTES_2035}: "85% NTM"`],
  'modern-communes-2035': [2035, 'modern-communes', { kind: 'share', percent: '30', base: 'unclear', readings: ['all-communes', 'ntm-communes'] }, 'as-stated', `${NOTES_2035}: "30% modern" (of all communes or of the NTM communes, as for 2030)`],
  'rural-income-2035': [2035, 'rural-income', { kind: 'multiple', min: '1.6', max: '1.6', baseYear: 2030 }, 'at-least', `${NOTES_2035}: "income ≥ 1.6 times 2030"`],
};

/** PROG-COUNT: percent × of / 100 exactly; the count is its ceiling. */
function count(percent, of) {
  const [int, frac = ''] = percent.split('.');
  const num = BigInt(int + frac) * BigInt(of);
  const den = 10n ** BigInt(frac.length + 2);
  const whole = num / den;
  const rest = (num % den).toString().padStart(frac.length + 2, '0').replace(/0+$/, '');
  return { exact: rest === '' ? `${whole}` : `${whole}.${rest}`, count: Number((num + den - 1n) / den) };
}

const cases = [];
const add = (c) => cases.push({ options: {}, ...c });
for (const [id, [year, measure, value, qualifier, source]] of Object.entries(TARGETS)) {
  add({ name: `programme/target/${id}`, description: `The target ${id}: its year, measure, value and qualifier.`, function: 'getProgrammeTarget', input: { id }, expected: { id, year, measure, value, qualifier }, rule: ['PROG-TARGETS'], source });
}
add({ name: 'programme/target/unknown', description: 'An unknown target id.', function: 'getProgrammeTarget', input: { id: 'ntm-communes-2029' }, expected: error('unknown-reference', [['id']]), rule: ['PROG-TARGETS', 'ERR-ROOTS'], source: 'data/programme-targets.json lists every target' });

const countCase = (name, description, id, of, options, rule) => {
  const [, , value, qualifier, source] = TARGETS[id];
  const base = value.base === 'unclear' ? options.base : value.base;
  add({ name, description, function: 'targetCommuneCount', input: { target: id, of }, options, expected: { target: id, percent: value.percent, base, of, ...count(value.percent, of), approximate: qualifier === 'about', qualifier }, rule, source });
};
countCase('programme/count/2030', '65% of 3,321 communes is 2,158.65: at least 2,159 communes; "khoảng" (about) is reported, not turned into a tolerance.', 'ntm-communes-2030', 3321, {}, ['PROG-COUNT']);
countCase('programme/count/2026-exact', '15% of 120 communes is exactly 18.', 'ntm-communes-2026', 120, {}, ['PROG-COUNT']);
countCase('programme/count/2025', '80% of 94 communes is 75.2: 76 communes ("at least").', 'ntm-communes-2025', 94, {}, ['PROG-COUNT']);
countCase('programme/count/zero', 'Of 0 communes: 0.', 'ntm-communes-2030', 0, {}, ['PROG-COUNT']);
countCase('programme/count/base-given', 'The modern share, read as 10% of 41 NTM communes: 4.1, so 5 communes.', 'modern-communes-2030', 41, { base: 'ntm-communes' }, ['PROG-BASE', 'PROG-COUNT']);
countCase('programme/count/base-agrees', 'A base that agrees with the target is accepted.', 'ntm-communes-2030', 100, { base: 'all-communes' }, ['PROG-BASE']);
const countErr = (name, description, input, options, code, paths, rule) => add({ name, description, function: 'targetCommuneCount', input, options, expected: error(code, paths), rule, source: NOTES_2030 });
countErr('programme/count/base-unclear', 'The modern share without a base: 10% of all communes or of the NTM communes? It must be said.', { target: 'modern-communes-2030', of: 41 }, {}, 'invalid-input', [['options', 'base']], ['PROG-BASE']);
countErr('programme/count/base-mismatch', 'A base contradicting the target (65% of all communes).', { target: 'ntm-communes-2030', of: 41 }, { base: 'ntm-communes' }, 'invalid-input', [['options', 'base']], ['PROG-BASE']);
countErr('programme/count/not-a-share', 'A floor of criteria is not a share of communes; a negative count: both reported.', { target: 'communes-under-15-2025', of: -1 }, {}, 'invalid-input', [['of'], ['target']], ['PROG-COUNT', 'ERR-ROOTS']);
countErr('programme/count/unknown-option', 'An unknown option key.', { target: 'ntm-communes-2030', of: 1 }, { basis: 'all-communes' }, 'invalid-input', [['options', 'basis']], ['PROG-COUNT', 'OPT-UNKNOWN-KEYS']);
countErr('programme/count/unknown-target', 'An unknown target.', { target: 'x', of: 1 }, {}, 'unknown-reference', [['id']], ['PROG-TARGETS']);

const summaryCase = (name, description, id, communes, expected, rule) => add({ name, description, function: 'programmeSummaryTarget', input: { target: id }, options: { communes }, expected, rule, source: TARGETS[id]?.[4] ?? NOTES_2030 });
summaryCase('programme/summary/share', '15% of 4 communes is 0.6: 1 commune meeting the standard.', 'ntm-communes-2026', 4, { meetingStandard: count('15', 4).count }, ['PROG-SUMMARY-TARGET']);
summaryCase('programme/summary/floor', '"No commune under 15 criteria": the summary minimum 15.', 'communes-under-15-2025', 4, { minimum: 15 }, ['PROG-SUMMARY-TARGET']);
summaryCase('programme/summary/not-a-figure', 'The modern share is no figure of a commune summary.', 'modern-communes-2030', 4, error('not-available', [['target']]), ['PROG-SUMMARY-TARGET']);

const summaryErr = (name, description, id, options, paths) => add({ name, description, function: 'programmeSummaryTarget', input: { target: id }, options, expected: error('invalid-input', paths), rule: ['PROG-SUMMARY-TARGET', 'ERR-ROOTS'], source: 'docs/spec.md ERR-ROOTS: paths into the options start with "options"' });
summaryErr('programme/summary/communes-missing', 'A share of communes without the number of communes: the option is required, reported at ["options", "communes"].', 'ntm-communes-2026', {}, [['options', 'communes']]);
summaryErr('programme/summary/communes-not-a-count', 'A number of communes that is not a whole number ≥ 0, reported at ["options", "communes"].', 'ntm-communes-2030', { communes: 12.5 }, [['options', 'communes']]);
summaryErr('programme/summary/communes-bad-for-floor', 'A floor of criteria needs no count, but a count given is still checked.', 'communes-under-15-2025', { communes: -3 }, [['options', 'communes']]);
summaryCase('programme/summary/floor-without-communes', 'A floor of criteria needs no number of communes.', 'communes-under-15-2025', undefined, { minimum: 15 }, ['PROG-SUMMARY-TARGET']);

add({ name: 'programme/summary/unknown-option', description: 'programmeSummaryTarget takes communes only.', function: 'programmeSummaryTarget', input: { target: 'ntm-communes-2026' }, options: { communes: 4, base: 'all-communes' }, expected: error('invalid-input', [['options', 'base']]), rule: ['PROG-SUMMARY-TARGET', 'OPT-UNKNOWN-KEYS'], source: NOTES_2030 });

writeCase('programme.json', 'Programme targets as figures: the targets (data/programme-targets.json), a share turned into a number of communes, a target as the figures of a commune summary. Complete expected results.', cases);
