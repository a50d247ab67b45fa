/**
 * A static view of the server modules (src/server) for the security checks: where Glide records are made
 * (`new GlideRecord(…)`, `new GlideRecordSecure(…)`, `new GlideAggregate(…)`), on which tables (from the TypeScript
 * types: a constant or an `as const` map gives the literal names), what each site does with the record (insert,
 * update, delete), and which sites a bound entry function can reach.
 *
 * Reachability is conservative: from a function, every identifier that resolves to a declaration elsewhere in
 * src/server (function, class, variable such as an adapter object) is followed, whether it is called or passed on.
 * A site "escapes" when its record leaves the function (returned or passed), and its writes are then looked for in
 * the whole file.
 *
 * Justifications are comments, so that a reviewer reads them next to the code:
 * - `// system access: <why>` on the line above (or the line of) a `new GlideRecord(`/`new GlideAggregate(` marks a
 *   deliberate read or write as the system on a user-facing path;
 * - `// why: <reason>` on the line above `setWorkflow(false)`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import * as ts from 'typescript'

export type GlideClass = 'GlideRecord' | 'GlideRecordSecure' | 'GlideAggregate'
export type WriteOperation = 'create' | 'write' | 'delete'

/** One place that makes a Glide record. */
export interface GlideSite {
    /** Path relative to the project root, e.g. src/server/adapters/glide-benefits.ts */
    readonly file: string
    readonly line: number
    /** The enclosing named function or method (or '<module>'). */
    readonly fn: string
    readonly glideClass: GlideClass
    /** Table names the argument's type allows; undefined when it is a plain string (dynamic). */
    readonly tables: readonly string[] | undefined
    /** The argument as written. */
    readonly argument: string
    /** `secure ? new GlideRecordSecure(t) : new GlideRecord(t)`: the caller chooses. */
    readonly secureChoice: boolean
    /** What is done with the record: insert → create, update/updateMultiple → write, deleteRecord/deleteMultiple → delete. */
    readonly writes: readonly WriteOperation[]
    /** The `// system access: …` justification, if any. */
    readonly justification: string | undefined
}

/** A call on a user-facing path to a function with a `secure` parameter that is not passed `true`. */
export interface InsecureChoice {
    readonly file: string
    readonly line: number
    readonly callee: string
    readonly argument: string
}

/** One `setWorkflow(false)` and its `// why:` comment. */
export interface WorkflowOff {
    readonly file: string
    readonly line: number
    readonly why: string | undefined
}

const GLIDE_CLASSES: readonly GlideClass[] = ['GlideRecord', 'GlideRecordSecure', 'GlideAggregate']
const WRITE_METHODS: Readonly<Record<string, WriteOperation>> = {
    insert: 'create',
    update: 'write',
    updateMultiple: 'write',
    deleteRecord: 'delete',
    deleteMultiple: 'delete',
}

function listTs(dir: string): string[] {
    const out: string[] = []
    for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) out.push(...listTs(path))
        else if (name.endsWith('.ts') && !name.endsWith('.now.ts') && !name.endsWith('.d.ts')) out.push(path)
    }
    return out
}

function lineOf(node: ts.Node): number {
    const sf = node.getSourceFile()
    return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1
}

/** The comment text on the line above a node or at the end of its line matching a pattern. */
function nearbyComment(node: ts.Node, pattern: RegExp): string | undefined {
    const sf = node.getSourceFile()
    const lines = sf.text.split('\n')
    const line = lineOf(node) - 1
    for (const text of [lines[line - 1] ?? '', lines[line] ?? '']) {
        const m = pattern.exec(text)
        if (m) return (m[1] ?? '').trim()
    }
    return undefined
}

function functionName(node: ts.Node): string {
    for (let n: ts.Node | undefined = node; n; n = n.parent) {
        if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name) return n.name.getText()
        if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent))
            return n.parent.name.getText()
        if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isPropertyAssignment(n.parent))
            return n.parent.name.getText()
    }
    return '<module>'
}

function enclosingFunction(node: ts.Node): ts.Node | undefined {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
        if (ts.isFunctionLike(n)) return n
    }
    return undefined
}

