import ts from 'typescript'

/**
 * Globals that exist only in a browser. `fetch`, `URL`, `Request`, `Intl` are
 * not here: servers have them too.
 */
const BROWSER_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'matchMedia',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
  'ResizeObserver',
  'IntersectionObserver',
  'MutationObserver',
  'HTMLElement',
])

const isHookName = (name: string) => name === 'use' || /^use[A-Z0-9]/.test(name) || name === 'createContext'

/**
 * Why a source module must be a client module in a React Server Component
 * graph, read from its syntax alone: it imports a hook (`use*`, from React,
 * TanStack Query or the kit itself) or `createContext`, touches a browser-only
 * global, or puts an event handler on an element. An empty list means the
 * module is callable from a Server Component and must not carry
 * `'use client'` (that would turn its exports into client references).
 *
 * Re-exports (`export { useX } from`) are not uses: a barrel that only passes
 * names on stays server-safe, as TanStack Query's index does.
 */
export function clientReasons(fileName: string, text: string): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind)
  const reasons = new Set<string>()
  const reactNamespaces = new Set<string>()
  const declared = new Set<string>()

  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue
    const clause = statement.importClause
    if (!clause || clause.isTypeOnly) continue
    const from = statement.moduleSpecifier.text
    if (clause.name && from === 'react') reactNamespaces.add(clause.name.text)
    const bindings = clause.namedBindings
    if (bindings && ts.isNamespaceImport(bindings)) {
      if (from === 'react') reactNamespaces.add(bindings.name.text)
      continue
    }
    for (const element of bindings?.elements ?? []) {
      const imported = (element.propertyName ?? element.name).text
      if (!element.isTypeOnly && isHookName(imported)) reasons.add(`imports ${imported} from '${from}'`)
    }
  }

  const collectDeclared = (node: ts.Node): void => {
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node)) && ts.isIdentifier(node.name)) {
      declared.add(node.name.text)
    }
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) declared.add(node.name.text)
    ts.forEachChild(node, collectDeclared)
  }
  collectDeclared(source)

  // Code that checks `typeof window` first is written to run on servers too.
  const guarded = new Set<string>()
  const collectGuarded = (node: ts.Node): void => {
    if (ts.isTypeOfExpression(node) && ts.isIdentifier(node.expression)) guarded.add(node.expression.text)
    ts.forEachChild(node, collectGuarded)
  }
  collectGuarded(source)

  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node)
      && ts.isIdentifier(node.expression)
      && reactNamespaces.has(node.expression.text)
      && isHookName(node.name.text)
    ) {
      reasons.add(`calls ${node.expression.text}.${node.name.text}`)
    }
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && !declared.has(node.text) && !guarded.has(node.text) && isValueReference(node)) {
      reasons.add(`uses the browser global ${node.text}`)
    }
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && /^on[A-Z]/.test(node.name.text)) {
      reasons.add(`sets the event handler ${node.name.text}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return [...reasons]
}

/** A read of the global: not a property name, a type, or an import name. */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
  if (ts.isQualifiedName(parent) || ts.isTypeReferenceNode(parent) || ts.isTypeQueryNode(parent)) return false
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return false
  if (ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) return false
  if (ts.isShorthandPropertyAssignment(parent)) return true
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false
  return true
}
