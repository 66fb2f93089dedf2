import { writeFileSync } from 'node:fs';

/** Writes a conformance file after checking every case has the required fields and a unique name. */
export function writeCase(file, description, cases) {
  const names = new Set();
  for (const c of cases) {
    for (const k of ['name', 'description', 'function', 'options', 'input', 'expected', 'rule']) {
      if (!(k in c)) throw new Error(`${file}: case ${c.name ?? '?'} lacks "${k}"`);
    }
    if (names.has(c.name)) throw new Error(`${file}: duplicate case name ${c.name}`);
    names.add(c.name);
  }
  writeFileSync(new URL(`../../conformance/${file}`, import.meta.url), JSON.stringify({ description, cases }, null, 2) + '\n');
  console.log(`conformance/${file}: ${cases.length} cases`);
}
