/**
 * `cchc-plan completion bash|zsh|fish|powershell`: a shell completion script, generated from the
 * commands and options the program really has (so it never drifts from `--help`).
 *
 *   bash:        source <(cchc-plan completion bash)          (or save it in ~/.local/share/bash-completion/completions/cchc-plan)
 *   zsh:         source <(cchc-plan completion zsh)
 *   fish:        cchc-plan completion fish > ~/.config/fish/completions/cchc-plan.fish
 *   PowerShell:  cchc-plan completion powershell | Out-String | Invoke-Expression
 */
import { Argument, type Command, type Option } from 'commander';
import { CLI, say } from '../../diagnostics/catalog/index.js';
import type { Lang } from '../../diagnostics/index.js';
import type { CliContext } from '../context.js';
import { inLanguage } from '../usage.js';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;
type Shell = (typeof SHELLS)[number];

/** What completes after an option or as a command's arguments. */
type Values = { kind: 'words'; words: string[] } | { kind: 'files'; ext: string[] } | { kind: 'dirs' } | { kind: 'none' };

interface OptionSpec {
  short?: string;
  long?: string;
  description: string;
  values?: Values;
}
interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  args: Values;
}

/** Values of options whose meaning the flags alone do not tell. */
const KNOWN_VALUES: Record<string, Values> = {
  '--level': { kind: 'words', words: ['tinh', 'thanh-pho', 'xa', 'phuong', 'dac-khu', 'huyen'] },
  '--from': { kind: 'files', ext: ['yaml', 'yml'] },
  '--templates': { kind: 'dirs' },
  '--font-dir': { kind: 'dirs' },
  '--out-dir': { kind: 'dirs' },
  '--output': { kind: 'files', ext: [] },
  '--format': { kind: 'words', words: ['docx', 'pdf', 'docx,pdf'] },
  '--year': { kind: 'none' },
  '--name': { kind: 'none' },
  '--jobs': { kind: 'none' },
};

function specOf(program: Command, lang: Lang): CommandSpec[] {
  return program.commands.map((cmd) => {
    const help = { short: '-h', long: '--help', description: say(lang, CLI.helpOption, {}), required: false, optional: false } as unknown as Option;
    const options: OptionSpec[] = [...cmd.options, help].map((o) => {
      const takes = o.required || o.optional;
      const values: Values | undefined = !takes ? undefined : o.argChoices ? { kind: 'words', words: o.argChoices } : (KNOWN_VALUES[o.long ?? ''] ?? { kind: 'files', ext: [] });
      return { ...(o.short ? { short: o.short } : {}), ...(o.long ? { long: o.long } : {}), description: inLanguage(o.description, lang), ...(values ? { values } : {}) };
    });
    const name = cmd.name();
    const args: Values = name === 'check' ? { kind: 'files', ext: ['docx'] } : name === 'completion' ? { kind: 'words', words: [...SHELLS] } : name === 'schema' ? { kind: 'none' } : { kind: 'files', ext: ['yaml', 'yml'] };
    return { name, description: inLanguage(cmd.description(), lang), options, args };
  });
}

export function registerCompletion(program: Command, ctx: CliContext, lang: Lang): void {
  program
    .command('completion')
    .description('in đoạn mã tự hoàn thành lệnh cho bash, zsh, fish hoặc PowerShell / print a shell completion script for bash, zsh, fish or PowerShell')
    .addArgument(new Argument('<shell>', 'bash, zsh, fish hoặc powershell / bash, zsh, fish or powershell').choices([...SHELLS]))
    .action((shell: Shell) => {
      ctx.stdout.write(completionScript(shell, specOf(program, lang)));
    });
}

export function completionScript(shell: Shell, commands: CommandSpec[]): string {
  switch (shell) {
    case 'bash':
      return bash(commands);
    case 'zsh':
      return zsh(commands);
    case 'fish':
      return fish(commands);
    case 'powershell':
      return powershell(commands);
  }
}

