/**
 * Boots a lab: opens (or creates) its database, installs the built app and serves HTTP (with the app installer
 * `now-sdk install` talks to). Used by `npm start` (scripts/lab/start.ts) and by the tests that need a lab on a port.
 */
import type { AppRecords } from '../metadata/app-records.ts'
import { createLabHttpServer, type LabHttpServer, type LabLog, type RequestInfo } from './http/index.ts'
import { LabAuthService, LabRestService, LabTableService } from './engine/services.ts'
import { LabUiSource } from './engine/ui-pages.ts'
import { LabListViewService } from './engine/list-views.ts'
import { LabInstance, type LabOptions } from './instance.ts'
import { LabInstaller } from './deploy/installer.ts'

export interface RunningLab {
    readonly lab: LabInstance
    readonly http: LabHttpServer
    /** The installer behind `POST /sn_appclient_upload_processor.do` (`now-sdk install`). */
    readonly installer: LabInstaller
    readonly url: string
    readonly port: number
    close(): Promise<void>
}

/** Options of serveLab. */
export interface ServeOptions {
    /** The installer the app was installed with (npm start), so its trackers stay visible; a new one otherwise. */
    readonly installer?: LabInstaller
    /** Called once per request (a request log; tests). */
    readonly onRequest?: (info: RequestInfo) => void
    /** Log sink of the HTTP layer. */
    readonly log?: LabLog
}

/** Starts the HTTP server of a lab instance on 127.0.0.1 (port 0 = a free port). */
export async function serveLab(lab: LabInstance, port = 0, options: ServeOptions = {}): Promise<RunningLab> {
    const installer = options.installer ?? new LabInstaller(lab)
    const http = createLabHttpServer({
        tables: new LabTableService(lab),
        rest: new LabRestService(lab),
        auth: new LabAuthService(lab),
        ui: new LabUiSource(lab),
        views: new LabListViewService(lab),
        install: installer,
        ...(options.log === undefined ? {} : { log: options.log }),
        onRequest: (info) => {
            // async business rules run after the response, never in the saving transaction
            if (lab.pendingAsync()) setImmediate(() => lab.settle())
            options.onRequest?.(info)
        },
    })
    const bound = await http.listen(port)
    return {
        lab,
        http,
        installer,
        url: bound.url,
        port: bound.port,
        close: async () => {
            await http.close()
        },
    }
}

/** A lab with an app installed, served on a port. */
export async function startLab(app: AppRecords, options: LabOptions & { port?: number } = {}): Promise<RunningLab> {
    const lab = new LabInstance(options)
    lab.install(app)
    return serveLab(lab, options.port ?? 0)
}
