/** What a before business rule can do to the save it runs in, besides setting values. */
import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'

/**
 * Refuses the save: nothing is written, the form (or the Table API's error) shows the message. Before rules only.
 * @example abortSave(current, 'Direct cost must be a positive amount or 0, not "-5".')
 */
export function abortSave(current: GlideRecord, message: string): void {
    gs.addErrorMessage(message)
    current.setAbortAction(true)
}
