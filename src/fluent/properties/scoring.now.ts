import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { admin, viewer } from '../security/roles.now.ts'

/** Demand scoring settings (src/server/core/scoring/config.ts parses them; README "Demand value scoring"). */
export const scoringBatchSize = Property({
    $id: Now.ID['prop.scoring_batch_size'],
    name: 'x_itvc_value.scoring.batch_size',
    type: 'integer',
    value: 500,
    description:
        "Demands the re-score job handles per batch (1–999); a batch's ratings are read in pieces of under 1,000 rows.",
    roles: { read: [viewer], write: [admin] },
})

export const scoringMaxBatchesPerRun = Property({
    $id: Now.ID['prop.scoring_max_batches_per_run'],
    name: 'x_itvc_value.scoring.max_batches_per_run',
    type: 'integer',
    value: 20,
    description: 'Batches one run of a scoring job handles before it stops; the next run resumes (1–1000).',
    roles: { read: [viewer], write: [admin] },
})

export const scoringMaxRankedDemands = Property({
    $id: Now.ID['prop.scoring_max_ranked_demands'],
    name: 'x_itvc_value.scoring.max_ranked_demands',
    type: 'integer',
    value: 20000,
    description: 'Open demands one model ranks at most (1–100000); beyond it a warning is logged.',
    roles: { read: [viewer], write: [admin] },
})
