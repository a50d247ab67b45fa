import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { NOW_SDK_BIN, deployEnv, isLoopback, parseDeployArgs } from '../../../scripts/lab/deploy/deploy-args.ts'

const admin = { userName: 'admin', password: 'Admin#2026' }

describe('npm run deploy arguments', () => {
    it('points at the pinned SDK CLI', () => {
        expect(existsSync(NOW_SDK_BIN)).toBe(true)
    })

    it('parses the lab, an instance URL, the stored credential and pass-through options', () => {
        expect(parseDeployArgs(['--lab'])).toEqual({
            target: { kind: 'lab', url: 'http://127.0.0.1:8080' },
            build: true,
            extra: [],
        })
        expect(parseDeployArgs(['--lab', '--port', '8181', '--no-build']).target).toEqual({
            kind: 'lab',
            url: 'http://127.0.0.1:8181',
        })
        expect(parseDeployArgs(['--url', 'https://dev1.service-now.com/', '--', '--info'])).toEqual({
            target: { kind: 'url', url: 'https://dev1.service-now.com' },
            build: true,
            extra: ['--info'],
        })
        expect(parseDeployArgs([]).target).toEqual({ kind: 'sdk' })
        expect(parseDeployArgs(['--auth', 'dev'])).toEqual({
            target: { kind: 'sdk' },
            build: true,
            extra: ['--auth', 'dev'],
        })
    })

    it.each([
        [['--port', 'x']],
        [['--url', 'dev1.service-now.com']],
        [['--url', 'ftp://x']],
        [['--url', 'http://dev1.service-now.com']],
        [['--url', 'http://10.0.0.5:8080']],
        [['--url', 'https://admin:secret@dev1.service-now.com']],
        [['--bogus']],
        [['--url']],
    ])('refuses %j', (argv: string[]) => {
        expect(() => parseDeployArgs(argv)).toThrow()
    })

    it('takes plain http only for this machine', () => {
        for (const url of ['http://127.0.0.1:8181', 'http://localhost:8080', 'http://[::1]:8080'])
            expect(parseDeployArgs(['--url', url]).target).toEqual({ kind: 'url', url })
        expect(isLoopback('127.10.0.1')).toBe(true)
        expect(isLoopback('127.0.0.1.example.com')).toBe(false)
    })

    it('sets the CLI variables: the lab as its admin, an instance as SN_SDK_USER', () => {
        const outer = { PATH: '/bin', SN_SDK_USER: 'ci.user', SN_SDK_USER_PWD: 'ci-pw', SN_SDK_SESSION_TOKEN: 'x' }
        expect(deployEnv(parseDeployArgs(['--lab']), outer, admin)).toEqual({
            PATH: '/bin',
            SN_SDK_NODE_ENV: 'SN_SDK_CI_INSTALL',
            SN_SDK_AUTH_TYPE: 'basic',
            SN_SDK_INSTANCE_URL: 'http://127.0.0.1:8080',
            SN_SDK_USER: 'admin',
            SN_SDK_USER_PWD: 'Admin#2026',
        })
        const instance = deployEnv(parseDeployArgs(['--url', 'https://dev1.service-now.com']), outer, admin)
        expect(instance).toMatchObject({
            SN_SDK_INSTANCE_URL: 'https://dev1.service-now.com',
            SN_SDK_USER: 'ci.user',
            SN_SDK_USER_PWD: 'ci-pw',
        })
        expect(instance['SN_SDK_SESSION_TOKEN']).toBeUndefined()
        expect(() => deployEnv(parseDeployArgs(['--url', 'https://dev1.service-now.com']), {}, admin)).toThrow(
            /needs a user and password/
        )
        const ci = { ...outer, SN_SDK_NODE_ENV: 'SN_SDK_CI_INSTALL' }
        expect(deployEnv(parseDeployArgs([]), ci, admin)).toEqual(ci)
    })
})