const flagsOf = (o: OptionSpec) => [o.short, o.long].filter((f): f is string => !!f);

function bash(commands: CommandSpec[]): string {
  const filesFor = (v: Values, indent: string) => {
    if (v.kind === 'words') return `${indent}COMPREPLY=( $(compgen -W "${v.words.join(' ')}" -- "$cur") )`;
    if (v.kind === 'dirs') return `${indent}COMPREPLY=( $(compgen -d -- "$cur") )`;
    if (v.kind === 'none') return `${indent}COMPREPLY=()`;
    const globs = v.ext.length ? v.ext.map((e) => `$(compgen -f -X '!*.${e}' -- "$cur")`).join(' ') + ' $(compgen -d -- "$cur")' : '$(compgen -f -- "$cur")';
    return `${indent}COMPREPLY=( ${globs} )`;
  };
  const lines = [
    '# bash completion for cchc-plan: source <(cchc-plan completion bash)',
    '_cchc_plan() {',
    '  local cur prev cmd',
    '  cur="${COMP_WORDS[COMP_CWORD]}"',
    '  prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  cmd="${COMP_WORDS[1]}"',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=( $(compgen -W "${commands.map((c) => c.name).join(' ')} help --help --version" -- "$cur") )`,
    '    return',
    '  fi',
    '  case "$cmd" in',
  ];
  for (const c of commands) {
    lines.push(`    ${c.name})`);
    lines.push('      case "$prev" in');
    for (const o of c.options.filter((x) => x.values)) {
      lines.push(`        ${flagsOf(o).join('|')})`);
      lines.push(filesFor(o.values!, '          '));
      lines.push('          return;;');
    }
    lines.push('      esac');
    lines.push('      if [[ "$cur" == -* ]]; then');
    lines.push(`        COMPREPLY=( $(compgen -W "${c.options.flatMap(flagsOf).join(' ')}" -- "$cur") )`);
    lines.push('      else');
    lines.push(filesFor(c.args, '        '));
    lines.push('      fi');
    lines.push('      ;;');
  }
  lines.push('  esac', '}', 'complete -o filenames -o bashdefault -F _cchc_plan cchc-plan', '');
  return lines.join('\n');
}

/** Text inside a single-quoted zsh/fish/PowerShell string, without the characters specs use. */
// (In zsh, "*.(docx)" would be a glob qualifier: one extension is written "*.docx".)
const plain = (s: string) => s.replace(/[[\]:'`$\\]/g, ' ').replace(/\s+/g, ' ').trim();

function zsh(commands: CommandSpec[]): string {
  const action = (v: Values) =>
    v.kind === 'words' ? `(${v.words.join(' ')})` : v.kind === 'dirs' ? '_files -/' : v.kind === 'none' ? ' ' : v.ext.length > 1 ? `_files -g "*.(${v.ext.join('|')})"` : v.ext.length ? `_files -g "*.${v.ext[0]}"` : '_files';
  const lines = [
    '#compdef cchc-plan',
    '# zsh completion for cchc-plan: source <(cchc-plan completion zsh)',
    '_cchc_plan() {',
    '  local curcontext="$curcontext" state line',
    '  local -a commands',
    '  commands=(',
    ...commands.map((c) => `    '${c.name}:${plain(c.description)}'`),
    '  )',
    "  _arguments -C '1: :->command' '*:: :->args'",
    '  case $state in',
    "    command) _describe 'command' commands ;;",
    '    args)',
    '      case $line[1] in',
  ];
  for (const c of commands) {
    const specs = c.options.map((o) => {
      const flags = flagsOf(o);
      const exclusive = flags.length > 1 ? `'(${flags.join(' ')})'{${flags.join(',')}}` : `'${flags[0]}`;
      const open = flags.length > 1 ? "'" : '';
      return `${exclusive}${open}[${plain(o.description)}]${o.values ? `:value:${action(o.values)}` : ''}'`;
    });
    specs.push(`'*:file:${action(c.args)}'`);
    lines.push(`        ${c.name}) _arguments ${specs.join(' ')} ;;`);
  }
  lines.push('      esac ;;', '  esac', '}', 'if [ "$funcstack[1]" = "_cchc_plan" ]; then _cchc_plan "$@"; else compdef _cchc_plan cchc-plan; fi', '');
  return lines.join('\n');
}

