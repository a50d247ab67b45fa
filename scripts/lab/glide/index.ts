/**
 * The lab's `@servicenow/glide`: jest (moduleNameMapper) and the lab process (scripts/lab/register.ts) resolve the
 * package to this module, so the app's server modules run unchanged against the lab's instance.
 */
export { GlideRecord, GlideRecordSecure, GlideElement } from './record.ts'
export { GlideAggregate } from './aggregate.ts'
export { GlideDateTime, GlideDate, GlideDuration } from './datetime.ts'
export { gs } from './gs.ts'
export * as sn_ws_err from './sn_ws_err.ts'
