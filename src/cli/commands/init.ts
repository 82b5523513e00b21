/**
 * `cchc-plan init`: a new plan for a level, or last year's rolled over. The work is in
 * ../scaffold.ts, loaded only when the command runs.
 */
import type { Command } from 'commander';
import { common, type CommonOptions, type SetExit } from '../common.js';
import type { CliContext } from '../context.js';
import type { InitOptions } from '../scaffold.js';

export function registerInit(program: Command, ctx: CliContext, setExit: SetExit): void {
  common(
    program
      .command('init')
      .description('tạo kế hoạch mới theo cấp, hoặc từ kế hoạch năm trước / scaffold a new plan for a level, or roll over last year\'s')
      .argument('<output>', 'tệp .yaml sẽ tạo (không ghi đè) / .yaml file to create (never overwritten)')
      .option('--level <level>', 'cấp: tỉnh, thành phố, xã, phường, đặc khu; huyện (kế hoạch trước 01/7/2025); có dấu hay không dấu đều được / level: tỉnh, thành phố, xã, phường, đặc khu; huyện (plans before 1 July 2025); with or without diacritics')
      .option('--name <name>', 'tên đơn vị, ví dụ "Sơn Mai" (không có thì hỏi trong terminal) / unit name, e.g. "Sơn Mai" (asked on a terminal when missing)')
      .option('--from <plan>', 'kế hoạch năm trước: chỉ đổi năm của chính kế hoạch / last year\'s plan: only its own year changes')
      .option('--year <year>', 'năm của kế hoạch mới / year of the new plan')
      .option('--dry-run', 'chỉ in những gì sẽ tạo hoặc thay đổi, không ghi tệp / print what would be created or changed, write nothing'),
  ).action(async (output: string, opts: InitOptions & CommonOptions) => {
    const { initPlan } = await import('../scaffold.js');
    setExit(await initPlan(output, opts, ctx));
  });
}
