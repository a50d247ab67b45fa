import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import type { FieldValue } from './fields.ts'

/**
 * Checks that an incident may move to `targetState`: one whose priority is in `requiredPriorities` (the property
 * `x_itvc_value.require_value_on_resolve`, comma-separated) cannot be resolved (6) or closed (7) without a value
 * category. Other target states, other priorities and a set category pass. Blanks around values are ignored.
 * @example resolveGuard('1', '', '6', '1,2')
 * //=> { ok: false, error: { code: 'PRICING.VALUE_CATEGORY_REQUIRED', message: 'A P1 incident cannot be resolved without a value category: set Business value > Value category.', field: 'value_category' } }
 * @example resolveGuard('1', 'revenue', '6', '1,2') //=> { ok: true, value: undefined }
 * @example resolveGuard('3', '', '7', '1,2') //=> { ok: true, value: undefined }
 */
export function resolveGuard(
    priority: FieldValue,
    valueCategory: FieldValue,
    targetState: FieldValue,
    requiredPriorities: string
): Result<void> {
    const state = (targetState ?? '').trim()
    const verb = state === '6' ? 'resolved' : state === '7' ? 'closed' : null
    const level = (priority ?? '').trim()
    const required = requiredPriorities.split(',').map((entry) => entry.trim())
    if (verb === null || level === '' || !required.includes(level) || (valueCategory ?? '').trim() !== '') {
        return ok(undefined)
    }
    return fail(
        'PRICING.VALUE_CATEGORY_REQUIRED',
        `A P${level} incident cannot be ${verb} without a value category: set Business value > Value category.`,
        'value_category'
    )
}
