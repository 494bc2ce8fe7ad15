import { getMacro } from '../../db/stores/catalogue-store.js';
import { seedDemoIfEmpty } from '../dataset/seed-demo.js';
import type { CliCommand } from './cli-context.js';
import { runScenarioCommand } from './scenario-command.js';

/** `scenario`: the projection core on the command line, with base figures from the database's macro row. */
export const scenarioCommand: CliCommand = (argv, { io, db }) => {
  const database = db();
  seedDemoIfEmpty(database);
  return runScenarioCommand(argv, io, getMacro(database)!);
};
