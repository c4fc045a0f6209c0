import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { InvalidArgumentError } from "@switchboard/core";
import { PROVIDERS, type ProviderName, WEBHOOK_PROVIDERS } from "@switchboard/sdk";
import envPaths from "env-paths";
import { ConfigError } from "./errors.js";

/**
 * One setting a profile can hold: `<provider>.<name>` (`retell.apiKey`, `zudu.apiSecret`,
 * `butter.organizationId`, `vapi.baseUrl`, `thinnestai.webhookSecret`), the environment variable it stands
 * for, and whether it is a secret (never printed).
 */
export interface ConfigKey {
  key: string;
  provider: ProviderName;
  env: string;
  secret: boolean;
  description: string;
}

/**
 * Every key of the config file, from the sdk's provider registry: each provider's credentials and base URL,
 * and its webhook secret or token. Values stand for the environment variable named here.
 */
export const CONFIG_KEYS: readonly ConfigKey[] = PROVIDERS.flatMap((d) => {
  const provider = d.name as ProviderName;
  const webhook = (WEBHOOK_PROVIDERS as Record<string, { secretEnv?: string; tokenEnv?: string }>)[d.name];
  return [
    ...d.credentials.map((c) => ({
      key: `${d.name}.${c.option}`,
      provider,
      env: c.env,
      secret: c.option !== "organizationId",
      description: c.description,
    })),
    { key: `${d.name}.baseUrl`, provider, env: d.baseUrlEnv, secret: false, description: "API base URL" },
    ...(webhook?.secretEnv
      ? [
          {
            key: `${d.name}.webhookSecret`,
            provider,
            env: webhook.secretEnv,
            secret: true,
            description: "webhook signing secret",
          },
        ]
      : []),
    ...(webhook?.tokenEnv
      ? [
          {
            key: `${d.name}.webhookToken`,
            provider,
            env: webhook.tokenEnv,
            secret: true,
            description: "webhook token",
          },
        ]
      : []),
  ];
});

/** The config file: profiles by name, each a map of {@link CONFIG_KEYS} keys to values. */
export interface ConfigFile {
  profiles: Record<string, Record<string, string>>;
}

/** The profile used without `--profile` and `SWITCHBOARD_PROFILE`. */
export const DEFAULT_PROFILE = "default";

/**
 * Where the config file is: `$SWITCHBOARD_CONFIG_DIR/config.json` when that is set, else `config.json` in
 * the user's config directory for `switchboard` as `env-paths` finds it (`$XDG_CONFIG_HOME/switchboard`,
 * default `~/.config/switchboard` on Linux; `~/Library/Preferences/switchboard` on macOS;
 * `%APPDATA%\switchboard\Config` on Windows).
 */
export function configPath(env: Record<string, string | undefined>): string {
  const dir = env.SWITCHBOARD_CONFIG_DIR || envPaths("switchboard", { suffix: "" }).config;
  return join(dir, "config.json");
}

/**
 * Reads the config file; a missing file is an empty config.
 * @throws {ConfigError} (exit 2) when the file is not JSON of the config's shape.
 */
export function readConfig(env: Record<string, string | undefined>): ConfigFile {
  const path = configPath(env);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { profiles: {} };
    throw new ConfigError(`cannot read the config file ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError(`the config file ${path} is not JSON; fix or delete it`);
  }
  const profiles = (parsed as { profiles?: unknown } | null)?.profiles;
  if (typeof profiles !== "object" || profiles === null || Array.isArray(profiles))
    throw new ConfigError(`the config file ${path} has no "profiles" object; fix or delete it`);
  for (const [name, values] of Object.entries(profiles)) {
    if (typeof values !== "object" || values === null || Array.isArray(values))
      throw new ConfigError(`the config file ${path}: profiles.${name} is not an object`);
    for (const [key, value] of Object.entries(values))
      if (typeof value !== "string")
        throw new ConfigError(`the config file ${path}: profiles.${name}.${key} is not a string`);
  }
  return { profiles: profiles as ConfigFile["profiles"] };
}

/**
 * Writes the config file with owner-only permissions (the directory 0700, the file 0600), atomically (a
 * temporary file renamed over it), so that a crash never leaves half a file.
 */
export function writeConfig(env: Record<string, string | undefined>, config: ConfigFile): string {
  const path = configPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
  return path;
}

/**
 * The config key `key` (`retell.apiKey`).
 * @throws {InvalidArgumentError} (exit 64) for an unknown key, naming the known ones of its provider.
 */
export function configKey(key: string): ConfigKey {
  const found = CONFIG_KEYS.find((k) => k.key === key);
  if (found) return found;
  const provider = key.split(".")[0] ?? "";
  const ofProvider = CONFIG_KEYS.filter((k) => k.provider === provider).map((k) => k.key);
  throw new InvalidArgumentError(
    `unknown config key ${JSON.stringify(key)}; known: ${(ofProvider.length > 0 ? ofProvider : CONFIG_KEYS.map((k) => k.key)).join(", ")}`,
    { argument: "key" },
  );
}

/** How a command's settings were resolved: the environment it reads, and where each variable came from. */
export interface ResolvedSettings {
  /** The environment the sdk reads: the profile's values under the real environment (which wins). */
  env: Record<string, string | undefined>;
  /** The profile in use. */
  profile: string;
  /** Where each variable that is set came from. */
  source: Record<string, "env" | `profile ${string}` | "--api-key">;
}

/**
 * The settings of one run: profile `--profile` (else `SWITCHBOARD_PROFILE`, else `default`) from the config
 * file, under the environment variables (a variable that is set and not blank wins over the profile).
 * @throws {ConfigError} (exit 2) for a named profile the file does not have, or an unreadable file.
 */
export function resolveSettings(
  env: Record<string, string | undefined>,
  profileFlag: string | undefined,
): ResolvedSettings {
  const profile = profileFlag ?? (env.SWITCHBOARD_PROFILE || DEFAULT_PROFILE);
  const config = readConfig(env);
  const values = config.profiles[profile];
  if (!values && (profileFlag !== undefined || env.SWITCHBOARD_PROFILE)) {
    const known = Object.keys(config.profiles);
    throw new ConfigError(
      `profile ${JSON.stringify(profile)} is not in ${configPath(env)}${known.length > 0 ? `; known: ${known.join(", ")}` : ""} (switchboard config set <key> <value> --profile ${profile})`,
    );
  }
  const merged: Record<string, string | undefined> = { ...env };
  const source: ResolvedSettings["source"] = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    const known = CONFIG_KEYS.find((k) => k.key === key);
    if (!known) continue;
    if (env[known.env]?.trim()) continue;
    merged[known.env] = value;
    source[known.env] = `profile ${profile}`;
  }
  for (const k of CONFIG_KEYS) if (env[k.env]?.trim()) source[k.env] = "env";
  return { env: merged, profile, source };
}
