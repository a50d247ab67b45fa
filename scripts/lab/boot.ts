/**
 * Boots a lab: opens (or creates) its database, installs the built app and serves HTTP. Used by `npm start`
 * (scripts/lab/start.ts) and by the tests that need a lab on a port.
 */
import type { AppRecords } from '../metadata/app-records.ts'
import { createLabHttpServer, type LabHttpServer } from './http/index.ts'
import { LabAuthService, LabRestService, LabTableService } from './engine/services.ts'
import { LabUiSource } from './engine/ui-pages.ts'
import { LabInstance, type LabOptions } from './instance.ts'

export interface RunningLab {
    readonly lab: LabInstance
    readonly http: LabHttpServer
    readonly url: string
    readonly port: number
    close(): Promise<void>
}

/** Starts the HTTP server of a lab instance on 127.0.0.1 (port 0 = a free port). */
export async function serveLab(lab: LabInstance, port = 0): Promise<RunningLab> {
    const http = createLabHttpServer({
        tables: new LabTableService(lab),
        rest: new LabRestService(lab),
        auth: new LabAuthService(lab),
        ui: new LabUiSource(lab),
        onRequest: () => {
            // async business rules run after the response, never in the saving transaction
            if (lab.pendingAsync()) setImmediate(() => lab.settle())
        },
    })
    const bound = await http.listen(port)
    return {
        lab,
        http,
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
