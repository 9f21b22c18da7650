// `npm test`: every check in order (types, eslint, web-ext lint, unit, build, end-to-end in both
// browsers), going on after a failure so one run shows everything; a summary; exit 1 if any failed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const steps = [
  { name: 'types', command: bin('tsc'), args: ['--noEmit'] },
  // `npm run lint` is both of these; apart, one failing does not hide the other's findings.
  { name: 'eslint', command: bin('eslint'), args: ['.'] },
  { name: 'web-ext', command: 'npm', args: ['run', '--silent', 'lint:firefox'] },
  { name: 'unit', command: bin('vitest'), args: ['run'] },
  { name: 'build', command: 'npm', args: ['run', '--silent', 'build'] },
  { name: 'e2e', command: bin('playwright'), args: ['test'], needs: 'build' },
];

const results = [];
for (const step of steps) {
  const blocker = step.needs && results.find((r) => r.name === step.needs && !r.ok);
  if (blocker) {
    results.push({ name: step.name, ok: false, seconds: 0, note: `skipped: ${step.needs} failed` });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${[step.command.replace(root + '/', ''), ...step.args].join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = (Date.now() - started) / 1000;
  const ok = run.status === 0;
  const note = run.error ? run.error.message : run.signal ? `killed by ${run.signal}` : ok ? '' : `exit ${run.status}`;
  results.push({ name: step.name, ok, seconds, note });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log('\n━━ summary\n');
for (const r of results) {
  const mark = r.ok ? 'PASS' : 'FAIL';
  console.log(`  ${mark}  ${r.name.padEnd(8)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.note}`.trimEnd());
}
console.log('');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
