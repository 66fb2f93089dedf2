// Sources: what offices hold, read into plain data with the place of every value (`ntm-rules/sources`).
// The heavy libraries (exceljs, mammoth) load on first use: importing this module loads neither.

// Plan documents: a plan's text or Word file read into plan data, with evidence.
export { extractPlan } from './plan-text/extract.js';
export { readDocxText } from './plan-text/docx.js';
export { findingEvidence } from './plan-text/evidence.js';
export type { ExtractPlanOptions, PlanEvidence, PlanExtraction, PlanQuote, PlanTextFinding, PlanUnread } from './plan-text/types.js';

// Office spreadsheets: CSV of any dialect, Excel .xlsx.
export { readCommuneTable, streamCommuneTable } from './tables/commune-table.js';
export { readFundingTable } from './tables/funding-table.js';
export type {
  CommuneTable,
  CommuneTableEntry,
  FundingTable,
  NumberStyle,
  ReadCommuneTableOptions,
  ReadFundingTableOptions,
  TableColumn,
  TableFormat,
  TableInput,
  TableIssue,
  TableNotice,
  TablePlace,
  TableRowSource,
} from './tables/types.js';

// Threshold tables: the official table as a spreadsheet (a template to fill, read back as a cited overlay).
export { overlayTemplate } from './overlay-table/template.js';
export { readOverlayTable } from './overlay-table/read.js';
export type { OverlayTemplateOptions, ReadOverlayTableOptions } from './overlay-table/types.js';
