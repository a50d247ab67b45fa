/** jest 30 + @swc/jest; tests live in test/ and mirror src/ and scripts/. */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    transform: {
        '^.+\\.(t|j)sx?$': [
            '@swc/jest',
            { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
        ],
    },
    moduleNameMapper: {
        // @servicenow/glide is types only: server modules run against the lab's Glide runtime.
        '^@servicenow/glide$': '<rootDir>/scripts/lab/glide/index.ts',
        // Namespaced APIs (`@servicenow/glide/sn_ws_err`) resolve to the lab's module of that name, as register.ts does.
        '^@servicenow/glide/(.*)$': '<rootDir>/scripts/lab/glide/$1.ts',
    },
    testTimeout: 30000,
}
