import { writeFileSync } from 'node:fs';

const FIELDS = ['name', 'description', 'function', 'options', 'input', 'expected', 'rule', 'source'];
const RULE_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

/**
 * Writes a conformance file after checking every case: the fields of the format, a unique name, and
 * `rule` a non-empty list of rule ids of docs/spec.md. One case per line (small diffs, compact files).
 */
export function writeCase(file, description, cases) {
  const names = new Set();
  for (const c of cases) {
    for (const k of FIELDS) if (!(k in c)) throw new Error(`${file}: case ${c.name ?? '?'} lacks "${k}"`);
    for (const k of Object.keys(c)) if (!FIELDS.includes(k)) throw new Error(`${file}: case ${c.name} has an unknown field "${k}"`);
    if (names.has(c.name)) throw new Error(`${file}: duplicate case name ${c.name}`);
    if (!Array.isArray(c.rule) || c.rule.length === 0 || !c.rule.every((r) => RULE_ID.test(r))) throw new Error(`${file}: case ${c.name}: rule must list rule ids, got ${JSON.stringify(c.rule)}`);
    if (typeof c.source !== 'string' || c.source === '') throw new Error(`${file}: case ${c.name}: source must say where the expected values come from`);
    names.add(c.name);
  }
  const lines = cases.map((c) => JSON.stringify(Object.fromEntries(FIELDS.map((k) => [k, c[k]]))));
  const text = `{"description":${JSON.stringify(description)},"cases":[\n${lines.join(',\n')}\n]}\n`;
  JSON.parse(text);
  writeFileSync(new URL(`../../conformance/${file}`, import.meta.url), text);
  console.log(`conformance/${file}: ${cases.length} cases`);
}

/** An expected error: its code and the issue paths (compared as a set). */
export const error = (code, paths = []) => ({ error: { code, paths: [...new Set(paths.map((p) => JSON.stringify(p)))].sort().map((p) => JSON.parse(p)) } });
