// `npm run bench`: every benchmark, each printing its figures against a baseline measured in the
// same run. One process per benchmark so that one's warm-up does not flatter another.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = ['bench-match.ts'];
let failed = 0;
for (const file of benches) {
  console.log(`\n━━ ${file}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url))], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
