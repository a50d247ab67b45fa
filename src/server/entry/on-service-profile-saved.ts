import type { GlideRecord } from '@servicenow/glide'
import { profileServiceChange, validateServiceProfile } from '../core/index.ts'
import { profileService, readProfileAmounts } from '../adapters/glide-incident-value.ts'
import { abortSave } from '../adapters/glide-rules.ts'

/**
 * Before insert/update on a service value profile: refuses amounts pricing could not use (they would block every
 * incident save of the service) and moving the profile to another service.
 */
export function onServiceProfileSaved(current: GlideRecord, previous: GlideRecord | null): void {
    const amounts = validateServiceProfile(readProfileAmounts(current))
    if (!amounts.ok) {
        abortSave(current, amounts.error.message)
        return
    }
    const service = profileServiceChange(profileService(previous), profileService(current))
    if (!service.ok) abortSave(current, service.error.message)
}
