// Every @example in the sources compiles against the public API, and every public value export has one.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const SRC = resolve('src');
const OUT = resolve('.tmp/doc-examples');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The ```ts blocks of every @example tag in a file's doc comments. */
function examplesOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const body = comment.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '')).join('\n');
    for (const part of body.split('@example').slice(1)) {
      const block = /```(?:ts|typescript)\n([\s\S]*?)```/.exec(part.split(/\n@\w+/)[0]!);
      if (block) out.push(block[1]!);
    }
  }
  return out;
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(resolve('tsconfig.json'), (p) => ts.sys.readFile(p));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, resolve('.')).options;
}

describe('TSDoc examples', () => {
  const files = sourceFiles(SRC);
  const examples = files.flatMap((f) => examplesOf(f).map((code, n) => ({ file: f, n, code })));
  let program: ts.Program;

  // One program for both checks: type-checking is slow, so it is built once.
  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const barrel = relative(OUT, join(SRC, 'index.js')).replace(/\\/g, '/');
    const written = examples.map(({ file, n, code }) => {
      const name = join(OUT, `${relative(SRC, file).replace(/[\\/]/g, '__').replace(/\.ts$/, '')}__${n}.ts`);
      const body = code.replace(/from ['"]ntm-rules['"]/g, `from '${barrel}'`);
      // `export {}` keeps each example a module, so their top-level names do not collide.
      writeFileSync(name, `${body}\nexport {};\n`);
      return name;
    });
    program = ts.createProgram([join(SRC, 'index.ts'), ...written], { ...compilerOptions(), noEmit: true });
  }, 180_000);

  it('every @example block type-checks against the public API', () => {
    expect(examples.length).toBeGreaterThan(10);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${relative('.', d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  }, 180_000);

  it('every export of src/index.ts (values and types) has TSDoc with an @example', () => {
    const checker = program.getTypeChecker();
    const index = program.getSourceFile(join(SRC, 'index.ts'))!;
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(index)!);
    const missing: string[] = [];
    let values = 0;
    for (const sym of exports) {
      const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      values++;
      const tags = (target.declarations ?? []).flatMap((d) => ts.getJSDocTags(d.kind === ts.SyntaxKind.VariableDeclaration ? d.parent.parent : d));
      if (!tags.some((t) => t.tagName.text === 'example')) missing.push(sym.name);
    }
    expect(values).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