export class ServerGraph {
    readonly root: string
    readonly program: ts.Program
    readonly checker: ts.TypeChecker
    readonly files: readonly ts.SourceFile[]
    private siteCache: GlideSite[] | undefined

    constructor(root: string) {
        this.root = root
        const files = listTs(join(root, 'src', 'server'))
        this.program = ts.createProgram(files, {
            target: ts.ScriptTarget.ES2021,
            module: ts.ModuleKind.ES2022,
            moduleResolution: ts.ModuleResolutionKind.Bundler,
            allowImportingTsExtensions: true,
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: [],
        })
        this.checker = this.program.getTypeChecker()
        this.files = files.map((f) => this.program.getSourceFile(f)).filter((f): f is ts.SourceFile => f !== undefined)
    }

    private rel(sf: ts.SourceFile): string {
        return relative(this.root, sf.fileName).split('\\').join('/')
    }

    private isServerNode(node: ts.Node): boolean {
        return this.files.includes(node.getSourceFile())
    }

    /** Literal string values a type allows (undefined when it allows any string). */
    private literals(type: ts.Type): string[] | undefined {
        if (type.isStringLiteral()) return [type.value]
        if (type.isUnion()) {
            const out: string[] = []
            for (const t of type.types) {
                const l = this.literals(t)
                if (!l) return undefined
                out.push(...l)
            }
            return [...new Set(out)].sort()
        }
        return undefined
    }

