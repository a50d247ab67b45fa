/**
 * Runs the scripts of the built metadata (sys_script, sysauto_script, sys_ws_operation). The SDK emits a stub per
 * record: `const { fn } = require('x_itvc_value/<package>/<version>/src/server/entry/x.ts'); fn(current, previous);`.
 * The lab executes that very text; its `require` accepts only module paths the installed app ships as sys_module
 * records and loads the project's source file at that path (same code, compiled by jest or tsx).
 */
import { join } from 'node:path'

export interface ModuleResolver {
    /** Installed sys_module paths (x_itvc_value/<package>/<version>/src/server/...). */
    readonly installed: ReadonlySet<string>
    /** The project root the module paths map into. */
    readonly root: string
}

/** Maps an installed module path to the project file it was built from. */
export function moduleFile(resolver: ModuleResolver, path: string): string {
    if (!resolver.installed.has(path)) {
        throw new Error(`require('${path}'): no such sys_module is installed (rebuild and reinstall the app)`)
    }
    const parts = path.split('/')
    // scope / package / version / ...path in the project
    return join(resolver.root, ...parts.slice(3))
}

const compiled = new Map<string, (...args: unknown[]) => unknown>()

/** Executes a generated script with the given globals (current, previous, request, response, ...). */
export function runScript(
    resolver: ModuleResolver,
    script: string,
    globals: Readonly<Record<string, unknown>>,
    what: string
): unknown {
    const names = ['require', ...Object.keys(globals)]
    const key = `${names.join(',')}\n${script}`
    let fn = compiled.get(key)
    if (!fn) {
        fn = new Function(...names, script) as (...args: unknown[]) => unknown
        compiled.set(key, fn)
    }
    const scopedRequire = (path: string): unknown => {
        if (!path.startsWith('x_itvc_value/'))
            throw new Error(`${what}: require('${path}') is not supported in the lab`)
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require(moduleFile(resolver, path))
    }
    return fn(scopedRequire, ...Object.values(globals))
}

/** The module path and function a generated stub binds (for diagnostics and wiring tests). */
export function boundFunction(script: string): { path: string; fn: string } | undefined {
    const m = /const \{ (\w+) \} = require\('([^']+)'\)/.exec(script)
    return m ? { fn: m[1] as string, path: m[2] as string } : undefined
}
