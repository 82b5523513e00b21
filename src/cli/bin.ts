#!/usr/bin/env node
// The `cchc-plan` command. On Node ≥ 22.1, V8's compiled code of the CLI and of the packages it
// loads is kept on disk between runs (Node's module compile cache, in the system's temporary
// folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a cold build compiles less. It must be
// enabled before the modules are loaded, hence this file and main.ts. Older Node lacks the call.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./main.js');
