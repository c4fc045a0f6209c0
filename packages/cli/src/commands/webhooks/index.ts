import {
  brandErrorClass,
  InvalidArgumentError as CoreInvalidArgumentError,
  SwitchboardError,
} from "@switchboard/core";
import { type SwitchboardClient, WEBHOOK_PROVIDERS, type WebhookProvider } from "@switchboard/sdk";
import { newLoadId, parseDuration, type Store, syncCalls } from "@switchboard/store";
import { Argument, type Command, InvalidArgumentError, Option } from "commander";
import { type CliCommand, type CliIO, connect, group, openStoreFor, reportFailure } from "../../context.js";
import { WEBHOOK_SAMPLES } from "../../generated/webhook-samples.js";
import { type EventSink, startWebhookListener } from "./listen.js";
import { sendTestWebhook } from "./send.js";

/** `--sync-every`: a duration (`15m`, `1h`, ISO 8601 `PT15M`) → milliseconds. */
function parseSyncEvery(value: string): number {
  try {
    return parseDuration(value, "--sync-every");
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message.replace(/^--sync-every: /, ""));
  }
}

/**
 * Runs the incremental sync of every configured provider now and then every `everyMs`, one run at a time, in
 * the listener's process (which owns the store: one writer per DuckDB file). Each run's counts go to stderr.
 */
function startPeriodicSync(io: CliIO, sb: SwitchboardClient, store: Store, everyMs: number) {
  let running: Promise<void> | undefined;
  const controller = new AbortController();
  const runOnce = () => {
    running ??= syncCalls(sb, store, { signal: controller.signal })
      .then((result) => {
        for (const p of result.providers)
          io.stderr.write(
            `sync ${p.provider}: ${p.fetched} fetched, ${p.inserted} inserted, ${p.updated} updated, ${p.unchanged} unchanged, cursor ${p.cursor ?? "—"}\n`,
          );
        for (const failure of result.errors) reportFailure(io, failure);
      })
      .catch((error: unknown) => {
        io.stderr.write(`sync failed: ${error instanceof Error ? error.message : String(error)}\n`);
      })
      .finally(() => {
        running = undefined;
      });
  };
  runOnce();
  const timer = setInterval(runOnce, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      controller.abort();
      await running;
    },
  };
}

