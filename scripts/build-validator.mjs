// Build step: compile schemas/plan.schema.json into standalone validation code (dist/plan/schema-validator.cjs),
// so the CLI does not spend ~300 ms compiling the schema on every start.
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'plan.schema.json'), 'utf8'));
// Options must match src/plan/validate.ts.
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true, code: { source: true } });
const validate = ajv.compile(schema);
const code = standaloneCode.default ? standaloneCode.default(ajv, validate) : standaloneCode(ajv, validate);
mkdirSync(path.join(root, 'dist', 'plan'), { recursive: true });
writeFileSync(path.join(root, 'dist', 'plan', 'schema-validator.cjs'), code);
