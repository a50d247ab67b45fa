import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import scorecardPage from '../../client/index.html'

export const scorecardPageRecord = UiPage({
    $id: Now.ID['page.scorecard'],
    endpoint: 'x_itvc_value_scorecard.do',
    description: 'IT Value Center: the value scorecard, trends, demand ranking and benefits',
    category: 'general',
    html: scorecardPage,
    direct: true,
})
