import { describe, expect, it } from '@jest/globals'
import { scoreDemand } from '../../../src/server/core/scoring/score.ts'
import { defaultModelTemplates } from '../../../src/server/core/scoring/templates.ts'
import { validateModel, validateSingleDefault } from '../../../src/server/core/scoring/validate.ts'

describe('defaultModelTemplates', () => {
    it('ships a weighted, a WSJF and a RICE model', () => {
        expect(defaultModelTemplates().map((t) => t.model.method)).toEqual(['weighted', 'wsjf', 'rice'])
    })

    it.each(defaultModelTemplates().map((t) => [t.model.name, t] as const))('passes validation: %s', (_name, t) => {
        expect(validateModel(t.model, t.criteria)).toMatchObject({ ok: true })
    })

    it('makes the weighted model the only active default', () => {
        const models = defaultModelTemplates().map((t) => t.model)
        expect(models.filter((m) => m.active && m.isDefault).map((m) => m.method)).toEqual(['weighted'])
        expect(validateSingleDefault(models)).toEqual({ ok: true, value: null })
    })

    it('starts every model at version 1', () => {
        expect(defaultModelTemplates().map((t) => t.model.version)).toEqual([1, 1, 1])
    })

    it('rates the weighted model 1–10 on five benefits and effort as a cost', () => {
        const [weighted] = defaultModelTemplates()
        expect(weighted?.criteria.map((c) => [c.key, c.direction, c.min, c.max])).toEqual([
            ['strategic_alignment', 'benefit', 1, 10],
            ['financial_benefit', 'benefit', 1, 10],
            ['customer_impact', 'benefit', 1, 10],
            ['risk_reduction', 'benefit', 1, 10],
            ['compliance', 'benefit', 1, 10],
            ['effort', 'cost', 1, 10],
        ])
    })

    it('weights the weighted model to 100 in total', () => {
        const [weighted] = defaultModelTemplates()
        expect(weighted?.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100)
    })

    it('computes WSJF with the WSJF template', () => {
        const wsjf = defaultModelTemplates()[1]
        if (!wsjf) throw new Error('no WSJF template')
        const ratings = { business_value: 13, time_criticality: 8, risk_reduction: 3, job_size: 5 }
        expect(scoreDemand(wsjf.model, wsjf.criteria, ratings).rankingValue).toBe(4.8)
    })

    it('computes RICE with the RICE template', () => {
        const rice = defaultModelTemplates()[2]
        if (!rice) throw new Error('no RICE template')
        const ratings = { reach: 1500, impact: 2, confidence: 80, effort: 4 }
        expect(scoreDemand(rice.model, rice.criteria, ratings).rankingValue).toBe(60000)
    })

    it('returns fresh copies each call', () => {
        const first = defaultModelTemplates()
        const criterion = first[0]?.criteria[0]
        if (criterion) (criterion as { weight: number }).weight = 999
        expect(defaultModelTemplates()[0]?.criteria[0]?.weight).toBe(25)
    })
})
