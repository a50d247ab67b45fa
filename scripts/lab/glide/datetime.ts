/**
 * GlideDateTime / GlideDate / GlideDuration for the lab. Internal values are UTC 'yyyy-MM-dd HH:mm:ss'; the lab
 * shows display values in UTC too (a real instance uses the user's zone and format).
 */
import { runtime } from '../runtime.ts'

function pad(n: number, w = 2): string {
    return String(n).padStart(w, '0')
}

export function formatUtc(ms: number): string {
    const d = new Date(ms)
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

export function parseUtc(value: string): number {
    const m = /^(\d{4}-\d\d-\d\d)(?:[ T](\d\d:\d\d(?::\d\d)?))?/.exec(value.trim())
    if (!m) return Number.NaN
    const time = m[2] ? (m[2].length === 5 ? `${m[2]}:00` : m[2]) : '00:00:00'
    return Date.parse(`${m[1]}T${time}Z`)
}

export class GlideDuration {
    constructor(private readonly ms: number = 0) {}
    getNumericValue(): number {
        return this.ms
    }
    getValue(): string {
        return formatUtc(this.ms)
    }
    getDisplayValue(): string {
        const s = Math.floor(this.ms / 1000)
        const d = Math.floor(s / 86400)
        const h = Math.floor((s % 86400) / 3600)
        const m = Math.floor((s % 3600) / 60)
        return (
            [d ? `${d} Days` : '', h ? `${h} Hours` : '', m ? `${m} Minutes` : ''].filter(Boolean).join(' ') ||
            '0 Seconds'
        )
    }
}

export class GlideDate {
    private ms: number
    constructor(value?: string) {
        this.ms = value ? parseUtc(value) : parseUtc(runtime().now())
    }
    getByFormat(format: string): string {
        const d = new Date(this.ms)
        return format
            .replace('yyyy', String(d.getUTCFullYear()))
            .replace('MM', pad(d.getUTCMonth() + 1))
            .replace('dd', pad(d.getUTCDate()))
    }
    getValue(): string {
        return this.getByFormat('yyyy-MM-dd')
    }
    setValue(value: string): void {
        this.ms = parseUtc(value)
    }
    getDisplayValue(): string {
        return this.getValue()
    }
}

export class GlideDateTime {
    private ms: number
    constructor(value?: string | GlideDateTime) {
        if (value instanceof GlideDateTime) this.ms = value.ms
        else this.ms = value ? parseUtc(value) : parseUtc(runtime().now())
    }
    static subtract(start: GlideDateTime, end: GlideDateTime): GlideDuration {
        return new GlideDuration(end.ms - start.ms)
    }
    getValue(): string {
        return Number.isNaN(this.ms) ? '' : formatUtc(this.ms)
    }
    setValue(value: string | number): void {
        this.ms = typeof value === 'number' ? value : parseUtc(value)
    }
    setValueUTC(value: string, _format?: string): void {
        this.ms = parseUtc(value)
    }
    getDisplayValue(): string {
        return this.getValue()
    }
    getNumericValue(): number {
        return this.ms
    }
    isValid(): boolean {
        return !Number.isNaN(this.ms)
    }
    getDate(): GlideDate {
        return new GlideDate(this.getValue())
    }
    addSeconds(s: number): void {
        this.ms += s * 1000
    }
    add(ms: number): void {
        this.ms += ms
    }
    addDaysUTC(days: number): void {
        this.ms += days * 86400000
    }
    addMonthsUTC(months: number): void {
        const d = new Date(this.ms)
        d.setUTCMonth(d.getUTCMonth() + months)
        this.ms = d.getTime()
    }
    addYearsUTC(years: number): void {
        this.addMonthsUTC(years * 12)
    }
    before(other: GlideDateTime): boolean {
        return this.ms < other.ms
    }
    after(other: GlideDateTime): boolean {
        return this.ms > other.ms
    }
    onOrBefore(other: GlideDateTime): boolean {
        return this.ms <= other.ms
    }
    onOrAfter(other: GlideDateTime): boolean {
        return this.ms >= other.ms
    }
    compareTo(other: GlideDateTime): number {
        return Math.sign(this.ms - other.ms)
    }
    equals(other: GlideDateTime): boolean {
        return this.ms === other.ms
    }
    toString(): string {
        return this.getValue()
    }
}
