/**
 * A strict parser of the `Link` header (RFC 8288) as ServiceNow sends it (rest-contract.md §5):
 * `<url>;rel="first",<url>;rel="prev",<url>;rel="next",<url>;rel="last"`, no spaces, quoted rel values.
 */

/** One link of the header. */
export interface LinkValue {
    readonly url: string
    /** Relation types, lower case (a `rel` may list several separated by spaces). */
    readonly rels: readonly string[]
}

/** Parsing either gives the links or says where the header is malformed. */
export type LinkParse =
    { readonly ok: true; readonly links: readonly LinkValue[] } | { readonly ok: false; readonly message: string }

/**
 * Parses a `Link` header. Commas inside `<…>` and inside quoted parameter values do not split links.
 * @example parseLinkHeader('<https://i/x?o=1>;rel="next"') //=> { ok: true, links: [{ url: 'https://i/x?o=1', rels: ['next'] }] }
 */
export function parseLinkHeader(header: string): LinkParse {
    const links: LinkValue[] = []
    let i = 0
    const n = header.length
    const skipSpace = (): void => {
        while (i < n && /\s/.test(header[i] ?? '')) i++
    }
    while (i < n) {
        skipSpace()
        if (i >= n) break
        if (header[i] !== '<') return { ok: false, message: `expected '<' at ${i}` }
        const close = header.indexOf('>', i + 1)
        if (close < 0) return { ok: false, message: `unterminated '<' at ${i}` }
        const url = header.slice(i + 1, close).trim()
        i = close + 1
        const rels: string[] = []
        for (;;) {
            skipSpace()
            if (i >= n || header[i] === ',') break
            if (header[i] !== ';') return { ok: false, message: `expected ';' or ',' at ${i}` }
            i++
            skipSpace()
            const nameMatch = /^[A-Za-z0-9!#$&+.^_`|~*-]+/.exec(header.slice(i))
            if (nameMatch === null) return { ok: false, message: `expected a parameter name at ${i}` }
            const name = nameMatch[0].toLowerCase()
            i += nameMatch[0].length
            skipSpace()
            let value = ''
            if (header[i] === '=') {
                i++
                skipSpace()
                if (header[i] === '"') {
                    let j = i + 1
                    let text = ''
                    while (j < n && header[j] !== '"') {
                        if (header[j] === '\\' && j + 1 < n) j++
                        text += header[j]
                        j++
                    }
                    if (j >= n) return { ok: false, message: `unterminated quoted value at ${i}` }
                    value = text
                    i = j + 1
                } else {
                    const token = /^[^;,\s]*/.exec(header.slice(i))?.[0] ?? ''
                    value = token
                    i += token.length
                }
            }
            if (name === 'rel')
                rels.push(
                    ...value
                        .toLowerCase()
                        .split(/\s+/)
                        .filter((r) => r !== '')
                )
        }
        if (url === '') return { ok: false, message: 'empty link target' }
        links.push({ url, rels })
        if (header[i] === ',') i++
    }
    return { ok: true, links }
}

/**
 * The URL of the first link with a relation, if any.
 * @example linkFor([{ url: 'u', rels: ['next'] }], 'next') //=> 'u'
 */
export function linkFor(links: readonly LinkValue[], rel: string): string | undefined {
    return links.find((l) => l.rels.includes(rel))?.url
}