    /** Every Glide record construction in src/server. */
    sites(): GlideSite[] {
        if (this.siteCache) return this.siteCache
        const out: GlideSite[] = []
        for (const sf of this.files) {
            const visit = (node: ts.Node): void => {
                if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
                    const cls = node.expression.text as GlideClass
                    if (GLIDE_CLASSES.includes(cls)) out.push(this.site(sf, node, cls))
                }
                ts.forEachChild(node, visit)
            }
            visit(sf)
        }
        this.siteCache = out
        return out
    }

    private site(sf: ts.SourceFile, node: ts.NewExpression, cls: GlideClass): GlideSite {
        const arg = node.arguments?.[0]
        const tables = arg ? this.literals(this.checker.getTypeAtLocation(arg)) : undefined
        // secure ? new GlideRecordSecure(t) : new GlideRecord(t)
        let secureChoice = false
        const parent = node.parent
        if (ts.isConditionalExpression(parent)) {
            const other = parent.whenTrue === node ? parent.whenFalse : parent.whenTrue
            secureChoice =
                ts.isNewExpression(other) &&
                ts.isIdentifier(other.expression) &&
                other.expression.text === (cls === 'GlideRecord' ? 'GlideRecordSecure' : 'GlideRecord')
        }
        return {
            file: this.rel(sf),
            line: lineOf(node),
            fn: functionName(node),
            glideClass: cls,
            tables,
            argument: arg ? arg.getText(sf) : '',
            secureChoice,
            writes: this.writesOf(sf, node),
            justification: nearbyComment(node, /\/\/\s*system access:\s*(\S.*)$/),
        }
    }

    /**
     * What is done with the record a construction makes: write calls on the variable it is assigned to, followed
     * into the functions it is handed to (by parameter) and out to the callers it is returned to.
     */
    private writesOf(_sf: ts.SourceFile, node: ts.NewExpression): WriteOperation[] {
        let holder: ts.Node = node
        while (ts.isConditionalExpression(holder.parent) || ts.isParenthesizedExpression(holder.parent))
            holder = holder.parent
        const found = new Set<WriteOperation>()
        const parent = holder.parent
        const fn = enclosingFunction(node)
        if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && fn) {
            this.writesOnVariable(fn, parent.name.text, found, 0)
        } else if (ts.isPropertyAccessExpression(parent) && ts.isCallExpression(parent.parent)) {
            const op = WRITE_METHODS[parent.name.text]
            if (op) found.add(op)
        } else if (ts.isReturnStatement(parent) && fn) {
            this.writesOnReturn(fn, found, 0)
        }
        return [...found].sort()
    }

    private writesOnVariable(scope: ts.Node, name: string, found: Set<WriteOperation>, depth: number): void {
        if (depth > 4) return
        let returned = false
        const visit = (n: ts.Node): void => {
            if (ts.isCallExpression(n)) {
                const callee = n.expression
                if (
                    ts.isPropertyAccessExpression(callee) &&
                    ts.isIdentifier(callee.expression) &&
                    callee.expression.text === name &&
                    WRITE_METHODS[callee.name.text] !== undefined
                ) {
                    found.add(WRITE_METHODS[callee.name.text] as WriteOperation)
                }
                n.arguments.forEach((a, i) => {
                    if (!ts.isIdentifier(a) || a.text !== name) return
                    const target = this.serverFunction(callee)
                    const param = target?.parameters[i]
                    if (target && param && ts.isIdentifier(param.name))
                        this.writesOnVariable(target, param.name.text, found, depth + 1)
                })
            }
            if (ts.isReturnStatement(n) && n.expression && ts.isIdentifier(n.expression) && n.expression.text === name)
                returned = true
            ts.forEachChild(n, visit)
        }
        visit(scope)
        if (returned) this.writesOnReturn(scope, found, depth + 1)
    }

    /** Writes the callers of a function do on the record it returns. */
    private writesOnReturn(fn: ts.Node, found: Set<WriteOperation>, depth: number): void {
        if (depth > 4) return
        for (const call of this.callsTo().get(fn) ?? []) {
            const parent = call.parent
            const caller = enclosingFunction(call)
            if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && caller)
                this.writesOnVariable(caller, parent.name.text, found, depth + 1)
            else if (ts.isPropertyAccessExpression(parent)) {
                const op = WRITE_METHODS[parent.name.text]
                if (op) found.add(op)
            }
        }
    }

    private callIndex: Map<ts.Node, ts.CallExpression[]> | undefined

    /** Every call in src/server, by the server function it calls (one pass, on first use). */
    private callsTo(): Map<ts.Node, ts.CallExpression[]> {
        if (this.callIndex) return this.callIndex
        const index = new Map<ts.Node, ts.CallExpression[]>()
        for (const sf of this.files) {
            const visit = (n: ts.Node): void => {
                if (ts.isCallExpression(n)) {
                    const target = this.serverFunction(n.expression)
                    if (target) index.set(target, [...(index.get(target) ?? []), n])
                }
                ts.forEachChild(n, visit)
            }
            visit(sf)
        }
        this.callIndex = index
        return index
    }

    /** The server function (declaration, or a variable's function initialiser) an expression calls. */
    private serverFunction(expression: ts.Expression): ts.SignatureDeclaration | undefined {
        let symbol = this.checker.getSymbolAtLocation(expression)
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol)
        for (const d of symbol?.declarations ?? []) {
            if (!this.isServerNode(d)) continue
            if (ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)) return d
            if (
                ts.isVariableDeclaration(d) &&
                d.initializer &&
                (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
            )
                return d.initializer
        }
        return undefined
    }

    /** The exported declaration of a name in a file (relative path). */
    exported(file: string, name: string): ts.Node {
        const sf = this.files.find((f) => this.rel(f) === file)
        if (!sf) throw new Error(`${file} is not a server module`)
        const moduleSymbol = this.checker.getSymbolAtLocation(sf)
        const symbol = moduleSymbol && this.checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name)
        const decl = symbol?.declarations?.[0]
        if (!decl) throw new Error(`${file} exports no ${name}`)
        return decl
    }

    /** The server declarations a declaration can reach (itself included), following every identifier. */
    reachable(start: ts.Node): Set<ts.Node> {
        const seen = new Set<ts.Node>()
        const queue: ts.Node[] = [start]
        while (queue.length) {
            const decl = queue.pop() as ts.Node
            if (seen.has(decl)) continue
            seen.add(decl)
            const visit = (n: ts.Node): void => {
                if (ts.isIdentifier(n)) {
                    let symbol = this.checker.getSymbolAtLocation(n)
                    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol)
                    for (const d of symbol?.declarations ?? []) {
                        if (!this.isServerNode(d) || isWithin(d, decl)) continue
                        const target = followable(d)
                        if (target && !seen.has(target)) queue.push(target)
                    }
                }
                ts.forEachChild(n, visit)
            }
            ts.forEachChild(decl, visit)
        }
        return seen
    }

    /** The Glide sites inside a set of declarations. */
    sitesWithin(decls: ReadonlySet<ts.Node>): GlideSite[] {
        const inside = (site: GlideSite): boolean =>
            [...decls].some((d) => {
                const sf = d.getSourceFile()
                if (this.rel(sf) !== site.file) return false
                const from = sf.getLineAndCharacterOfPosition(d.getStart(sf)).line + 1
                const to = sf.getLineAndCharacterOfPosition(d.getEnd()).line + 1
                return site.line >= from && site.line <= to
            })
        return this.sites().filter(inside)
    }

    /** Calls, inside a set of declarations, to server functions with a `secure` parameter not passed `true`. */
    insecureChoices(decls: ReadonlySet<ts.Node>): InsecureChoice[] {
        const out: InsecureChoice[] = []
        for (const decl of decls) {
            const visit = (n: ts.Node): void => {
                if (ts.isCallExpression(n)) {
                    let symbol = this.checker.getSymbolAtLocation(n.expression)
                    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol)
                    const target = symbol?.declarations?.find((d) => this.isServerNode(d))
                    const params = target && ts.isFunctionLike(target) ? target.parameters : undefined
                    const index = params?.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'secure') ?? -1
                    if (index >= 0) {
                        const arg = n.arguments[index]
                        const text = arg ? arg.getText() : '(absent)'
                        const ok = text === 'true' || text === 'secure'
                        if (!ok) {
                            out.push({
                                file: this.rel(n.getSourceFile()),
                                line: lineOf(n),
                                callee: n.expression.getText(),
                                argument: text,
                            })
                        }
                    }
                }
                ts.forEachChild(n, visit)
            }
            visit(decl)
        }
        return out
    }

    /** Every `setWorkflow(false)` with the `// why:` comment above it. */
    workflowOffs(): WorkflowOff[] {
        const out: WorkflowOff[] = []
        for (const sf of this.files) {
            const visit = (n: ts.Node): void => {
                if (
                    ts.isCallExpression(n) &&
                    ts.isPropertyAccessExpression(n.expression) &&
                    n.expression.name.text === 'setWorkflow' &&
                    n.arguments[0]?.kind !== ts.SyntaxKind.TrueKeyword
                ) {
                    const sfLines = sf.text.split('\n')
                    const above = sfLines[lineOf(n) - 2] ?? ''
                    const m = /^\s*\/\/\s*why:\s*(\S.*)$/.exec(above)
                    out.push({ file: this.rel(sf), line: lineOf(n), why: m ? (m[1] as string).trim() : undefined })
                }
                ts.forEachChild(n, visit)
            }
            visit(sf)
        }
        return out
    }
}

function isWithin(node: ts.Node, container: ts.Node): boolean {
    for (let n: ts.Node | undefined = node; n; n = n.parent) if (n === container) return true
    return false
}

/** The declaration to follow for a symbol's declaration: functions, classes, methods and initialised variables. */
function followable(d: ts.Node): ts.Node | undefined {
    if (ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d) || ts.isMethodDeclaration(d)) return d
    if (ts.isVariableDeclaration(d) && d.initializer) return d
    if (ts.isPropertyAssignment(d) || ts.isShorthandPropertyAssignment(d)) return d
    return undefined
}

/** The source path of a module a generated script requires (`x_itvc_value/<pkg>/<ver>/src/server/…`). */
export function modulePathToSource(path: string): string {
    const i = path.indexOf('/src/server/')
    if (i < 0) throw new Error(`not a server module path: ${path}`)
    return path.slice(i + 1)
}

/** Reads a file relative to the root (for tests). */
export function readSource(root: string, file: string): string {
    return readFileSync(join(root, file), 'utf8')
}
