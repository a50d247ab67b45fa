/**
 * Validation of scoring models, ratings and overrides. Expected failures come back as `Result` values with a stable
 * `SCORING.*` code, the offending column in `field`, and a message that names the criterion.
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import { formatNumber } from './rounding.ts'
import type { Criterion, FormulaRole, Override, ScoringModel } from './types.ts'
import { CRITERION_DIRECTIONS, FORMULA_ROLES, REQUIRED_ROLES, SCORING_METHODS } from './types.ts'

/**
 * A model whose criteria passed validation, sorted by order then key.
 * @example const valid = validateModel(model, criteria); if (valid.ok) valid.value.criteria[0]?.key
 */
export interface ValidModel {
    readonly model: ScoringModel
    readonly criteria: readonly Criterion[]
}

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/

const METHOD_LABELS = { weighted: 'weighted', wsjf: 'WSJF', rice: 'RICE' } as const

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
    return typeof value === 'string' && (options as readonly string[]).indexOf(value) >= 0
}

function isBlank(text: string | null | undefined): boolean {
    return typeof text !== 'string' || text.trim() === ''
}

/**
 * Sorts criteria by `order`, then `key`, without mutating the input.
 * @example sortCriteria([{ order: 200, key: 'b' }, { order: 100, key: 'a' }]).map((c) => c.key) //=> ['a', 'b']
 */
export function sortCriteria<T extends Pick<Criterion, 'order' | 'key'>>(criteria: readonly T[]): T[] {
    return criteria.slice().sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

function validateCriterion(c: Criterion): Result<Criterion> {
    if (isBlank(c.name)) return fail('SCORING.CRITERION_NAME_REQUIRED', `Criterion "${c.key}" needs a name`, 'name')
    const label = `"${c.name}"`
    if (typeof c.key !== 'string' || !KEY_PATTERN.test(c.key)) {
        return fail(
            'SCORING.KEY_INVALID',
            `Key of ${label} must be snake_case (a–z, 0–9, _; starting with a letter; at most 40 characters)`,
            'key'
        )
    }
    if (!(typeof c.weight === 'number' && Number.isFinite(c.weight) && c.weight > 0)) {
        return fail('SCORING.WEIGHT_NOT_POSITIVE', `Weight of ${label} must be above 0 (is ${c.weight})`, 'weight')
    }
    if (!(Number.isFinite(c.min) && Number.isFinite(c.max))) {
        return fail('SCORING.RANGE_INVALID', `Minimum and maximum of ${label} must be numbers`, 'min')
    }
    if (!(c.min < c.max)) {
        return fail(
            'SCORING.RANGE_INVALID',
            `Minimum of ${label} (${formatNumber(c.min)}) must be below its maximum (${formatNumber(c.max)})`,
            'min'
        )
    }
    if (!isOneOf(CRITERION_DIRECTIONS, c.direction)) {
        return fail('SCORING.DIRECTION_UNKNOWN', `Direction of ${label} must be benefit or cost`, 'direction')
    }
    if (!isOneOf(FORMULA_ROLES, c.formulaRole)) {
        return fail('SCORING.ROLE_UNKNOWN', `Formula role "${c.formulaRole}" of ${label} is unknown`, 'formula_role')
    }
    if (!Number.isFinite(c.order)) return fail('SCORING.ORDER_INVALID', `Order of ${label} must be a number`, 'order')
    return ok(c)
}

/**
 * Checks a model and its criteria: a name, a known method, a positive integer version, at least one criterion,
 * and per criterion a name, a snake_case key unique in the model, weight > 0, min < max, a known direction and
 * formula role. A formula role other than `none` may be used once; `wsjf` needs business_value,
 * time_criticality, risk_reduction and job_size, `rice` needs reach, impact, confidence and effort. Returns the
 * first failure (criteria checked in order), or the model with its criteria sorted by order then key.
 * @example validateModel(model, [{ ...criterion, name: 'Customer impact', weight: 0 }])
 * //=> { ok: false, error: { code: 'SCORING.WEIGHT_NOT_POSITIVE', field: 'weight',
 * //     message: 'Weight of "Customer impact" must be above 0 (is 0)' } }
 * @example validateModel({ ...model, method: 'wsjf' }, criteriaWithoutJobSize)
 * //=> { ok: false, error: { code: 'SCORING.ROLE_MISSING', field: 'formula_role',
 * //     message: 'A WSJF model needs a criterion with the formula role job_size' } }
 */
export function validateModel(model: ScoringModel, criteria: readonly Criterion[]): Result<ValidModel> {
    if (isBlank(model.name)) return fail('SCORING.MODEL_NAME_REQUIRED', 'The scoring model needs a name', 'name')
    if (!isOneOf(SCORING_METHODS, model.method)) {
        return fail('SCORING.METHOD_UNKNOWN', `Method "${model.method}" is not weighted, wsjf or rice`, 'method')
    }
    if (!(Number.isInteger(model.version) && model.version >= 1)) {
        return fail('SCORING.VERSION_INVALID', `Version must be a whole number from 1 (is ${model.version})`, 'version')
    }
    if (criteria.length === 0) {
        return fail('SCORING.MODEL_NO_CRITERIA', `Scoring model "${model.name}" needs at least one criterion`)
    }
    const sorted = sortCriteria(criteria)
    const byKey: Record<string, Criterion> = {}
    const byRole: Partial<Record<FormulaRole, Criterion>> = {}
    for (const c of sorted) {
        const checked = validateCriterion(c)
        if (!checked.ok) return checked
        const sameKey = Object.prototype.hasOwnProperty.call(byKey, c.key) ? byKey[c.key] : undefined
        if (sameKey) {
            return fail(
                'SCORING.KEY_DUPLICATE',
                `Key "${c.key}" is used by both "${sameKey.name}" and "${c.name}"`,
                'key'
            )
        }
        byKey[c.key] = c
        const sameRole = c.formulaRole === 'none' ? undefined : byRole[c.formulaRole]
        if (sameRole) {
            return fail(
                'SCORING.ROLE_DUPLICATE',
                `Formula role ${c.formulaRole} is set on both "${sameRole.name}" and "${c.name}"`,
                'formula_role'
            )
        }
        byRole[c.formulaRole] = c
    }
    const missing = REQUIRED_ROLES[model.method].filter((role) => byRole[role] === undefined)
    if (missing.length > 0) {
        const roles = missing.join(', ')
        const noun = missing.length === 1 ? 'a criterion with the formula role' : 'criteria with the formula roles'
        return fail(
            'SCORING.ROLE_MISSING',
            `A ${METHOD_LABELS[model.method]} model needs ${noun} ${roles}`,
            'formula_role'
        )
    }
    return ok({ model, criteria: sorted })
}

/**
 * Checks that at most one model is both active and default (inactive defaults are ignored).
 * @example validateSingleDefault([
 *     { name: 'A', active: true, isDefault: true },
 *     { name: 'B', active: true, isDefault: true },
 * ])
 * //=> { ok: false, error: { code: 'SCORING.DEFAULT_NOT_UNIQUE', field: 'default',
 * //     message: 'Only one active model can be the default: "A", "B"' } }
 */
export function validateSingleDefault(
    models: readonly Pick<ScoringModel, 'name' | 'active' | 'isDefault'>[]
): Result<null> {
    const defaults = models.filter((m) => m.active && m.isDefault)
    if (defaults.length <= 1) return ok(null)
    const names = defaults.map((m) => `"${m.name}"`).join(', ')
    return fail('SCORING.DEFAULT_NOT_UNIQUE', `Only one active model can be the default: ${names}`, 'default')
}

/**
 * Checks one rating against its criterion: a finite number within [min, max] (both inclusive).
 * @example validateRating({ name: 'Customer impact', min: 1, max: 10 }, 7) //=> { ok: true, value: 7 }
 * @example validateRating({ name: 'Customer impact', min: 1, max: 10 }, 12)
 * //=> { ok: false, error: { code: 'SCORING.RATING_OUT_OF_RANGE', field: 'value',
 * //     message: 'Rating 12 for "Customer impact" is outside 1–10' } }
 */
export function validateRating(
    criterion: Pick<Criterion, 'name' | 'min' | 'max'>,
    value: number | null | undefined
): Result<number> {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        return fail('SCORING.RATING_NOT_A_NUMBER', `Rating for "${criterion.name}" must be a number`, 'value')
    }
    if (value < criterion.min || value > criterion.max) {
        const range = `${formatNumber(criterion.min)}–${formatNumber(criterion.max)}`
        return fail(
            'SCORING.RATING_OUT_OF_RANGE',
            `Rating ${formatNumber(value)} for "${criterion.name}" is outside ${range}`,
            'value'
        )
    }
    return ok(value)
}

