/**
 * Makes `@servicenow/glide` (types only on npm) resolve to the lab's Glide runtime when the lab runs under Node
 * (tsx). jest does the same with moduleNameMapper. Import this before anything that loads a server module.
 */
import Module from 'node:module'
import { join } from 'node:path'

const GLIDE_DIR = join(__dirname, 'glide')
type Resolve = (request: string, parent: unknown, isMain: boolean, options: unknown) => string
const mod = Module as unknown as { _resolveFilename: Resolve }
const original = mod._resolveFilename

mod._resolveFilename = function resolveGlide(request, parent, isMain, options) {
    if (request === '@servicenow/glide') return join(GLIDE_DIR, 'index.ts')
    if (request.startsWith('@servicenow/glide/')) {
        return join(GLIDE_DIR, `${request.slice('@servicenow/glide/'.length)}.ts`)
    }
    return original.call(this, request, parent, isMain, options)
}
