// Build step: tsc writes dist/cli/bin.js without the executable bit, and `npx cchc-plan` in a fresh
// clone runs that file through its shebang ("Permission denied" otherwise). npm sets the bit for
// installed packages only.
import { chmodSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'bin.js');
chmodSync(bin, statSync(bin).mode | 0o111);
