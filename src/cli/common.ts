/** What every command shares: exit codes, the usage error, the common options. */
import { Option, type Command } from 'commander';
import type { Diagnostic, Lang } from '../diagnostics/index.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface CommonOptions {
  lang: Lang;
  json?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** A usage problem that has a diagnostic code (an unwritable output folder…): printed as a diagnostic, exit code 2. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.code);
  }
}

/** Sets the process exit code from a command's action. */
export type SetExit = (code: number) => void;

/** --lang, --json, -q, --debug. */
export function common(cmd: Command): Command {
  return cmd
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
    .option('--json', 'in kết quả dạng JSON / print results as JSON')
    .option('-q, --quiet', 'chỉ in lỗi / print errors only')
    .option('--debug', 'in chi tiết lỗi nội bộ / show internal error details');
}
