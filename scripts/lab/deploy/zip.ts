/**
 * A small ZIP reader (and writer, for fixtures) over node:zlib: enough for the packages `now-sdk pack` writes
 * (fflate `zipSync`: deflate or stored entries, no ZIP64, no encryption). The reader trusts nothing: it walks the
 * central directory, checks every local header, size and CRC-32, and caps entry count and inflated size.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'

/** One file of an archive. */
export interface ZipEntry {
    /** The entry name exactly as stored (the SDK's packer writes `/update/x.xml`, with a leading slash). */
    readonly path: string
    readonly data: Buffer
}

/** Limits of the reader (a package is a few hundred small XML files). */
export interface ZipLimits {
    /** Most entries accepted (default 20 000). */
    readonly maxEntries?: number
    /** Most bytes all entries may inflate to together (default 256 MiB). */
    readonly maxTotalBytes?: number
}

/** A malformed, unsupported or oversized archive. */
export class ZipError extends Error {
    override readonly name = 'ZipError'
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

function u16(buf: Buffer, at: number): number {
    if (at + 2 > buf.length) throw new ZipError('the archive is truncated')
    return buf.readUInt16LE(at)
}

function u32(buf: Buffer, at: number): number {
    if (at + 4 > buf.length) throw new ZipError('the archive is truncated')
    return buf.readUInt32LE(at)
}

/** Offset of the end-of-central-directory record (searched backwards over a possible comment). */
function findEnd(buf: Buffer): number {
    const stop = Math.max(0, buf.length - 22 - 0xffff)
    for (let at = buf.length - 22; at >= stop; at--) {
        if (buf.readUInt32LE(at) === EOCD && at + 22 + buf.readUInt16LE(at + 20) === buf.length) return at
    }
    throw new ZipError('not a zip archive (no end of central directory)')
}

/**
 * Reads every file entry of a ZIP archive (directory entries are skipped).
 * @example readZip(writeZip([{ path: 'a.txt', data: Buffer.from('hi') }]))[0]?.data.toString() //=> 'hi'
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits = {}): ZipEntry[] {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    if (buf.length < 22) throw new ZipError('not a zip archive (too short)')
    const maxEntries = limits.maxEntries ?? 20_000
    const maxTotal = limits.maxTotalBytes ?? 256 * 1024 * 1024
    const end = findEnd(buf)
    if (u16(buf, end + 4) !== 0 || u16(buf, end + 6) !== 0) throw new ZipError('multi-disk archives are not supported')
    const count = u16(buf, end + 10)
    const cdSize = u32(buf, end + 12)
    const cdOffset = u32(buf, end + 16)
    if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('ZIP64 archives are not supported')
    if (count > maxEntries) throw new ZipError(`the archive has ${count} entries (at most ${maxEntries})`)
    if (cdOffset + cdSize > end) throw new ZipError('the central directory lies outside the archive')
    const entries: ZipEntry[] = []
    let total = 0
    let at = cdOffset
    for (let i = 0; i < count; i++) {
        if (u32(buf, at) !== CENTRAL) throw new ZipError(`central directory entry ${i + 1} is damaged`)
        const flags = u16(buf, at + 8)
        const method = u16(buf, at + 10)
        const crc = u32(buf, at + 16)
        const compressed = u32(buf, at + 20)
        const size = u32(buf, at + 24)
        const nameLength = u16(buf, at + 28)
        const next = at + 46 + nameLength + u16(buf, at + 30) + u16(buf, at + 32)
        const local = u32(buf, at + 42)
        if (at + 46 + nameLength > buf.length) throw new ZipError('the archive is truncated')
        const path = buf.toString('utf8', at + 46, at + 46 + nameLength)
        at = next
        if (flags & 0x1) throw new ZipError(`${path}: encrypted entries are not supported`)
        if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
            throw new ZipError(`${path}: ZIP64 entries are not supported`)
        if (path.endsWith('/')) continue
        if (u32(buf, local) !== LOCAL) throw new ZipError(`${path}: the local header is damaged`)
        const start = local + 30 + u16(buf, local + 26) + u16(buf, local + 28)
        if (start + compressed > cdOffset) throw new ZipError(`${path}: the data lies outside the archive`)
        total += size
        if (total > maxTotal) throw new ZipError(`the archive inflates to more than ${maxTotal} bytes`)
        const raw = buf.subarray(start, start + compressed)
        let data: Buffer
        if (method === 0) data = Buffer.from(raw)
        else if (method === 8) {
            try {
                data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) })
            } catch (error) {
                throw new ZipError(`${path}: the compressed data is damaged (${(error as Error).message})`)
            }
        } else throw new ZipError(`${path}: compression method ${method} is not supported`)
        if (data.length !== size)
            throw new ZipError(`${path}: size ${data.length} differs from the directory's ${size}`)
        if (crc32(data) >>> 0 !== crc) throw new ZipError(`${path}: CRC-32 mismatch`)
        entries.push({ path, data })
    }
    return entries
}

/**
 * Writes a ZIP archive (deflate level 6, as the SDK's packer; fixed timestamp). For fixtures and tests.
 * @example readZip(writeZip([{ path: '/scope/a.xml', data: Buffer.from('<x/>') }]))[0]?.path //=> '/scope/a.xml'
 */
export function writeZip(files: readonly ZipEntry[], options: { readonly store?: boolean } = {}): Buffer {
    const locals: Buffer[] = []
    const centrals: Buffer[] = []
    let offset = 0
    for (const file of files) {
        const name = Buffer.from(file.path, 'utf8')
        const body = options.store ? file.data : deflateRawSync(file.data, { level: 6 })
        const crc = crc32(file.data) >>> 0
        const local = Buffer.alloc(30)
        local.writeUInt32LE(LOCAL, 0)
        local.writeUInt16LE(20, 4)
        local.writeUInt16LE(0x0800, 6) // UTF-8 names
        local.writeUInt16LE(options.store ? 0 : 8, 8)
        local.writeUInt16LE(0, 10) // 00:00
        local.writeUInt16LE(0x21, 12) // 1980-01-01
        local.writeUInt32LE(crc, 14)
        local.writeUInt32LE(body.length, 18)
        local.writeUInt32LE(file.data.length, 22)
        local.writeUInt16LE(name.length, 26)
        local.writeUInt16LE(0, 28)
        const central = Buffer.alloc(46)
        central.writeUInt32LE(CENTRAL, 0)
        central.writeUInt16LE(20, 4)
        local.copy(central, 6, 4, 30) // version needed .. name length
        central.writeUInt32LE(offset, 42)
        locals.push(local, name, body)
        centrals.push(central, name)
        offset += local.length + name.length + body.length
    }
    const directory = Buffer.concat(centrals)
    const end = Buffer.alloc(22)
    end.writeUInt32LE(EOCD, 0)
    end.writeUInt16LE(files.length, 8)
    end.writeUInt16LE(files.length, 10)
    end.writeUInt32LE(directory.length, 12)
    end.writeUInt32LE(offset, 16)
    return Buffer.concat([...locals, directory, end])
}
