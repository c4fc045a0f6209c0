import { PROVIDER_NAMES, type ProviderName } from "@switchboard/sdk";
import { Option } from "commander";
import { type CliCommand, connect, group } from "../context.js";
import { renderCallTable } from "../format.js";

/** `switchboard calls get <id> --provider <name>`: one call, normalized (or as the provider sent it). */
export const callsGet: CliCommand = {
  register(program, { io }) {
    group(program, "calls", "Work with call records.")
      .command("get")
      .description("Get one call, normalized (or as the provider sent it, with --raw).")
      .argument("<id>", "the provider's call id (ThinnestAI: a whole number)")
      .addOption(
        new Option("-p, --provider <name>", "provider").choices(PROVIDER_NAMES).makeOptionMandatory(),
      )
      .option("--raw", "print the provider's call object instead of the unified call")
      .addOption(
        new Option("-f, --format <format>", "output format").choices(["json", "table"]).default("json"),
      )
      .action(
        async (id: string, opts: { provider: ProviderName; raw?: boolean; format: "json" | "table" }) => {
          const call = await connect(io, [opts.provider]).getCall(opts.provider, id, { signal: io.signal });
          if (opts.raw) io.stdout.write(`${JSON.stringify(call.raw, null, 2)}\n`);
          else if (opts.format === "table") io.stdout.write(`${renderCallTable(call)}\n`);
          else io.stdout.write(`${JSON.stringify(call, null, 2)}\n`);
        },
      );
  },
};
