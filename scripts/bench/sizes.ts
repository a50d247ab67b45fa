/**
 * The data sizes `npm run bench` measures (issue #10): incidents grow 10k → 100k → 1M, benefit periods 5k → 50k and
 * demands 1k → 50k. Demands reach 50k at the largest size only: re-scoring them is the longest step after the
 * 1M-incident load, and it does not depend on the incidents.
 */

/** One data size. */
export interface BenchSize {
    /** Name on the command line and in the report (`10k`, `100k`, `1m`). */
    readonly name: string
    readonly incidents: number
    readonly benefitPeriods: number
    readonly demands: number
}

/** The sizes, smallest first. */
export const SIZES: readonly BenchSize[] = [
    { name: '10k', incidents: 10_000, benefitPeriods: 5_000, demands: 1_000 },
    { name: '100k', incidents: 100_000, benefitPeriods: 50_000, demands: 1_000 },
    { name: '1m', incidents: 1_000_000, benefitPeriods: 50_000, demands: 50_000 },
]

/** `--quick`: the smallest size only, with fewer repetitions. */
export const QUICK_SIZES: readonly string[] = ['10k']

/** The lab clock of every bench instance (UTC): the data set's "now" and the roll-up's as-of day. */
export const BENCH_NOW = '2026-11-15 12:00:00'

/** The generator's seed: the same seed gives the same records on every run and every machine. */
export const BENCH_SEED = 'x_itvc_value.bench.v1'

/**
 * The sizes named on the command line (`10k,1m`), in the order of {@link SIZES}; throws on an unknown name.
 * @example selectSizes('1m,10k').map((s) => s.name) //=> ['10k', '1m']
 */
export function selectSizes(names: string): BenchSize[] {
    const wanted = names
        .split(',')
        .map((n) => n.trim().toLowerCase())
        .filter((n) => n !== '')
    for (const name of wanted) {
        if (!SIZES.some((s) => s.name === name)) {
            throw new Error(`unknown size "${name}" (known: ${SIZES.map((s) => s.name).join(', ')})`)
        }
    }
    return SIZES.filter((s) => wanted.includes(s.name))
}