/**
 * Checks a manual ranking value and its reason: both or neither. An empty value is `null` or `undefined`; an
 * empty reason is blank text. Returns the override (reason trimmed) or `null` when neither is given.
 * @example validateOverride(42, 'Regulatory deadline')
 * //=> { ok: true, value: { value: 42, reason: 'Regulatory deadline' } }
 * @example validateOverride(null, '') //=> { ok: true, value: null }
 * @example validateOverride(42, '  ')
 * //=> { ok: false, error: { code: 'SCORING.OVERRIDE_REASON_REQUIRED', field: 'override_reason',
 * //     message: 'An override value needs a reason' } }
 */
export function validateOverride(
    value: number | null | undefined,
    reason: string | null | undefined
): Result<Override | null> {
    const text = typeof reason === 'string' ? reason.trim() : ''
    const hasValue = value !== null && value !== undefined
    const hasReason = text !== ''
    if (!hasValue && !hasReason) return ok(null)
    if (!hasValue) return fail('SCORING.OVERRIDE_VALUE_REQUIRED', 'An override reason needs a value', 'override_value')
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        return fail('SCORING.OVERRIDE_VALUE_INVALID', 'The override value must be a finite number', 'override_value')
    }
    if (!hasReason) {
        return fail('SCORING.OVERRIDE_REASON_REQUIRED', 'An override value needs a reason', 'override_reason')
    }
    return ok({ value, reason: text })
}
