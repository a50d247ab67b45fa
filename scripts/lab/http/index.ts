/** Public surface of the lab's HTTP layer. */
export type { LabHttpDeps, LabHttpServer, LabLog, RequestInfo } from './server.ts'
export { createLabHttpServer } from './server.ts'
export type { Fault, FaultKind, FaultPlan, FaultRule, FaultRuleState } from './faults.ts'
export { parseFaultPlan } from './faults.ts'
export type { ListViewService } from './list-views.ts'
