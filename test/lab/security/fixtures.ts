/**
 * Valid records of every app table, made as the system with the app's rules running (so they look like real
 * ones), for the security lab tests: each call gives a fresh record with unique keys. `ownedBy` sets the field an
 * "own" ACL condition looks at (benefit.owner for periods, assessor for ratings).
 */
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../../scripts/lab/instance.ts'

export type Values = Record<string, string>

/** The app tables, in the order the model lists them. */
export const APP_TABLES = [
    'x_itvc_value_service_profile',
    'x_itvc_value_benefit',
    'x_itvc_value_benefit_period',
    'x_itvc_value_exchange_rate',
    'x_itvc_value_scoring_model',
    'x_itvc_value_criterion',
    'x_itvc_value_rating',
    'x_itvc_value_score_history',
    'x_itvc_value_metric',
    'x_itvc_value_snapshot',
    'x_itvc_value_scorecard_entry',
    'x_itvc_value_rollup_run',
] as const
export type AppTable = (typeof APP_TABLES)[number]

/** A harmless field per table that the table-level write rule governs (no field rule of its own). */
export const PLAIN_FIELD: Readonly<Record<AppTable, readonly [string, string]>> = {
    x_itvc_value_service_profile: ['criticality', '3'],
    x_itvc_value_benefit: ['short_description', 'Changed by the security test'],
    x_itvc_value_benefit_period: ['evidence', 'Changed by the security test'],
    x_itvc_value_exchange_rate: ['rate', '1.234567'],
    x_itvc_value_scoring_model: ['description', 'Changed by the security test'],
    x_itvc_value_criterion: ['name', 'Changed by the security test'],
    x_itvc_value_rating: ['comment', 'Changed by the security test'],
    x_itvc_value_score_history: ['model_version', '7'],
    x_itvc_value_metric: ['description', 'Changed by the security test'],
    x_itvc_value_snapshot: ['dimension_label', 'Changed by the security test'],
    x_itvc_value_scorecard_entry: ['delta', '1.5'],
    x_itvc_value_rollup_run: ['errors', 'Changed by the security test'],
}

export class Fixtures {
    private n = 0
    private readonly cache = new Map<string, string>()

    constructor(private readonly lab: LabInstance) {}

    private next(): number {
        this.n += 1
        return this.n
    }

    /** Inserts a record as the system (rules run); throws with the rule's message when it is refused. */
    insert(table: string, values: Values): string {
        const result = this.lab.runAsSystem(() => {
            const gr = new GlideRecord(table)
            gr.initialize()
            for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
            return gr.insert()
        })
        const id = result.value
        if (!id) throw new Error(`fixture ${table} refused: ${result.messages.map((m) => m.text).join(' ')}`)
        this.lab.settle()
        return id
    }

    read(table: string, sysId: string): Record<string, string | null> | undefined {
        return this.lab.runAsSystem(() => {
            const gr = new GlideRecord(table)
            return gr.get(sysId) ? gr.snapshot() : undefined
        }).value
    }

    private once(key: string, make: () => string): string {
        const have = this.cache.get(key)
        if (have) return have
        const id = make()
        this.cache.set(key, id)
        return id
    }

    userId(userName: string): string {
        const u = this.lab.userByName(userName)
        if (!u) throw new Error(`no user ${userName}`)
        return u.sysId
    }

    demand(extra: Values = {}): string {
        const n = this.next()
        return this.insert('dmn_demand', {
            short_description: `Security test demand ${n}`,
            state: '2',
            active: 'true',
            ...extra,
        })
    }

    service(): string {
        return this.insert('cmdb_ci_service', { name: `Security test service ${this.next()}` })
    }

    benefitOwnedBy(owner: string, extra: Values = {}): string {
        return this.insert('x_itvc_value_benefit', {
            short_description: `Security test benefit ${this.next()}`,
            type: 'cost_saving',
            measure: 'currency',
            currency: 'USD',
            planned_total: '1200.00',
            start_date: '2026-01-01',
            end_date: '2026-12-31',
            granularity: 'month',
            demand: this.once('demand', () => this.demand()),
            owner,
            ...extra,
        })
    }

    private periodCount = new Map<string, number>()

    /** A period of a benefit owned by `owner` (a fresh benefit every 12 periods). */
    periodOwnedBy(owner: string): string {
        const key = `benefit:${owner}`
        let benefit = this.cache.get(key)
        let used = benefit ? (this.periodCount.get(benefit) ?? 0) : 12
        if (!benefit || used >= 12) {
            benefit = this.benefitOwnedBy(owner)
            this.cache.set(key, benefit)
            used = 0
        }
        this.periodCount.set(benefit, used + 1)
        return this.insert('x_itvc_value_benefit_period', {
            benefit,
            period_label: `FY2026-M${String(used + 1).padStart(2, '0')}`,
            planned_amount: '100.00',
        })
    }

