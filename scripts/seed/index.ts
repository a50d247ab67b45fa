/** The demo data set: public surface for the lab and the `itvc seed --demo` CLI. See README.md in this folder. */
export {
    APP_TABLES,
    DEFAULT_CSV_PATH,
    DEMO_REFERENCES,
    SHIPPED_TABLES,
    buildDemoDataset,
    demoRoleSysId,
} from './dataset.ts'
export { INCIDENT_CSV_SHA256, parseIncidentCsv, verifyIncidentCsv } from './incident-csv.ts'
export type { CsvDirectory, CsvIncident, ParsedIncidentCsv } from './incident-csv.ts'
export { APP_ROLES, DEMO_ROLE_NAMES, DEMO_USERS, PLATFORM_ROLES } from './people.ts'
export type { DemoUser } from './people.ts'
export { RATING_TABLES, buildRatingRecords, ratingCoverage, usesWsjf, withScoringModels } from './ratings.ts'
export { shippedRecord } from './shipped.ts'
export type { ShippedRecord } from './shipped.ts'
export { DEMO_SERVICES, VALUE_CATEGORIES } from './services.ts'
export type { DemoService, ValueCategory } from './services.ts'
export { demoSysId, mulberry32, prng } from './sys-id.ts'
export type { DemoDataset, DemoDatasetOptions, DemoLogin, DemoRecord } from './types.ts'
export { VALUE_TAG_COLUMNS } from './value-tags.ts'
