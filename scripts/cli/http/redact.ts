/**
 * Redaction: every line itvc prints (verbose logs, progress, errors) passes through a redactor that knows the
 * secrets of the session (password, token and the encoded forms that travel in the `Authorization` header).
 */

/** The mask that replaces a secret. */
export const MASK = '***'

/** Replaces secrets in text. */
export type Redactor = (text: string) => string

/** Field names whose values are never printed (request bodies in verbose logs). */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(['user_password', 'password', 'token', 'access_token'])

/**
 * A redactor over the given secrets and their encoded forms (base64 of `user:password`, URL encoding), plus any
 * `Authorization` value, `Basic`/`Bearer` credential and `user:password@` in URLs that appear in the text.
 * @example createRedactor({ secrets: ['s3cret'] })('password s3cret') //=> 'password ***'
 */
export function createRedactor(input: { readonly secrets: readonly string[]; readonly user?: string }): Redactor {
    const forms = new Set<string>()
    for (const secret of input.secrets) {
        if (secret.length < 3) continue // too short to mask without masking ordinary text; never printed anyway
        forms.add(secret)
        forms.add(encodeURIComponent(secret))
        forms.add(Buffer.from(secret, 'utf8').toString('base64'))
        if (input.user !== undefined) forms.add(Buffer.from(`${input.user}:${secret}`, 'utf8').toString('base64'))
    }
    const ordered = [...forms].sort((a, b) => b.length - a.length)
    return (text: string): string => {
        let out = text
        for (const form of ordered) out = out.split(form).join(MASK)
        return out
            .replace(/(authorization["']?\s*[:=]\s*["']?)(?:(?:basic|bearer)\s+)?[^\s"',)]+/gi, `$1${MASK}`)
            .replace(/\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{6,}/gi, `$1 ${MASK}`)
            .replace(/(\/\/)[^/@\s:]+:[^/@\s]+@/g, `$1${MASK}@`)
    }
}

/**
 * A copy of a JSON body with secret fields masked (for verbose logs of request bodies).
 * @example redactFields({ user_name: 'a', user_password: 'x' }) //=> { user_name: 'a', user_password: '***' }
 */
export function redactFields(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(redactFields)
    if (typeof value !== 'object' || value === null) return value
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(value)) out[key] = SECRET_FIELDS.has(key) ? MASK : redactFields(field)
    return out
}
