// Preloaded by the bench (`node -r bench/peak-memory.cjs …`): at exit, the process's peak resident
// memory (all its threads, so a batch's workers too) is appended to the file $BENCH_PEAK_FILE, in kB.
const file = process.env.BENCH_PEAK_FILE;
if (file) {
  process.on('exit', () => {
    require('node:fs').appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
