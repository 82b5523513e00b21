/**
 * The command line's own words in the user's language: commander's usage errors ("unknown
 * command", "missing argument", invalid choices…), its help headings and the help's option
 * details, Vietnamese by default and English with --lang en. Each usage error is one line and a
 * pointer to the help, never the whole help after it (one typo, one message).
 */
import { Command, type Argument, type Help, type Option } from 'commander';
import { CLI, say } from '../diagnostics/catalog/index.js';
import type { Lang } from '../diagnostics/index.js';
import { suggest } from '../text/suggest.js';

/** The language asked for on the command line ("--lang en", "--lang=en"), before parsing. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'vi';
}

/** A description written "tiếng Việt / English" (or on two lines): the half in `lang`. */
export function inLanguage(text: string, lang: Lang): string {
  const parts = text.includes('\n') ? text.split('\n') : text.split(' / ');
  if (parts.length < 2) return text;
  return lang === 'vi' ? parts[0] : parts.slice(1).join(text.includes('\n') ? '\n' : ' / ');
}

/** A commander Command that reports usage errors in `lang`; subcommands inherit it. */
export class LocalCommand extends Command {
  constructor(
    name: string | undefined,
    readonly lang: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalCommand(name, this.lang);
  }

  /** "cchc-plan build" for the help pointer. */
  private fullName(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
  }

  private fail(text: string, code: string): never {
    const hint = say(this.lang, CLI.usageSeeHelp, { command: this.fullName() });
    this.error(`${say(this.lang, CLI.usageError, { text })}\n  → ${hint}`, { code, exitCode: 2 });
  }

  /** commander calls these by name (not in its typings). */
  unknownCommand(): never {
    const name = String(this.args[0]);
    const names = this.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden).map((c) => c.name());
    this.fail(say(this.lang, CLI.usageUnknownCommand, { value: name, suggestion: suggest(name, names), commands: names.join(', ') }), 'commander.unknownCommand');
  }

  unknownOption(flag: string): never {
    const flags: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) {
      for (const o of c.options) if (o.long) flags.push(o.long);
      if (c.options.every((o) => o.long !== '--help')) flags.push('--help');
    }
    const suggestion = flag.startsWith('--') ? suggest(flag.split('=')[0], flags) : undefined;
    this.fail(say(this.lang, CLI.usageUnknownOption, { value: flag, suggestion }), 'commander.unknownOption');
  }

  missingArgument(name: string): never {
    const arg = this.registeredArguments.find((a) => a.name() === name);
    this.fail(say(this.lang, CLI.usageMissingArgument, { name, about: arg ? inLanguage(arg.description, this.lang) : '' }), 'commander.missingArgument');
  }

  optionMissingArgument(option: Option): never {
    this.fail(say(this.lang, CLI.usageOptionMissingValue, { flags: option.flags }), 'commander.optionMissingArgument');
  }

  missingMandatoryOptionValue(option: Option): never {
    this.fail(say(this.lang, CLI.usageOptionMissingValue, { flags: option.flags }), 'commander.missingMandatoryOptionValue');
  }

  /** commander's own name for "too many arguments". */
  _excessArguments(received: string[]): void {
    if ((this as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    this.fail(say(this.lang, CLI.usageExcessArguments, { expected, received: received.length, extra: received.slice(expected).join(' ') }), 'commander.excessArguments');
  }

  /** commander's own name for parsing an option's value: invalid choices in words. */
  _callParseArg(target: Option | Argument, value: string, previous: unknown, invalidMessage: string): unknown {
    try {
      return target.parseArg ? target.parseArg(value, previous) : value;
    } catch (e) {
      const err = e as { code?: string; message?: string };
      if (err.code !== 'commander.invalidArgument') throw e;
      const choices = target.argChoices ?? [];
      const name = 'flags' in target ? target.flags.split(/[ ,]+/).find((f) => f.startsWith('--')) ?? target.flags : `<${target.name()}>`;
      const text = choices.length
        ? say(this.lang, CLI.usageInvalidChoice, { name, value, allowed: choices.join(', '), suggestion: suggest(value, choices) })
        : `${invalidMessage} ${err.message ?? ''}`;
      this.fail(text, 'commander.invalidArgument');
    }
  }
}

/** Help in `lang`: headings, "[tùy chọn]", the option details, the chosen half of each description. */
export function localHelp(lang: Lang): Partial<Help> {
  const titles: Record<string, string> = lang === 'vi' ? { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Đối số:', 'Global Options:': 'Tùy chọn chung:' } : {};
  const words = (s: string) => (lang === 'vi' ? s.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]') : s);
  return {
    styleTitle: (s: string) => titles[s] ?? s,
    commandUsage(cmd: Command): string {
      const names: string[] = [];
      for (let c: Command | null = cmd.parent; c; c = c.parent) names.unshift(c.name());
      return [...names, cmd.name(), words(cmd.usage())].join(' ');
    },
    subcommandTerm: (cmd: Command) => words([cmd.name(), cmd.usage()].filter(Boolean).join(' ')),
    commandDescription: (cmd: Command) => inLanguage(cmd.description(), lang),
    subcommandDescription: (cmd: Command) => inLanguage(cmd.summary() || cmd.description(), lang),
    argumentDescription: (arg: Argument) => inLanguage(arg.description, lang),
    optionDescription(option: Option): string {
      const extra: string[] = [];
      if (option.argChoices) extra.push(say(lang, CLI.helpChoices, { values: option.argChoices.join(', ') }));
      if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(say(lang, CLI.helpDefault, { value: String(option.defaultValue) }));
      const text = inLanguage(option.description, lang);
      return extra.length ? `${text} (${extra.join('; ')})` : text;
    },
  };
}
