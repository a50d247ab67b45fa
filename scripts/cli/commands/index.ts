/** Every itvc command, in the order `itvc --help` lists them. */
import type { Command } from '../command.ts'
import { actualsImportCommand } from './actuals-import.ts'
import { benefitsExportCommand } from './benefits-export.ts'
import { demandsCommand } from './demands.ts'
import { rollupCommand, scorecardCommand, trendCommand } from './scorecard.ts'
import { seedCommand } from './seed.ts'

/** The commands. */
export const COMMANDS: readonly Command[] = [
    scorecardCommand,
    trendCommand,
    demandsCommand,
    benefitsExportCommand,
    actualsImportCommand,
    rollupCommand,
    seedCommand,
]
