/**
 * Findings of the security review that belong to features still being built (their owners fix them; the review
 * must not edit their files meanwhile). Each check compares what it finds with this list, both ways: a new problem
 * fails the check, and so does a listed one that is gone (delete its line here when you fix it). So the list is
 * always exactly what is open, and README "Security and reliability" counts it.
 */

export interface KnownFinding {
    /** The check that reports it (the id the tests use). */
    readonly check: string
    /** What the check reports, verbatim. */
    readonly subject: string
    /** Who fixes it. */
    readonly owner: string
    /** Why it matters / what to do. */
    readonly note: string
}

export const KNOWN_FINDINGS: readonly KnownFinding[] = []

/** Splits a check's violations into new ones and listed ones that are fixed. */
export function ratchet(check: string, violations: readonly string[]): { unexpected: string[]; fixed: string[] } {
    const known = KNOWN_FINDINGS.filter((f) => f.check === check).map((f) => f.subject)
    const found = new Set(violations)
    return {
        unexpected: [...found].filter((v) => !known.includes(v)).sort(),
        fixed: known.filter((k) => !found.has(k)).sort(),
    }
}

/** The open findings of a check. */
export function knownFor(check: string): KnownFinding[] {
    return KNOWN_FINDINGS.filter((f) => f.check === check)
}
