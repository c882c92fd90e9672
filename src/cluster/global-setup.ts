/**
 * Vitest global setup of the cluster tier: builds what is missing, starts one control plane,
 * installs the Gateway API CRDs of the pin, and stops everything when the run ends (a killed run
 * is cleaned up by the control plane's guardian).
 */
import type { TestProject } from 'vitest/node';
import { installGatewayApiCrds, startControlPlane, type ControlPlane } from './control-plane';
import { ensureTools } from './tools';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin kubeconfig of the throwaway control plane. */
    kubeconfig: string;
    /** Its folder (scratch space for the tests lives inside and goes with it). */
    clusterDir: string;
    /** Components running. */
    components: string[];
    /** Their process ids. */
    pids: number[];
  }
}

let plane: ControlPlane | undefined;

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  for (const r of ensureTools({ log: (line) => console.log(`[tools] ${line}`) })) {
    console.log(`[tools] ${r.built ? 'built' : 'up to date'}: ${r.tool} ${r.version} (${r.seconds.toFixed(1)} s)`);
  }
  plane = await startControlPlane({ log: (line) => console.log(`[cluster] ${line}`) });
  installGatewayApiCrds(plane.kubectl);
  console.log(`[cluster] ${plane.components.join(', ')} on ${plane.server}, Gateway API CRDs installed, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('kubeconfig', plane.kubeconfig);
  project.provide('clusterDir', plane.dir);
  project.provide('components', [...plane.components]);
  project.provide('pids', [...plane.pids]);
}

export async function teardown(): Promise<void> {
  await plane?.stop();
  console.log('[cluster] stopped; folder removed');
}
