/**
 * Everything the preview server needs from outside, passed in by the command line
 * (src/cli/commands/preview.ts) so that the server itself never touches the file system, the
 * process or the clock, and runs in tests against an in-memory folder.
 *
 * Plans are named by their file name inside one folder (the plans folder): never a path. The
 * server checks every name it receives against `listPlans()` before it asks for it; an
 * implementation checks again.
 */
import type { Lang } from '../diagnostics/index.js';

export type ReadPlanResult = { bytes: Uint8Array } | { problem: 'missing' | 'unreadable'; reason?: string };

export interface CreatePlanRequest {
  file: string;
  level?: 'tinh' | 'huyen' | 'xa';
  unit?: string;
  year?: number;
  /** Roll this plan of the folder over to a new year instead of starting from a level. */
  from?: string;
  lang: Lang;
}

export type CreatePlanResult = { ok: true; message: string } | { ok: false; message: string };

export interface PreviewIO {
  /** File names of the plans (*.yaml, *.yml) in the plans folder, sorted. */
  listPlans(): Promise<string[]>;
  readPlan(name: string): Promise<ReadPlanResult>;
  /** Replace the plan's bytes atomically (temporary file and rename); throws with a reason. */
  writePlan(name: string, bytes: Uint8Array): Promise<void>;
  /** Call `onChange` (possibly more than once) when the plan's file may have changed on disk. */
  watchPlan(name: string, onChange: () => void): () => void;
  /** Make a new plan file (never overwriting one), as `cchc-plan init` does. */
  createPlan(request: CreatePlanRequest): Promise<CreatePlanResult>;
}