/** `--forward-to`: an http(s) URL (`{provider}` in it is replaced by the provider's name). */
function parseForwardTo(value: string): string {
  try {
    const url = new URL(value.replaceAll("{provider}", "provider"));
    if (url.protocol === "http:" || url.protocol === "https:") return value;
  } catch {}
  throw new InvalidArgumentError("must be an http(s) URL, e.g. http://localhost:3000/webhooks/{provider}");
}

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
    .option("--out <file>", "NDJSON file of unified events (without --db)", "events.ndjson")
    .option(
      "--db [file|url]",
      "store each event in the store's webhook_events and its call in calls (one transaction, before the 200) instead of --out: a DuckDB file or postgres:// URL (no value: DATABASE_URL, else ./switchboard.duckdb)",
    )
    .option(
      "--sync-every <duration>",
      "with --db: also run the incremental sync of every configured provider in this process, every <duration> (e.g. 15m, 1h)",
      parseSyncEvery,
    )
    .option(
      "--dangerously-accept-unauthenticated",
      "accept OpenMic/Butter/Zudu webhooks without a token when none is configured (anyone can forge them)",
    )
    .option(
      "--forward-to <url>",
      "re-post each verified new event to your app (like stripe listen --forward-to); {provider} in the URL is replaced",
      parseForwardTo,
    )
    .addOption(
      new Option(
        "--forward-format <format>",
        "original: the provider's body and headers (your app verifies the signature); unified: the unified event as JSON",
      )
        .choices(["original", "unified"])
        .default("original"),
    )
    .addHelpText("after", `\nEnvironment:\n${env}\n`)
    .action(
      async (opts: {
        port: number;
        host: string;
        out: string;
        db?: string | true;
        syncEvery?: number;
        dangerouslyAcceptUnauthenticated?: boolean;
        forwardTo?: string;
        forwardFormat: "original" | "unified";
      }) => {
        if (opts.syncEvery !== undefined && opts.db === undefined)
          throw new CoreInvalidArgumentError("--sync-every needs --db: the sync writes to the store", {
            argument: "--sync-every",
          });
        const db = opts.db === undefined ? undefined : await openStoreFor(io, opts.db);
        const sb = opts.syncEvery === undefined ? undefined : connect(io, "all");
        let listener: Awaited<ReturnType<typeof startWebhookListener>>;
        try {
          let sink: EventSink | undefined;
          if (db) {
            const loadId = newLoadId();
            await db.beginListenerLoad(loadId);
            sink = {
              loaded: await db.countWebhookEvents(),
              append: async (event) => ({
                duplicate: (await db.recordWebhookEvent(event, { loadId })).duplicate,
              }),
              close: async () => {},
            };
          }
          listener = await startWebhookListener({
            port: opts.port,
            host: opts.host,
            out: opts.out,
            sink,
            env: io.env,
            dangerouslyAcceptUnauthenticated: opts.dangerouslyAcceptUnauthenticated,
            log: (line) => io.stderr.write(`${line}\n`),
            forwardTo: opts.forwardTo,
            forwardFormat: opts.forwardFormat,
          });
        } catch (error) {
          await db?.close();
          throw error;
        }
        const periodic =
          db && sb && opts.syncEvery !== undefined
            ? startPeriodicSync(io, sb, db, opts.syncEvery)
            : undefined;
        const configured = Object.values(WEBHOOK_PROVIDERS).filter(
          (p) => (p.secretEnv && io.env[p.secretEnv]) || (p.tokenEnv && io.env[p.tokenEnv]),
        );
        io.stderr.write(
          `listening on ${listener.url}/webhooks/<provider> → ${db ? `${db.engine.location} (webhook_events, calls)` : opts.out} (${listener.loaded} events already stored)${opts.forwardTo ? `; forwarding to ${opts.forwardTo} (${opts.forwardFormat})` : ""}\n`,
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
        await periodic?.stop();
        await listener.close();
        await db?.close();
        io.stderr.write(`stopped; every acknowledged event is in the ${db ? "store" : "file"}\n`);
      },
    );
  webhooks
    .command("send")
    .description(
      "POST a payload file signed with the provider's real scheme (webhooks trigger sends built-in samples).",
    )
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
      reportAnswer(io, status, body);
    });
  const events = Object.entries(WEBHOOK_SAMPLES)
    .map(([provider, byEvent]) => `  ${provider.padEnd(11)} ${Object.keys(byEvent).join(", ")}`)
    .join("\n");
  webhooks
    .command("trigger")
    .description(
      "Sign and POST a built-in sample event of a provider (from its documentation), like `stripe trigger`: to --url, default the local listener.",
    )
    .addArgument(new Argument("<provider>", "the provider").choices(Object.keys(WEBHOOK_SAMPLES)))
    .argument("[event]", "the event (default: the provider's first; see below)")
    .option(
      "--url <url>",
      "where to POST (default: http://127.0.0.1:8787/webhooks/<provider>, the listener's default)",
    )
    .option("--example <name>", "which of the event's samples (default: the first)")
    .option(
      "--secret <secret>",
      "signing secret, or token for OpenMic/Butter/Zudu (default: the provider's environment variable)",
    )
    .option("--print", "print the sample payload instead of sending it")
    .addHelpText("after", `\nEvents:\n${events}\n`)
    .action(
      async (
        provider: string,
        event: string | undefined,
        opts: { url?: string; example?: string; secret?: string; print?: boolean },
      ) => {
        const byEvent = WEBHOOK_SAMPLES[provider] ?? {};
        const name = event ?? Object.keys(byEvent)[0] ?? "";
        const sample = byEvent[name];
        if (!sample)
          throw new CoreInvalidArgumentError(
            `${provider} has no sample event ${JSON.stringify(name)}; known: ${Object.keys(byEvent).join(", ")}`,
            { argument: "event" },
          );
        const exampleName = opts.example ?? Object.keys(sample.examples)[0] ?? "";
        const example = sample.examples[exampleName];
        if (!example)
          throw new CoreInvalidArgumentError(
            `${provider} ${name} has no sample ${JSON.stringify(exampleName)}; known: ${Object.keys(sample.examples).join(", ")}`,
            { argument: "--example" },
          );
        if (opts.print) {
          io.stdout.write(`${JSON.stringify(JSON.parse(example.body), null, 2)}\n`);
          return;
        }
        const url = opts.url ?? `http://127.0.0.1:8787/webhooks/${provider}`;
        const { status, body } = await sendTestWebhook({
          provider: provider as WebhookProvider,
          body: new TextEncoder().encode(example.body),
          url,
          secret: opts.secret,
          env: io.env,
        });
        reportAnswer(io, status, body);
        io.stderr.write(`sent ${provider} ${name} (${exampleName}) to ${url}\n`);
      },
    );
}

/** Prints the receiver's answer; a non-2xx answer is a {@link WebhookSendError} (exit 9). */
function reportAnswer(io: CliIO, status: number, body: string): void {
  io.stdout.write(`HTTP ${status} ${body}\n`);
  if (status < 200 || status > 299) throw new WebhookSendError(`the receiver answered HTTP ${status}`);
}

/** `webhooks send` got a non-2xx answer (exit code 9, like any HTTP error). */
export class WebhookSendError extends SwitchboardError {
  override name = "WebhookSendError";
}
brandErrorClass(WebhookSendError, "@switchboard/cli:WebhookSendError");

/** `switchboard webhooks listen|send`, as one entry of the CLI's command list. */
export const webhooksCommand: CliCommand = {
  register(program, { io }) {
    registerWebhooksCommand(program, io);
  },
};
