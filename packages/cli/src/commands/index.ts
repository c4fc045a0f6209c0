import type { CliCommand } from "../context.js";
import { callsGet } from "./calls-get.js";
import { callsList } from "./calls-list.js";
import { callsSummary } from "./calls-summary.js";
import { completionCommand } from "./completion.js";
import { configCommand } from "./config.js";
import { dbCommand } from "./db.js";
import { doctorCommand } from "./doctor.js";
import { reportCommand } from "./report.js";
import { syncCommand } from "./sync.js";
import { webhooksCommand } from "./webhooks/index.js";

/** Every command of `switchboard`, one file each; a new command is one file and one entry here. */
export const COMMANDS: readonly CliCommand[] = [
  callsList,
  callsGet,
  callsSummary,
  syncCommand,
  dbCommand,
  reportCommand,
  webhooksCommand,
  configCommand,
  doctorCommand,
  completionCommand,
];
