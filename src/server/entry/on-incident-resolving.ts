import type { GlideRecord } from '@servicenow/glide'
import { RESOLVED_STATES, resolveGuard } from '../core/index.ts'
import { readResolveInput } from '../adapters/glide-incident-value.ts'
import { readPricingConfig } from '../adapters/glide-pricing-config.ts'
import { abortSave } from '../adapters/glide-rules.ts'

/**
 * Before update on incident moving to Resolved or Closed without a value category (the rule's filter): refuses it
 * for the priorities in `x_itvc_value.require_value_on_resolve`. Only the move out of the open states is checked, so
 * closing an incident resolved before the app (or the property) existed is never blocked.
 */
export function onIncidentResolving(current: GlideRecord, previous: GlideRecord | null): void {
    const input = readResolveInput(current, previous)
    if (RESOLVED_STATES.includes(input.previousState)) return
    const required = readPricingConfig().requireValueOnResolve
    const guard = resolveGuard(input.priority, input.valueCategory, input.state, required)
    if (!guard.ok) abortSave(current, guard.error.message)
}
