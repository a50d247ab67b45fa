/**
 * The app's Scripted REST answers (src/server/core/scorecard/api.ts, src/server/entry/scoring-rest.ts), each wrapped
 * in `{"result": …}`. Unlike the Table API these carry real numbers and nulls. Unknown extra fields pass through so a
 * newer server does not break an older CLI.
 */
import { z } from 'zod'

/** The app's REST base, version pinned (rest-contract.md §11). */
export const APP_API = '/api/x_itvc_value/v1'

const num = z.number().nullable()
const text = z.string().nullable()

/** A fiscal period. */
export const PeriodView = z
    .object({ label: z.string(), type: z.string(), start: z.string(), end: z.string() })
    .passthrough()

/** One metric of a scorecard. */
export const MetricView = z
    .object({
        key: z.string(),
        name: z.string(),
        unit: z.string(),
        direction: z.string(),
        description: z.string(),
        value: num,
        target: num,
        status: z.string(),
        previous: num,
        delta: num,
        trend: text,
        judgement: text,
    })
    .passthrough()
/** One metric of a scorecard. */
export type MetricView = z.infer<typeof MetricView>

/** `GET /scorecard` */
export const ScorecardView = z
    .object({
        period: PeriodView,
        dimension: z.string(),
        key: text,
        label: text,
        computed_at: text,
        run: text,
        keys: z.array(z.object({ key: z.string(), label: z.string() }).passthrough()),
        perspectives: z.array(
            z.object({ perspective: z.string(), label: z.string(), metrics: z.array(MetricView) }).passthrough()
        ),
    })
    .passthrough()
/** `GET /scorecard` */
export type ScorecardView = z.infer<typeof ScorecardView>

/** `GET /scorecard/trend` */
export const TrendView = z
    .object({
        metric: z
            .object({ key: z.string(), name: z.string(), unit: z.string(), direction: z.string(), target: num })
            .passthrough(),
        dimension: z.string(),
        key: z.string(),
        label: text,
        period_type: z.string(),
        points: z.array(
            z
                .object({
                    period: z.string(),
                    start: z.string(),
                    end: z.string(),
                    value: num,
                    target: num,
                    status: text,
                    previous: num,
                    delta: num,
                    trend: text,
                    judgement: text,
                    computed_at: text,
                })
                .passthrough()
        ),
    })
    .passthrough()
/** `GET /scorecard/trend` */
export type TrendView = z.infer<typeof TrendView>

/** `POST /scorecard/rollups` (202) and `GET /scorecard/rollups/{id}` */
export const RunView = z
    .object({
        sys_id: z.string(),
        kind: z.string(),
        state: z.enum(['queued', 'running', 'complete', 'failed']),
        from_period: z.string(),
        to_period: z.string(),
        periods: z.array(z.string()),
        chunks_total: z.number(),
        chunks_done: z.number(),
        entries_written: z.number(),
        errors: z.array(z.string()),
        started: text,
        finished: text,
    })
    .passthrough()
/** A roll-up run. */
export type RunView = z.infer<typeof RunView>

/** One ranked demand. */
export const RankedDemand = z
    .object({
        sys_id: z.string(),
        number: text,
        short_description: text,
        rank: num,
        score: num,
        wsjf: num,
        rice: num,
        ranking_value: num,
        score_status: text,
        override: z.object({ value: z.number(), reason: z.string() }).passthrough().nullable(),
    })
    .passthrough()
/** One ranked demand. */
export type RankedDemand = z.infer<typeof RankedDemand>

/** `GET /demands/ranking` */
export const RankingPage = z
    .object({
        model: z.object({ sys_id: z.string(), name: z.string(), method: z.string() }).passthrough(),
        total: z.number(),
        limit: z.number(),
        offset: z.number(),
        demands: z.array(RankedDemand),
    })
    .passthrough()
/** A page of the ranking. */
export type RankingPage = z.infer<typeof RankingPage>
