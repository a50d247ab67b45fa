import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { onDemandApprovalSaved, onRollupQueued } from '../../server/entry/scorecard-rules.ts'

/** A back-fill queued through the REST API starts right away (async, within the roll-up budget). */
export const rollupQueuedRule = BusinessRule({
    $id: Now.ID['br.scorecard_rollup_queued'],
    name: 'IT Value: start a queued scorecard roll-up',
    table: 'x_itvc_value_rollup_run',
    when: 'async',
    action: ['insert'],
    filterCondition: 'state=queued',
    script: onRollupQueued,
})

/** Stamps when a demand was first approved and its lead time (the demand lead time metric averages it). */
export const demandApprovalRule = BusinessRule({
    $id: Now.ID['br.scorecard_demand_approval'],
    name: 'IT Value: stamp demand approval',
    table: 'dmn_demand',
    when: 'before',
    action: ['insert', 'update'],
    order: 200,
    filterCondition: 'stateIN8,9^ORx_itvc_value_approved_atISNOTEMPTY',
    script: onDemandApprovalSaved,
})
