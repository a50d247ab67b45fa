/**
 * A small `multipart/form-data` reader (RFC 7578) for the lab's upload processor: fields and files as byte
 * buffers, nothing streamed (the HTTP layer caps the body size).
 */

/** One part of a form. */
export interface FormPart {
    /** The `name` of its Content-Disposition. */
    readonly name: string
    /** The `filename`, for a file part. */
    readonly filename?: string
    readonly contentType?: string
    readonly data: Buffer
}

/**
 * The boundary of a multipart/form-data Content-Type, or undefined for another type.
 * @example formBoundary('multipart/form-data; boundary=----x1') //=> '----x1'
 */
export function formBoundary(contentType: string | undefined): string | undefined {
    if (contentType === undefined) return undefined
    const [type = '', ...params] = contentType.split(';').map((p) => p.trim())
    if (type.toLowerCase() !== 'multipart/form-data') return undefined
    for (const p of params) {
        const eq = p.indexOf('=')
        if (eq > 0 && p.slice(0, eq).trim().toLowerCase() === 'boundary') {
            const value = p.slice(eq + 1).trim()
            const boundary = value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value
            return boundary.length > 0 && boundary.length <= 200 ? boundary : undefined
        }
    }
    return undefined
}

function dispositionParam(header: string, name: string): string | undefined {
    const match = new RegExp(`(?:^|;)\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header)
    if (match) return (match[1] ?? '').replace(/\\(.)/g, '$1')
    const bare = new RegExp(`(?:^|;)\\s*${name}=([^;\\s]+)`, 'i').exec(header)
    return bare?.[1]
}

/**
 * Parses a multipart/form-data body; undefined when it is not one or is malformed.
 * @example parseMultipart(Buffer.from('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n'), 'multipart/form-data; boundary=b')?.[0]?.data.toString() //=> '1'
 */
export function parseMultipart(body: Buffer, contentType: string | undefined): FormPart[] | undefined {
    const boundary = formBoundary(contentType)
    if (boundary === undefined) return undefined
    const delimiter = Buffer.from(`--${boundary}`)
    const separator = Buffer.from(`\r\n--${boundary}`)
    let at = body.indexOf(delimiter)
    if (at < 0) return undefined
    at += delimiter.length
    const parts: FormPart[] = []
    for (;;) {
        if (body.subarray(at, at + 2).toString('latin1') === '--') return parts
        if (body.subarray(at, at + 2).toString('latin1') !== '\r\n') return undefined
        at += 2
        const headerEnd = body.indexOf('\r\n\r\n', at)
        if (headerEnd < 0) return undefined
        const headers = new Map<string, string>()
        for (const line of body.toString('utf8', at, headerEnd).split('\r\n')) {
            const colon = line.indexOf(':')
            if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
        }
        const end = body.indexOf(separator, headerEnd + 4)
        if (end < 0) return undefined
        const disposition = headers.get('content-disposition') ?? ''
        const name = dispositionParam(disposition, 'name')
        if (!/^form-data\b/i.test(disposition) || name === undefined) return undefined
        const filename = dispositionParam(disposition, 'filename')
        const type = headers.get('content-type')
        parts.push({
            name,
            ...(filename === undefined ? {} : { filename }),
            ...(type === undefined ? {} : { contentType: type }),
            data: body.subarray(headerEnd + 4, end),
        })
        at = end + separator.length
    }
}
