/**
 * One bench step in its own process (started by scripts/bench/run.ts), so each measurement's peak memory is its
 * own: `generate` builds a size's database, the others open it with the built app installed and measure.
 *
 *   tsx scripts/bench/worker.ts <step> <size> <db file> <app dir> [--saves n] [--requests n]
 *
 * Prints one line `BENCH_RESULT <json>` on stdout.
 */
import '../lab/register.ts'
import { loadAppRecords } from '../metadata/app-records.ts'
import { LabInstance } from '../lab/instance.ts'
import { generateDataset } from './generate.ts'
import {
    graceDays,
    measureApi,
    measureFloor,
    measurePricing,
    measureRescore,
    measureRollup,
    type Measurement,
} from './measure.ts'
import { BENCH_NOW, SIZES } from './sizes.ts'
import { msSince, peakRssMb } from './stats.ts'

export const STEPS = ['generate', 'rollup', 'floor', 'scorecard_api', 'pricing', 'rescore'] as const
export type Step = (typeof STEPS)[number]

/** What a step prints. */
export interface StepOutput {
    readonly step: Step
    readonly size: string
    /** Opening the database and installing the app (not part of any measurement). */
    readonly setupMs: number
    readonly measurements: readonly Measurement[]
    readonly generate?: unknown
    readonly peakRssMb: number
}

function option(args: readonly string[], name: string, fallback: number): number {
    const i = args.indexOf(name)
    return i >= 0 ? Number(args[i + 1]) : fallback
}

function openLab(dbPath: string, appDir: string): LabInstance {
    const lab = new LabInstance({ dbPath, clock: () => BENCH_NOW })
    lab.install(loadAppRecords(appDir))
    return lab
}

async function main(args: readonly string[]): Promise<StepOutput> {
    const [step, sizeName, dbPath, appDir] = args
    if (!STEPS.includes(step as Step) || !sizeName || !dbPath || !appDir) {
        throw new Error('usage: worker.ts <step> <size> <db file> <app dir> [--saves n] [--requests n]')
    }
    const size = SIZES.find((s) => s.name === sizeName)
    if (!size) throw new Error(`unknown size ${sizeName}`)
    const out = (setupMs: number, measurements: Measurement[], generate?: unknown): StepOutput => ({
        step: step as Step,
        size: size.name,
        setupMs,
        measurements,
        ...(generate === undefined ? {} : { generate }),
        peakRssMb: peakRssMb(),
    })
    if (step === 'floor') {
        const lab = openLab(dbPath, appDir)
        const grace = graceDays(lab)
        lab.close()
        return out(0, [measureFloor(dbPath, grace)])
    }
    const start = process.hrtime.bigint()
    const lab = openLab(dbPath, appDir)
    const setupMs = msSince(start)
    try {
        switch (step as Step) {
            case 'generate':
                return out(setupMs, [], generateDataset(lab, size, new Date(`${BENCH_NOW.replace(' ', 'T')}Z`)))
            case 'rollup':
                return out(setupMs, [measureRollup(lab)])
            case 'scorecard_api':
                return out(setupMs, await measureApi(lab, option(args, '--requests', 50)))
            case 'pricing':
                return out(setupMs, [measurePricing(lab, option(args, '--saves', 1000))])
            case 'rescore':
                return out(setupMs, [measureRescore(lab)])
            default:
                throw new Error(`unhandled step ${step}`)
        }
    } finally {
        lab.close()
    }
}

main(process.argv.slice(2)).then(
    (output) => {
        process.stdout.write(`BENCH_RESULT ${JSON.stringify(output)}\n`)
    },
    (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
        process.exitCode = 1
    }
)
