/** `cchc-plan schema`: print the plan JSON Schema (also shipped at schemas/plan.schema.json). */
import path from 'node:path';
import type { Command } from 'commander';
import { readBytesSync, type CliContext } from '../context.js';

export function registerSchema(program: Command, ctx: CliContext): void {
  program
    .command('schema')
    .description('in lược đồ JSON của tệp kế hoạch / print the plan JSON Schema')
    .action(() => {
      const bytes = readBytesSync(path.join(ctx.packageRoot, 'schemas', 'plan.schema.json'));
      ctx.stdout.write(new TextDecoder().decode(bytes));
    });

}
