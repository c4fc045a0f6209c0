import { SwitchboardError } from "@switchboard/core";
import { WEBHOOK_PROVIDERS } from "@switchboard/sdk";
import { type Command, InvalidArgumentError, Option } from "commander";
import { type CliCommand, type CliIO, group } from "../../context.js";
import { startWebhookListener } from "./listen.js";
import { sendTestWebhook } from "./send.js";

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("must be a port number 0–65535");
  return n;
}

/** Adds `switchboard webhooks listen` and `switchboard webhooks send` to `program`. */
export function registerWebhooksCommand(program: Command, io: CliIO): void {
  const providers = Object.keys(WEBHOOK_PROVIDERS);
  const env = Object.entries(WEBHOOK_PROVIDERS)
    .map(([name, p]) => {
      const vars = [
        p.secretEnv ? `${p.secretEnv} (the signing secret)` : undefined,
        p.tokenEnv
          ? `${p.tokenEnv} (${p.auth === "token" ? "a token you put in the webhook URL as ?token=…" : "the Bearer token"})`
          : undefined,
      ].filter(Boolean);
      return `  ${name.padEnd(11)} ${vars.join(" or ")}`;
    })
    .join("\n");
  const webhooks = group(program, "webhooks", "Receive and test provider webhooks.");
  webhooks
    .command("listen")
    .description(
      "Receive webhooks on POST /webhooks/<provider>: verify, normalize, append one unified event per line to --out (fsync'd before the 200), drop redeliveries.",
    )
    .requiredOption("--port <n>", "TCP port (0 = any free port)", parsePort)
    .option("--host <host>", "interface to bind", "127.0.0.1")
    .option("--out <file>", "NDJSON file of unified events", "events.ndjson")
    .option(
      "--dangerously-accept-unauthenticated",
      "accept OpenMic/Butter/Zudu webhooks without a token when none is configured (anyone can forge them)",
    )
    .addHelpText("after", `\nEnvironment:\n${env}\n`)
    .action(
      async (opts: {
        port: number;
        host: string;
        out: string;
        dangerouslyAcceptUnauthenticated?: boolean;
      }) => {
        const listener = await startWebhookListener({
          port: opts.port,
          host: opts.host,
          out: opts.out,
          env: io.env,
          dangerouslyAcceptUnauthenticated: opts.dangerouslyAcceptUnauthenticated,
          log: (line) => io.stderr.write(`${line}\n`),
        });
        const configured = Object.values(WEBHOOK_PROVIDERS).filter(
          (p) => (p.secretEnv && io.env[p.secretEnv]) || (p.tokenEnv && io.env[p.tokenEnv]),
        );
        io.stderr.write(
          `listening on ${listener.url}/webhooks/<provider> → ${opts.out} (${listener.loaded} events already stored)\n`,
        );
        if (configured.length === 0 && !opts.dangerouslyAcceptUnauthenticated) {
          io.stderr.write(
            `warning: no webhook secret or token is set; every request will be refused:\n${env}\n`,
          );
        }
        if (opts.dangerouslyAcceptUnauthenticated) {
          io.stderr.write(
            "warning: accepting unauthenticated OpenMic/Butter/Zudu webhooks: anyone can forge them\n",
          );
        }
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off("SIGTERM", stop);
            process.off("SIGINT", stop);
            io.signal?.removeEventListener("abort", stop);
            resolve();
          };
          process.once("SIGTERM", stop);
          process.once("SIGINT", stop);
          io.signal?.addEventListener("abort", stop, { once: true });
          if (io.signal?.aborted) stop();
        });
        io.stderr.write("shutting down: finishing in-flight requests…\n");
        await listener.close();
        io.stderr.write("stopped; every acknowledged event is in the file\n");
      },
    );
  webhooks
    .command("send")
    .description("POST a test event signed with the provider's real scheme (like `stripe trigger`).")
    .addOption(new Option("-p, --provider <name>", "provider").choices(providers).makeOptionMandatory())
    .requiredOption("--file <payload.json>", "the body to send, byte for byte")
    .requiredOption("--url <url>", "where to POST, e.g. http://127.0.0.1:8787/webhooks/thinnestai")
    .option(
      "--secret <secret>",
      "signing secret, or token for OpenMic/Butter/Zudu (default: the provider's environment variable)",
    )
    .option("--delivery-id <id>", "ThinnestAI X-Webhook-Delivery-Id (default: a random UUID)")
    .action(async (opts) => {
      const { status, body } = await sendTestWebhook({ ...opts, env: io.env });
      io.stdout.write(`HTTP ${status} ${body}\n`);
      if (status < 200 || status > 299) throw new WebhookSendError(`the receiver answered HTTP ${status}`);
    });
}

/** `webhooks send` got a non-2xx answer (exit code 9, like any HTTP error). */
export class WebhookSendError extends SwitchboardError {
  override name = "WebhookSendError";
}

/** `switchboard webhooks listen|send`, as one entry of the CLI's command list. */
export const webhooksCommand: CliCommand = {
  register(program, { io }) {
    registerWebhooksCommand(program, io);
  },
};
