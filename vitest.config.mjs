// Timeouts here only stop a hung test; they are not speed targets (those are in `npm run bench`).
// CI machines run the test files in parallel on two cores and can be several times slower than a
// developer's machine, so the default of 5 s is too tight for tests that spawn the CLI.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
