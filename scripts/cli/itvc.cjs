#!/usr/bin/env node
/* The `itvc` launcher (package.json "bin"): runs the TypeScript entry through tsx and exits with its code. */
'use strict'
const { join } = require('node:path')
const { require: tsxRequire } = require('tsx/cjs/api')

const { run, processIo } = tsxRequire(join(__dirname, 'main.ts'), __filename)
let interrupted = false
process.on('SIGINT', () => {
    if (interrupted) process.exit(130)
    interrupted = true
    process.stderr.write('\nitvc: interrupted\n')
    process.exit(130)
})
run(process.argv.slice(2), processIo()).then(
    (code) => {
        process.exitCode = code
    },
    (error) => {
        process.stderr.write(`itvc: internal error: ${error && error.message ? error.message : String(error)}\n`)
        process.exitCode = 4
    }
)
