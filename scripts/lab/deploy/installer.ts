/**
 * The lab's app installer: what `sn_appclient_upload_processor.do` and the CI/CD progress API do on an instance.
 * An upload gets an execution tracker at once; the install runs after the response (pending '0' → running '1' →
 * successful '2' or failed '3'), one at a time. A package is read and validated completely (package.ts) before
 * LabInstance.install, which is atomic; so a broken package ends in '3' with the reason and the installed
 * version keeps working. A success writes a `sys_upgrade_history` row (to_version = the scope, as the SDK queries
 * it) and updates the app's `sys_scope` record.
 */
import { randomBytes } from 'node:crypto'
import type { InstallProgress, InstallRequest, InstallService, InstallStatus, LabUser } from '../http/contract.ts'
import type { InstalledApp } from '../engine/install.ts'
import { SYSTEM_USER, type LabInstance } from '../instance.ts'
import { readAppPackage, type AppPackage } from './package.ts'

/** The scope the lab hosts (its Scripted REST routes live under /api/x_itvc_value/). */
export const LAB_SCOPE = 'x_itvc_value'

const LABELS: Readonly<Record<InstallStatus, string>> = {
    '0': 'Pending',
    '1': 'Running',
    '2': 'Successful',
    '3': 'Failed',
    '4': 'Canceled',
}

interface Tracker {
    readonly id: string
    status: InstallStatus
    message: string
    detail: string
    error: string
    percent: number
    readonly done: Promise<InstallProgress>
    finish(progress: InstallProgress): void
}

/** An install that ended in status '3'. */
export class InstallError extends Error {
    override readonly name = 'InstallError'
}

/** Options of the installer. */
export interface InstallerOptions {
    /** The only scope this lab accepts (default LAB_SCOPE). */
    readonly scope?: string
    /** Finished trackers kept for progress queries (default 100). */
    readonly keep?: number
}

const immediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
const newId = (): string => randomBytes(16).toString('hex')

/** Installs uploaded packages into a lab instance. */
export class LabInstaller implements InstallService {
    private readonly trackers = new Map<string, Tracker>()
    private queue: Promise<unknown> = Promise.resolve()
    private readonly scope: string
    private readonly keep: number

    constructor(
        private readonly lab: LabInstance,
        options: InstallerOptions = {}
    ) {
        this.scope = options.scope ?? LAB_SCOPE
        this.keep = options.keep ?? 100
    }

    upload(user: LabUser, request: InstallRequest): { readonly tracker: string; readonly rollback: string } {
        let finish: (progress: InstallProgress) => void = () => undefined
        const done = new Promise<InstallProgress>((resolve) => (finish = resolve))
        const tracker: Tracker = {
            id: newId(),
            status: '0',
            message: 'Pending',
            detail: '',
            error: '',
            percent: 0,
            done,
            finish: (p) => finish(p),
        }
        this.trackers.set(tracker.id, tracker)
        this.prune()
        this.queue = this.queue.then(() => this.run(tracker, user, request)).catch(() => undefined)
        return { tracker: tracker.id, rollback: newId() }
    }

    progress(trackerId: string): InstallProgress | undefined {
        const t = this.trackers.get(trackerId)
        return t === undefined ? undefined : this.view(t)
    }

    /** Resolves with the tracker's final progress ('2' or '3'). */
    wait(trackerId: string): Promise<InstallProgress> {
        const t = this.trackers.get(trackerId)
        if (t === undefined) return Promise.reject(new Error(`no install tracker ${trackerId}`))
        return t.done
    }

    /**
     * Installs a package in-process, through the same path as an upload (for `npm start`); throws an
     * InstallError with the tracker's message when it ends in '3'.
     */
    async install(pkg: Uint8Array, options: { readonly loadDemo?: boolean } = {}): Promise<InstalledApp> {
        const { tracker } = this.upload(SYSTEM_USER, { package: pkg, loadDemo: options.loadDemo ?? true })
        const end = await this.wait(tracker)
        const app = this.lab.installed()
        if (end.status !== '2' || app === undefined) throw new InstallError(end.message)
        return app
    }

    private view(t: Tracker): InstallProgress {
        return {
            id: t.id,
            status: t.status,
            statusLabel: LABELS[t.status],
            message: t.message,
            detail: t.detail,
            error: t.error,
            percent: t.percent,
        }
    }

    private prune(): void {
        const finished = [...this.trackers.values()].filter((t) => t.status === '2' || t.status === '3')
        for (const t of finished.slice(0, Math.max(0, finished.length - this.keep))) this.trackers.delete(t.id)
    }

    /** Refuses a package for another scope, another app of this scope, or other than the client announced. */
    private check(pkg: AppPackage, request: InstallRequest): void {
        if (pkg.scope !== this.scope)
            throw new InstallError(`This lab hosts the scope ${this.scope}; the package is for the scope ${pkg.scope}`)
        if (request.scope !== undefined && request.scope !== pkg.scope)
            throw new InstallError(`The upload names the scope ${request.scope}, but the package is ${pkg.scope}`)
        if (request.scopeId !== undefined && request.scopeId !== pkg.scopeId)
            throw new InstallError(
                `The upload names the app ${request.scopeId}, but the package's app is ${pkg.scopeId}`
            )
        const installed = this.lab.installed()
        if (installed !== undefined && installed.scopeId !== pkg.scopeId)
            throw new InstallError(
                `The scope ${pkg.scope} is installed as the app ${installed.scopeId} (${installed.name}); the package's app is ${pkg.scopeId} (${pkg.name}). A scope holds one app: start from an empty lab to switch.`
            )
    }

    private async run(t: Tracker, user: LabUser, request: InstallRequest): Promise<void> {
        await immediate() // the upload's response goes out first, with the tracker still pending
        const started = this.lab.now()
        t.status = '1'
        t.percent = 10
        t.message = 'Reading the package'
        let outcome: string
        try {
            await immediate() // running is visible before the outcome, whatever it is
            const pkg = readAppPackage(request.package, { loadDemo: request.loadDemo })
            this.check(pkg, request)
            t.percent = 40
            t.message = `Installing ${pkg.name} ${pkg.version}`
            await immediate()
            const from = this.lab.installed()?.version ?? ''
            const app = this.lab.install(pkg.records)
            this.lab.runAs(user, () =>
                this.lab.upsert('sys_upgrade_history', newId(), {
                    to_version: app.scope,
                    from_version: from,
                    upgrade_started: started,
                    upgrade_finished: this.lab.now(),
                })
            )
            outcome = `Installed ${app.name} ${app.version}${from === '' ? '' : ` (upgraded from ${from})`}`
            t.detail = `${pkg.files} files, ${app.tables.length} tables, ${app.rules.length} rules, ${app.routes.length} routes, ${app.jobs.length} jobs${pkg.skippedDemo ? `, ${pkg.skippedDemo} demo-data files skipped` : ''}`
            t.status = '2'
            t.message = outcome
        } catch (error) {
            outcome = error instanceof Error ? error.message : String(error)
            t.status = '3'
            t.message = `Install failed: ${outcome}`
            t.error = outcome
        }
        t.percent = 100
        t.finish(this.view(t))
        try {
            this.lab.log(
                t.status === '2' ? 'info' : 'error',
                `${t.message} (${t.detail || 'nothing changed'})`,
                'sn_appclient'
            )
        } catch {
            // a closed lab: the tracker has the outcome
        }
    }
}
