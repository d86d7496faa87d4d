// Module hooks that make Node load a module graph the way a React Server
// Component bundler does: a file that starts with 'use client' (the kit's or
// a dependency's, as TanStack Query marks its own hook files) is not run but
// replaced by client references, objects that throw when a Server Component
// calls them. Used with `--conditions=react-server`, so `react` is React's
// server build, which has no hooks at all.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"]/

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !/\.m?js$/.test(url)) return nextLoad(url, context)
  const code = await readFile(fileURLToPath(url), 'utf8')
  if (!DIRECTIVE.test(code)) return nextLoad(url, context)
  const names = exportNames(url, code)
  const stub = [
    `const reference = (name) => Object.defineProperties(function () {`,
    `  throw new Error(name + ' is a client reference (${url.replace(/'/g, '')}): a Server Component cannot call it')`,
    `}, { $$typeof: { value: Symbol.for('react.client.reference') }, $$id: { value: ${JSON.stringify(url)} + '#' + name } })`,
    ...names.map((name) =>
      name === 'default' ? `export default reference('default')` : `export const ${name} = reference(${JSON.stringify(name)})`,
    ),
  ].join('\n')
  return { format: 'module', source: stub, shortCircuit: true }
}

/** The names an ES module exports, read from its syntax (no evaluation). */
function exportNames(url, code) {
  const source = ts.createSourceFile(url, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  const names = []
  const exported = (node) => ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
        throw new Error(`${url}: 'export *' in a client module is not supported by this loader`)
      }
      for (const element of statement.exportClause.elements) names.push(element.name.text)
    } else if (ts.isExportAssignment(statement)) {
      names.push('default')
    } else if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text)
      }
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && exported(statement)) {
      const isDefault = ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Default
      names.push(isDefault ? 'default' : statement.name.text)
    }
  }
  return names
}