    /** Values for a new period (for a create through the API): a fresh benefit of the owner. */
    periodValues(owner: string): Values {
        return { benefit: this.benefitOwnedBy(owner), period_label: 'FY2026-M01', planned_amount: '100.00' }
    }

    model(): string {
        return this.insert('x_itvc_value_scoring_model', {
            name: `Security test model ${this.next()}`,
            method: 'weighted',
            active: 'true',
            is_default: 'false',
        })
    }

    criterionValues(): Values {
        const n = this.next()
        return {
            model: this.once('model', () => this.model()),
            key: `sec_${n}`,
            name: `Security test criterion ${n}`,
            min_value: '1',
            max_value: '10',
            weight: '1',
        }
    }

    ratingOwnedBy(assessor: string): Values {
        const criterion = this.once('criterion', () => this.insert('x_itvc_value_criterion', this.criterionValues()))
        return {
            demand: this.demand({ x_itvc_value_model: this.once('model', () => this.model()) }),
            criterion,
            value: '5',
            assessor,
        }
    }

    metric(): string {
        return this.insert('x_itvc_value_metric', this.metricValues())
    }

    metricValues(): Values {
        const n = this.next()
        return {
            key: `security_test_${n}`,
            name: `Security test metric ${n}`,
            direction: 'higher_better',
            perspective: 'financial',
            unit: 'count',
            active: 'false',
        }
    }

    scorecardValues(): Values {
        const n = this.next()
        const month = (n % 12) + 1
        return {
            period_label: `FY${2000 + Math.floor(n / 12)}-M${String(month).padStart(2, '0')}`,
            period_type: 'month',
            dimension: 'all',
            dimension_key: '',
            dimension_label: 'All',
        }
    }

    /** Values of a new record of a table (unique keys), for fixtures and for creates through the API. */
    values(table: AppTable, owner: string): Values {
        switch (table) {
            case 'x_itvc_value_service_profile':
                return {
                    service: this.service(),
                    hourly_revenue: '100.00',
                    hourly_labour_cost: '50.00',
                    criticality: '2',
                }
            case 'x_itvc_value_benefit':
                return {
                    short_description: `Security test benefit ${this.next()}`,
                    type: 'cost_saving',
                    measure: 'currency',
                    currency: 'USD',
                    planned_total: '1200.00',
                    start_date: '2026-01-01',
                    end_date: '2026-12-31',
                    granularity: 'month',
                    demand: this.once('demand', () => this.demand()),
                    owner,
                }
            case 'x_itvc_value_benefit_period':
                return this.periodValues(owner)
            case 'x_itvc_value_exchange_rate': {
                const day = new Date(Date.UTC(2001, 0, 1) + this.next() * 86_400_000).toISOString().slice(0, 10)
                return { currency: 'EUR', rate: '1.100000', effective_date: day }
            }
            case 'x_itvc_value_scoring_model':
                return {
                    name: `Security test model ${this.next()}`,
                    method: 'weighted',
                    active: 'true',
                    is_default: 'false',
                }
            case 'x_itvc_value_criterion':
                return this.criterionValues()
            case 'x_itvc_value_rating':
                return this.ratingOwnedBy(owner)
            case 'x_itvc_value_score_history':
                return { demand: this.once('demand', () => this.demand()), reason: 'recalculation', new_score: '1' }
            case 'x_itvc_value_metric':
                return this.metricValues()
            case 'x_itvc_value_snapshot':
                return this.scorecardValues()
            case 'x_itvc_value_scorecard_entry':
                return {
                    scorecard: this.once('scorecard', () =>
                        this.insert('x_itvc_value_snapshot', this.scorecardValues())
                    ),
                    metric: this.once('metric', () => this.metric()),
                    value: '1',
                    status: 'no_target',
                }
            case 'x_itvc_value_rollup_run':
                return { kind: 'backfill', state: 'complete', from_period: 'FY2026-M01', to_period: 'FY2026-M01' }
        }
    }

    /** A fresh record of a table, owned by `owner` where ownership matters. */
    record(table: AppTable, owner: string): string {
        if (table === 'x_itvc_value_benefit_period') return this.periodOwnedBy(owner)
        return this.insert(table, this.values(table, owner))
    }
}
