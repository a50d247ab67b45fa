/** Bounded concurrency for independent requests. */

/**
 * Runs `fn` over the items with at most `limit` calls in flight; results keep the items' order. The first failure
 * stops new calls from starting and is rethrown once the calls in flight have settled.
 * @example await mapLimit([1, 2, 3], 2, async (n) => n * 2) //=> [2, 4, 6]
 */
export async function mapLimit<T, R>(
    items: readonly T[],
    limit: number,
    fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
    const results: R[] = new Array<R>(items.length)
    let next = 0
    let failed: { error: unknown } | undefined
    const worker = async (): Promise<void> => {
        while (failed === undefined && next < items.length) {
            const index = next++
            try {
                results[index] = await fn(items[index] as T, index)
            } catch (error) {
                failed ??= { error }
            }
        }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker()))
    if (failed !== undefined) throw failed.error
    return results
}

/**
 * Splits a list into chunks.
 * @example chunks([1, 2, 3], 2) //=> [[1, 2], [3]]
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
    const out: T[][] = []
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
    return out
}
