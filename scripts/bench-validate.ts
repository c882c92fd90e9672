/**
 * npm run bench:validate [-- COUNT]
 * Validates COUNT generated manifests (default 5000) in sets of ten, as the build does, and prints
 * manifests per second per core: manifests divided by the CPU time the process used. kubeconform
 * reports about 1,900 resources/s per core.
 */
import os from 'node:os';
import { benchmarkManifests } from '../src/manifests/bench';
import { KUBERNETES_VERSION, validateYamlText } from '../src/manifests';
import { runScript, UsageError } from '../src/util/cli';

runScript({ usage: 'usage: npm run bench:validate -- [COUNT]  (default 5000)', options: {}, positionals: true }, ({ positionals }) => {
  if (positionals.length > 1) throw new UsageError(`one COUNT only, not ${positionals.length} arguments`);
  const count = Number(positionals[0] ?? 5000);
  if (!Number.isInteger(count) || count <= 0) throw new UsageError(`COUNT must be a whole number above 0, not "${positionals[0]}"`);
  const sets = benchmarkManifests(count);
  // Warm-up: load the schemas and let the JIT settle, as a long build would.
  for (const set of sets.slice(0, 20)) validateYamlText(set.text, { file: set.file });
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let manifests = 0;
  let errors = 0;
  for (const set of sets) {
    const result = validateYamlText(set.text, { file: set.file });
    manifests += result.objects;
    errors += result.findings.filter((f) => f.severity === 'error').length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`Kubernetes ${KUBERNETES_VERSION}: validated ${manifests} manifests in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU), ${errors} errors`);
  // Per core = per CPU-second of this process (garbage collection threads included), which is
  // stricter than wall-clock time on one thread.
  console.log(`${Math.round(manifests / cpuSeconds)} manifests/s per core (${Math.round(manifests / seconds)}/s wall clock on one thread; ${os.cpus().length} cores here)`);
  console.log('kubeconform: about 1,900 resources/s per core (50,714 in 6.7 s on 4 cores)');
  if (errors > 0) {
    console.error('the generated manifests should be valid: the benchmark is broken');
    return 1;
  }
  return 0;
});
