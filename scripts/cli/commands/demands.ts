/** `itvc demands`: the value ranking of demands (GET /api/x_itvc_value/v1/demands/ranking), paged by the API. */
import type { Command } from '../command.ts'
import { intOption, stringOption } from '../command.ts'
import { callApi } from '../http/rest.ts'
import { render } from '../output/format.ts'
import type { RankedDemand, RankingPage as Page } from '../schemas/rest.ts'
import { RankingPage } from '../schemas/rest.ts'

/** Most rows the ranking API gives per page. */
export const RANKING_PAGE_LIMIT = 100

/** `itvc demands` */
export const demandsCommand: Command = {
    path: ['demands'],
    synopsis: 'demands [--model NAME] [--top 20]',
    summary: 'Lists demands ranked by value under a scoring model (default: the default model).',
    options: {
        model: {
            type: 'string',
            help: '--model NAME         scoring model name or sys_id (default: the default model)',
        },
        top: { type: 'string', help: '--top N              how many demands (default 20, at most 1000)' },
    },
    async run(ctx, values) {
        const top = intOption(values, 'top', 20, 1, 1000)
        const model = stringOption(values, 'model')
        const client = ctx.client()
        const demands: RankedDemand[] = []
        let first: Page | undefined
        let rawFirst: unknown
        for (let offset = 0; demands.length < top;) {
            const limit = Math.min(RANKING_PAGE_LIMIT, top - demands.length)
            const { value, raw } = await callApi(
                client,
                {
                    method: 'GET',
                    path: '/demands/ranking',
                    params: { model, limit, offset },
                    what: 'the demand ranking API',
                },
                RankingPage
            )
            first ??= value
            rawFirst ??= raw
            demands.push(...value.demands)
            offset += value.demands.length
            if (value.demands.length === 0 || offset >= value.total) break
        }
        const json =
            typeof rawFirst === 'object' && rawFirst !== null
                ? { ...rawFirst, limit: top, offset: 0, demands: demands.map((d) => d) }
                : rawFirst
        if (ctx.options.format === 'table' && first !== undefined)
            ctx.out(`Model ${first.model.name} (${first.model.method}) · ${first.total} ranked demands\n\n`)
        ctx.out(
            render(ctx.options.format, {
                rows: demands,
                json,
                columns: [
                    { header: 'rank', value: (d) => d.rank, align: 'right' },
                    { header: 'number', value: (d) => d.number },
                    { header: 'short_description', value: (d) => d.short_description },
                    { header: 'score', value: (d) => d.score, align: 'right' },
                    { header: 'wsjf', value: (d) => d.wsjf, align: 'right' },
                    { header: 'rice', value: (d) => d.rice, align: 'right' },
                    { header: 'ranking_value', value: (d) => d.ranking_value, align: 'right' },
                    { header: 'status', value: (d) => d.score_status },
                    { header: 'override', value: (d) => (d.override === null ? '' : `${d.override.value}`) },
                ],
            })
        )
        return 0
    },
}
