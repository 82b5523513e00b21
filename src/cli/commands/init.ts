/**
 * `cchc-plan init`: a new plan for a level, or last year's rolled over. The work is in
 * ../scaffold.ts, loaded only when the command runs.
 */
import { Option, type Command } from 'commander';
import { common, type CommonOptions, type SetExit } from '../common.js';
import type { CliContext } from '../context.js';
import type { InitOptions } from '../scaffold.js';

export function registerInit(program: Command, ctx: CliContext, setExit: SetExit): void {
  common(
    program
      .command('init')
      .description('tạo kế hoạch mới theo cấp, hoặc từ kế hoạch năm trước / scaffold a new plan for a level, or roll over last year\'s')
      .argument('<output>', 'tệp .yaml sẽ tạo (không ghi đè) / .yaml file to create (never overwritten)')
      .addOption(new Option('--level <level>', 'cấp: tinh, huyen, xa / level').choices(['tinh', 'huyen', 'xa']))
      .option('--from <plan>', 'kế hoạch năm trước / last year\'s plan')
      .option('--year <year>', 'năm của kế hoạch mới / year of the new plan')
      .option('--name <name>', 'tên đơn vị, ví dụ "Sơn Mai" / unit name, e.g. "Sơn Mai"'),
  ).action(async (output: string, opts: InitOptions & CommonOptions) => {
    const { initPlan } = await import('../scaffold.js');
    setExit(await initPlan(output, opts, ctx));
  });

}