function fish(commands: CommandSpec[]): string {
  const lines = ['# fish completion for cchc-plan: cchc-plan completion fish > ~/.config/fish/completions/cchc-plan.fish', 'complete -c cchc-plan -f'];
  const names = commands.map((c) => c.name).join(' ');
  for (const c of commands) lines.push(`complete -c cchc-plan -n 'not __fish_seen_subcommand_from ${names}' -a ${c.name} -d '${plain(c.description)}'`);
  const values = (v: Values) =>
    v.kind === 'words' ? ` -x -a '${v.words.join(' ')}'` : v.kind === 'dirs' ? " -x -a '(__fish_complete_directories)'" : v.kind === 'none' ? ' -x' : v.ext.length ? ` -x -a '(${v.ext.map((e) => `__fish_complete_suffix .${e}`).join('; ')})'` : ' -r -F';
  for (const c of commands) {
    const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
    for (const o of c.options) {
      const flags = `${o.short ? ` -s ${o.short.slice(1)}` : ''}${o.long ? ` -l ${o.long.slice(2)}` : ''}`;
      lines.push(`complete -c cchc-plan ${when}${flags}${o.values ? values(o.values) : ''} -d '${plain(o.description)}'`);
    }
    if (c.args.kind !== 'none') lines.push(`complete -c cchc-plan ${when}${values(c.args).replace(' -x', '')}`);
  }
  return lines.join('\n') + '\n';
}

function powershell(commands: CommandSpec[]): string {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const table = commands
    .map((c) => {
      const opts = c.options.flatMap(flagsOf).map(q).join(', ');
      const valued = c.options
        .filter((o) => o.values?.kind === 'words')
        .flatMap((o) => flagsOf(o).map((f) => `${q(f)} = @(${(o.values as { words: string[] }).words.map(q).join(', ')})`))
        .join('; ');
      const ext = c.args.kind === 'files' ? c.args.ext.map((e) => q(`*.${e}`)).join(', ') : c.args.kind === 'words' ? '' : '';
      const words = c.args.kind === 'words' ? c.args.words.map(q).join(', ') : '';
      return `  ${q(c.name)} = @{ Options = @(${opts}); Values = @{ ${valued} }; Files = @(${ext}); Words = @(${words}) }`;
    })
    .join('\n');
  return `# PowerShell completion for cchc-plan: cchc-plan completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName 'cchc-plan' -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $commands = @{
${table}
  }
  $words = @($commandAst.CommandElements | ForEach-Object { $_.ToString() })
  $done = if ($wordToComplete) { $words.Count - 1 } else { $words.Count }
  if ($done -le 1) {
    $candidates = @($commands.Keys) + @('help', '--help', '--version')
  } else {
    $spec = $commands[$words[1]]
    if (-not $spec) { return }
    $prev = $words[$done - 1]
    if ($spec.Values.ContainsKey($prev)) {
      $candidates = $spec.Values[$prev]
    } elseif ($wordToComplete -like '-*') {
      $candidates = $spec.Options
    } elseif ($spec.Words.Count -gt 0) {
      $candidates = $spec.Words
    } else {
      $candidates = @(Get-ChildItem -Directory -Name) + @(foreach ($f in $spec.Files) { Get-ChildItem -File -Name -Filter $f })
    }
  }
  $candidates | Where-Object { $_ -like "$wordToComplete*" } | Sort-Object -Unique | ForEach-Object {
    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
  }
}
`;
}
