// Plans: annual NTM plans as data, their consistency checks, and reports (`ntm-rules/plans`).
export { parsePlan } from './schema.js';
export { checkPlan } from './checks/index.js';
export { PLAN_CHECK_DEFAULTS } from './options.js';
export type { CheckPlanOptions, ResolvedCheckPlanOptions } from './options.js';
export { PLAN_FINDING_CODES } from './finding.js';
export type { PlanFinding, PlanFindingCode, PlanFindingFigure, FindingSeverity } from './finding.js';
export { renderPlanReport } from './report/text.js';
export { renderPlanReportHtml } from './report/html.js';
export type { PlanReportOptions } from './report/model.js';
export type * from './types.js';
