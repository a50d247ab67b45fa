/**
 * ESLint 8 legacy config (the ServiceNow SDK plugin targets it).
 * - everywhere: typescript-eslint recommended, type-only imports, `_`-prefixed unused args
 * - src/server: the SDK plugin (Rhino/platform engine limits) plus the platform review rules
 * - src/server/core: pure domain, no Glide, Node, network or validation libraries
 * - scripts, test: Node
 */
const serverBans = [
    { selector: "CallExpression[callee.name='eval']", message: 'eval is banned on the platform (SE10023).' },
    { selector: "NewExpression[callee.name='Function']", message: 'The Function constructor is eval (SE10023).' },
    { selector: "CallExpression[callee.name='Function']", message: 'The Function constructor is eval (SE10023).' },
    { selector: "NewExpression[callee.name='GlideEvaluator']", message: 'GlideEvaluator is banned (scan check).' },
    { selector: "Identifier[name='GlideEvaluator']", message: 'GlideEvaluator is banned (scan check).' },
    {
        selector: "CallExpression[callee.object.name='gs'][callee.property.name='sql']",
        message: 'gs.sql is banned (SE10252).',
    },
    {
        selector: "CallExpression[callee.object.name='gs'][callee.property.name='log']",
        message: 'gs.log is not for scoped apps (SE10561): use gs.info/warn/error.',
    },
    {
        selector: "CallExpression[callee.object.name='gs'][callee.property.name='setProperty']",
        message: 'gs.setProperty in scripts is banned (SE10033).',
    },
    {
        selector: "CallExpression[callee.object.name='current'][callee.property.name='update']",
        message: 'current.update() in a business rule is banned (SE10125): set values on current instead.',
    },
    {
        selector: "CallExpression[callee.name='require']",
        message: 'Server modules use ES imports; require() is only in SDK-generated stubs.',
    },
    {
        selector: 'Literal[value=/^[0-9a-f]{32}$/]',
        message: 'Hard-coded sys_id (SE10034): look the record up by a natural key or read a property.',
    },
    {
        selector: 'ImportDeclaration[source.value=/^[.]{1,2}[/](?!.*[.]ts$)/]',
        message: 'Relative imports in server modules carry the .ts extension (platform module paths).',
    },
    { selector: 'Literal[value=/https?:\\/\\/[a-z0-9-]+\\.service-now\\.com/i]', message: 'Hard-coded instance URL.' },
]

const nodeBuiltins = require('node:module').builtinModules.filter((m) => !m.startsWith('_'))

// The SDK plugin bans browser globals; the platform has no Node globals either (and no fetch).
const sdkRestrictedGlobals = require('@servicenow/eslint-plugin-sdk-app-plugin').configs.recommended.rules[
    'no-restricted-globals'
].slice(1)
const nodeGlobals = [
    'process',
    'Buffer',
    '__dirname',
    '__filename',
    'require',
    'module',
    'exports',
    'global',
    'fetch',
    'setImmediate',
    'clearImmediate',
].map((name) => ({ name, message: 'Node and Web globals do not exist on the platform.' }))

module.exports = {
    root: true,
    parser: '@typescript-eslint/parser',
    parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
    plugins: ['@typescript-eslint'],
    extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended', 'prettier'],
    env: { es2022: true },
    ignorePatterns: [
        'node_modules/',
        'dist/',
        'target/',
        '.now/',
        '.lab/',
        'coverage/',
        'bench/out/',
        'src/fluent/generated/',
        'test/lab/fixtures/probe/src/fluent/generated/',
        'test/lab/fixtures/probe-app/',
        'test-artifacts/',
        '@types/',
    ],
    rules: {
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        eqeqeq: ['error', 'always'],
    },
    overrides: [
        {
            files: ['src/server/**/*.ts'],
            extends: ['plugin:@servicenow/sdk-app-plugin/recommended'],
            env: { es2021: true, node: false, browser: false },
            parserOptions: { ecmaVersion: 2021 },
            rules: {
                'no-restricted-globals': ['error', ...sdkRestrictedGlobals, ...nodeGlobals],
                'no-restricted-syntax': ['error', ...serverBans],
                'no-restricted-imports': [
                    'error',
                    {
                        paths: [
                            {
                                name: 'axios',
                                message: 'axios does not run on the platform; it belongs in scripts/cli.',
                            },
                            {
                                name: 'zod',
                                message: 'zod is Node-side only; validate with hand-written guards on the platform.',
                            },
                        ],
                        patterns: [
                            {
                                group: ['node:*', ...nodeBuiltins],
                                message: 'Node built-ins do not exist on the platform.',
                            },
                        ],
                    },
                ],
            },
        },
        {
            files: ['src/server/core/**/*.ts'],
            rules: {
                'no-restricted-imports': [
                    'error',
                    {
                        paths: [
                            { name: 'axios', message: 'The core does no I/O.' },
                            { name: 'zod', message: 'The core validates with plain functions.' },
                            {
                                name: '@servicenow/glide',
                                message: 'The core never touches Glide: go through an adapter.',
                            },
                        ],
                        patterns: [
                            { group: ['node:*', ...nodeBuiltins], message: 'The core never imports Node built-ins.' },
                            {
                                group: ['@servicenow/*'],
                                message: 'The core never touches Glide: go through an adapter.',
                            },
                            {
                                group: ['**/adapters/**', '**/entry/**', '**/scripts/**'],
                                message: 'Dependencies point inwards: core imports only core and date-fns.',
                            },
                        ],
                    },
                ],
            },
        },
        {
            files: ['src/server/adapters/**/*.ts'],
            rules: {
                'no-restricted-imports': [
                    'error',
                    {
                        paths: [{ name: 'axios' }, { name: 'zod' }],
                        patterns: [
                            { group: ['node:*', ...nodeBuiltins] },
                            {
                                group: ['**/entry/**', '**/scripts/**'],
                                message: 'Adapters never import entry points or Node scripts.',
                            },
                        ],
                    },
                ],
            },
        },
        {
            files: ['scripts/**/*.ts', 'test/**/*.ts', '*.cjs', '*.js', '*.mjs', '.ci/**'],
            env: { node: true },
        },
        {
            // tests read JSON bodies of many shapes
            files: ['test/**/*.ts'],
            rules: { '@typescript-eslint/no-explicit-any': 'off' },
        },
        {
            files: ['src/client/**/*.{ts,tsx}'],
            env: { browser: true },
        },
    ],
}
