/**
 * Starts a throwaway control plane of the pinned tools on 127.0.0.1 and keeps it running until
 * Ctrl-C, which stops every process it started and removes its folder.
 * Usage: npm run cluster [-- --no-extras]
 */
import { startControlPlane } from '../src/cluster/control-plane';
import { ensureTools } from '../src/cluster/tools';
import { runScript } from '../src/util/cli';
import { errorMessage } from '../src/util/errors';

const usage = 'usage: npm run cluster -- [--no-extras]  (--no-extras: etcd and the API server only, no controller manager, scheduler or kwok)';

runScript({ usage, options: { 'no-extras': { type: 'boolean', default: false } } }, async ({ values }) => {
  const started = Date.now();
  for (const r of ensureTools()) if (r.built) console.log(`built ${r.tool} ${r.version} (${r.seconds.toFixed(1)} s)`);
  const plane = await startControlPlane({ extras: values['no-extras'] ? [] : undefined, log: (line) => console.log(line) });
  console.log(`\nControl plane up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${plane.components.join(', ')}`);
  console.log(`API server: ${plane.server} (TLS, client certificates; anonymous access off)`);
  console.log(`Use it from another shell:\n  export KUBECONFIG=${plane.kubeconfig}\n  .tools/bin/kubectl get --raw /version`);
  console.log('Press Ctrl-C to stop it; its folder is removed.');
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping…');
    try {
      await plane.stop();
    } catch (error) {
      console.error(`could not stop cleanly: ${errorMessage(error)}`);
      process.exit(1);
    }
    console.log('stopped; folder removed');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  setInterval(() => {}, 60_000);
});
