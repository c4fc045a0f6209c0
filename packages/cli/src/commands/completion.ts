import { PROVIDER_NAMES } from "@switchboard/sdk";
import { Argument, type Command, type Option } from "commander";
import { type CliCommand, writeOut } from "../context.js";

/** Shells `switchboard completion` writes a script for. */
export const SHELLS = ["bash", "zsh", "fish"] as const;

/** One command of the tree, as completion sees it. */
interface Node {
  /** `calls list` (empty for the program itself). */
  path: string;
  name: string;
  description: string;
  subcommands: string[];
  options: Option[];
}

/** Every visible command of `program` with its path, sub-commands and options (help and hidden ones left out). */
function walk(program: Command): Node[] {
  const nodes: Node[] = [];
  const visit = (command: Command, path: string[]) => {
    const visible = command.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
    nodes.push({
      path: path.join(" "),
      name: command.name(),
      description: command.description(),
      subcommands: visible.map((c) => c.name()),
      options: command.options.filter((o) => !o.hidden),
    });
    for (const sub of visible) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return nodes;
}

const flagsOf = (o: Option) => [o.long, o.short].filter((f): f is string => Boolean(f));
/** The values an option takes: its choices; `--provider`: every provider name and `all`. */
const valuesOf = (o: Option): readonly string[] | undefined =>
  o.argChoices ?? (o.long === "--provider" ? [...PROVIDER_NAMES, "all"] : undefined);
/** Single-quoted for any shell (`'` closed, escaped, reopened). */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * A bash completion function for `program`: it walks the words typed to find the command, then offers the
 * values of the option being completed (`--format <Tab>`: its choices; `--provider`: the provider names, with
 * commas), the command's options after `-`, else its sub-commands. `zsh` loads it through `bashcompinit`.
 */
export function bashScript(program: Command): string {
  const name = program.name();
  const nodes = walk(program);
  const globals = program.options.flatMap(flagsOf);
  const cases = nodes
    .map((node) => {
      const options = [...node.options.flatMap(flagsOf), ...(node.path ? globals : []), "--help"];
      const values = node.options
        .filter((o) => valuesOf(o))
        .map(
          (o) =>
            `        ${flagsOf(o).join("|")}) COMPREPLY=( $(compgen -W ${quote((valuesOf(o) ?? []).join(" "))} -- "$cur") ); return ;;`,
        );
      return `    ${quote(node.path)})
      case "$prev" in
${values.join("\n")}
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=( $(compgen -W ${quote(options.join(" "))} -- "$cur") )
      else COMPREPLY=( $(compgen -W ${quote(node.subcommands.join(" "))} -- "$cur") ); fi ;;`;
    })
    .join("\n");
  const commandWords = nodes.filter((n) => n.path).map((n) => n.path);
  return `# bash completion for ${name} (switchboard completion bash); zsh: switchboard completion zsh
_${name}_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" path="" word candidate
  local -a commands=( ${commandWords.map(quote).join(" ")} )
  for word in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    candidate="\${path:+$path }$word"
    for c in "\${commands[@]}"; do [[ "$c" == "$candidate" ]] && path="$candidate" && break; done
  done
  case "$path" in
${cases}
  esac
}
complete -o default -F _${name}_completion ${name}
`;
}

/** The zsh script: the bash function loaded through zsh's `bashcompinit`. */
export function zshScript(program: Command): string {
  return `#compdef ${program.name()}
# zsh completion for ${program.name()} (switchboard completion zsh): add to ~/.zshrc:  source <(switchboard completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashScript(program)}`;
}

/** The fish script: one `complete` line per sub-command and per option, conditioned on the command typed. */
export function fishScript(program: Command): string {
  const name = program.name();
  const lines = [
    `# fish completion for ${name} (switchboard completion fish | source)`,
    `complete -c ${name} -f`,
  ];
  for (const node of walk(program)) {
    const words = node.path ? node.path.split(" ") : [];
    // The command is typed when its words are, and none of its sub-commands yet.
    const seen = words.map((w) => `__fish_seen_subcommand_from ${w}`);
    const notYet =
      node.subcommands.length > 0 ? [`not __fish_seen_subcommand_from ${node.subcommands.join(" ")}`] : [];
    const condition = words.length === 0 ? "__fish_use_subcommand" : [...seen, ...notYet].join("; and ");
    for (const sub of node.subcommands) {
      const description = walk(program).find((n) => n.path === [...words, sub].join(" "))?.description ?? "";
      lines.push(
        `complete -c ${name} -n ${quote(condition)} -a ${quote(sub)} -d ${quote(description.slice(0, 80))}`,
      );
    }
    if (words.length === 0) continue;
    for (const o of node.options) {
      const long = o.long ? ` -l ${o.long.replace(/^--/, "")}` : "";
      const short = o.short ? ` -s ${o.short.replace(/^-/, "")}` : "";
      const choices = valuesOf(o);
      const values = choices ? ` -x -a ${quote(choices.join(" "))}` : o.required || o.optional ? " -r" : "";
      lines.push(
        `complete -c ${name} -n ${quote(seen.join("; and "))}${long}${short}${values} -d ${quote(o.description.slice(0, 80))}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `switchboard completion bash|zsh|fish`: prints the shell's completion script for every command, option and
 * option value of this CLI (generated from the command tree, so it never lags behind it).
 */
export const completionCommand: CliCommand = {
  register(program, { io }) {
    program
      .command("completion")
      .description(
        "Print a shell completion script: source <(switchboard completion bash); zsh likewise; fish: switchboard completion fish | source",
      )
      .addArgument(new Argument("<shell>", "the shell").choices(SHELLS))
      .action(async (shell: (typeof SHELLS)[number]) => {
        const script =
          shell === "bash" ? bashScript(program) : shell === "zsh" ? zshScript(program) : fishScript(program);
        await writeOut(io, script);
      });
  },
};
