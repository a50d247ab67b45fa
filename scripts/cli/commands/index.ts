/** Every itvc command, in the order `itvc --help` lists them. */
import type { Command } from '../command.ts'
import { seedCommand } from './seed.ts'

/** The commands. */
export const COMMANDS: readonly Command[] = [seedCommand]
