import type { PathSegment } from '../parse';
import type { Finding } from '../types';
import { dns1123Label, ianaServiceName, portNumber } from './formats';
import { isRecord } from '../../util/values';
import { asArray, findingAt, type ManifestObject, type Rule } from './types';
import { containersOf, podTemplates, specPath } from './workloads';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];

/** A port given as a number or a name (targetPort, probe ports). */
function numberOrName(value: unknown): string | undefined {
  if (typeof value === 'number') return portNumber(value);
  if (typeof value === 'string') return /^\d+$/.test(value) ? 'a port number must not be quoted' : ianaServiceName(value);
  return undefined;
}

function servicePorts(service: ManifestObject, out: Finding[]): void {
  const spec = service.value['spec'];
  if (!isRecord(spec)) return;
  const ports = asArray(spec['ports']);
  const type = typeof spec['type'] === 'string' ? spec['type'] : 'ClusterIP';
  ports.forEach((port, i) => {
    if (!isRecord(port)) return;
    const at: PathSegment[] = ['spec', 'ports', i];
    if (typeof port['port'] === 'number' && portNumber(port['port'])) out.push(findingAt(service, [...at, 'port'], 'invalid-port', 'error', `port ${port['port']}: ${portNumber(port['port'])}`));
    if (ports.length > 1 && (typeof port['name'] !== 'string' || port['name'] === '')) {
      out.push(findingAt(service, at, 'invalid-port', 'error', 'a Service with several ports must name each one (ports[].name), so that Endpoints and clients can tell them apart', 'value'));
    }
    if (typeof port['name'] === 'string' && port['name'] !== '') {
      const problem = dns1123Label(port['name']);
      if (problem) out.push(findingAt(service, [...at, 'name'], 'invalid-port', 'error', `Service port name "${port['name']}": ${problem}`));
    }
    const target = numberOrName(port['targetPort']);
    if (target) out.push(findingAt(service, [...at, 'targetPort'], 'invalid-port', 'error', `targetPort ${JSON.stringify(port['targetPort'])}: ${target}`));
    if (port['nodePort'] !== undefined && type !== 'NodePort' && type !== 'LoadBalancer') {
      out.push(findingAt(service, [...at, 'nodePort'], 'invalid-port', 'error', `nodePort may only be set for type NodePort or LoadBalancer, not ${type}: remove it or change spec.type`, 'key'));
    }
  });
}

export const invalidPort: Rule = {
  id: 'invalid-port',
  severity: 'error',
  enforcedBy: 'api-server',
  description: 'Ports the API server refuses: numbers outside 1-65535, container port names that are not IANA service names (lower case, at most 15 characters, a letter, no "--"), unnamed ports of a multi-port Service, nodePort on a ClusterIP Service.',
  check(set) {
    const findings: Finding[] = [];
    for (const object of set.objects) if (object.kind === 'Service' && object.apiVersion === 'v1') servicePorts(object, findings);
    for (const template of podTemplates(set.objects)) {
      for (const { container, path } of containersOf(template.spec)) {
        const base = [...specPath(template), ...path];
        asArray(container['ports']).forEach((port, i) => {
          if (!isRecord(port)) return;
          for (const field of ['containerPort', 'hostPort'] as const) {
            const value = port[field];
            if (typeof value === 'number' && portNumber(value)) findings.push(findingAt(template.owner, [...base, 'ports', i, field], 'invalid-port', 'error', `${field} ${value}: ${portNumber(value)}`));
          }
          if (typeof port['name'] === 'string') {
            const problem = ianaServiceName(port['name']);
            if (problem) findings.push(findingAt(template.owner, [...base, 'ports', i, 'name'], 'invalid-port', 'error', `port name "${port['name']}": ${problem}`));
          }
        });
        for (const probe of PROBES) {
          const p = container[probe];
          if (!isRecord(p)) continue;
          for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
            const h = p[handler];
            if (!isRecord(h) || h['port'] === undefined) continue;
            const problem = handler === 'grpc' ? (typeof h['port'] === 'number' ? portNumber(h['port']) : undefined) : numberOrName(h['port']);
            if (problem) findings.push(findingAt(template.owner, [...base, probe, handler, 'port'], 'invalid-port', 'error', `${probe} port ${JSON.stringify(h['port'])}: ${problem}`));
          }
        }
      }
    }
    return findings;
  },
};
