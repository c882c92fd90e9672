import type { PathSegment } from '../parse';
import type { Finding } from '../types';
import { quantityValue } from './formats';
import { isRecord } from '../../util/values';
import { asArray, findingAt, type Rule } from './types';
import { containersOf, podTemplates, specPath } from './workloads';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
const VALUE_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'];
/** What restartPolicy a Pod template may have, by the kind that owns it. */
const TEMPLATE_RESTART: Record<string, string[]> = {
  Deployment: ['Always'], ReplicaSet: ['Always'], DaemonSet: ['Always'], ReplicationController: ['Always'],
  Job: ['OnFailure', 'Never'], CronJob: ['OnFailure', 'Never'],
};

export const podSpec: Rule = {
  id: 'pod-spec',
  severity: 'error',
  enforcedBy: 'api-server',
  description: 'Pod specs the API server refuses: a volume mount of an undeclared volume, a volume with two sources, a probe or hook with two handlers, env with both value and valueFrom, requests above limits, a template restartPolicy its controller does not allow.',
  check(set) {
    const findings: Finding[] = [];
    for (const template of podTemplates(set.objects)) {
      const base = specPath(template);
      const emit = (path: PathSegment[], message: string, at: 'key' | 'value' = 'value'): void => {
        findings.push(findingAt(template.owner, [...base, ...path], 'pod-spec', 'error', `${message}`, at));
      };
      const allowed = TEMPLATE_RESTART[template.owner.kind];
      const restart = template.spec['restartPolicy'];
      if (allowed && typeof restart === 'string' && !allowed.includes(restart)) {
        emit(['restartPolicy'], `a ${template.owner.kind} allows restartPolicy ${allowed.join(' or ')} in its Pod template, not ${restart}`);
      } else if (allowed && restart === undefined && !allowed.includes('Always')) {
        emit([], `a ${template.owner.kind}'s Pod template needs restartPolicy: OnFailure or Never (the default, Always, is refused for Jobs)`, 'key');
      }
      const volumes = new Set<string>();
      // A StatefulSet's volumeClaimTemplates are volumes of its Pods too.
      const claims = template.owner.kind === 'StatefulSet' && isRecord(template.owner.value['spec']) ? asArray(template.owner.value['spec']['volumeClaimTemplates']) : [];
      for (const claim of claims) if (isRecord(claim) && isRecord(claim['metadata']) && typeof claim['metadata']['name'] === 'string') volumes.add(claim['metadata']['name']);
      asArray(template.spec['volumes']).forEach((volume, i) => {
        if (!isRecord(volume)) return;
        if (typeof volume['name'] === 'string') volumes.add(volume['name']);
        const sources = Object.keys(volume).filter((k) => k !== 'name');
        if (sources.length > 1) emit(['volumes', i, sources[1]!], `volume "${String(volume['name'])}" has ${sources.length} sources (${sources.join(', ')}): a volume takes exactly one`, 'key');
      });
      for (const { container, path } of containersOf(template.spec)) {
        const name = String(container['name'] ?? '?');
        asArray(container['volumeMounts']).forEach((mount, i) => {
          if (isRecord(mount) && typeof mount['name'] === 'string' && !volumes.has(mount['name'])) {
            emit([...path, 'volumeMounts', i, 'name'], `container "${name}" mounts volume "${mount['name']}", which spec.volumes does not declare${volumes.size ? ` (it has ${[...volumes].join(', ')})` : ''}`);
          }
        });
        asArray(container['env']).forEach((env, i) => {
          if (!isRecord(env)) return;
          if (env['value'] !== undefined && env['value'] !== '' && env['valueFrom'] !== undefined) emit([...path, 'env', i, 'valueFrom'], `env "${String(env['name'])}" has both value and valueFrom: keep one`, 'key');
          if (isRecord(env['valueFrom'])) {
            const given = VALUE_SOURCES.filter((s) => (env['valueFrom'] as Record<string, unknown>)[s] !== undefined);
            if (given.length > 1) emit([...path, 'env', i, 'valueFrom', given[1]!], `env "${String(env['name'])}" valueFrom names ${given.join(' and ')}: it takes exactly one source`, 'key');
          }
        });
        for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
          const p = container[probe];
          if (!isRecord(p)) continue;
          const given = HANDLERS.filter((h) => p[h] !== undefined);
          if (given.length > 1) emit([...path, probe, given[1]!], `${probe} of container "${name}" has ${given.join(' and ')}: a probe takes exactly one handler`, 'key');
          else if (given.length === 0) emit([...path, probe], `${probe} of container "${name}" has no handler: give it exactly one of ${HANDLERS.join(', ')}`, 'key');
        }
        const lifecycle = container['lifecycle'];
        if (isRecord(lifecycle)) {
          for (const hook of ['postStart', 'preStop']) {
            const h = lifecycle[hook];
            if (!isRecord(h)) continue;
            const given = LIFECYCLE_HANDLERS.filter((k) => h[k] !== undefined);
            if (given.length !== 1) emit([...path, 'lifecycle', hook], `${hook} of container "${name}" must have exactly one of ${LIFECYCLE_HANDLERS.join(', ')}${given.length ? `, not ${given.join(' and ')}` : ''}`, 'key');
          }
        }
        const resources = container['resources'];
        if (isRecord(resources) && isRecord(resources['requests']) && isRecord(resources['limits'])) {
          for (const [resource, request] of Object.entries(resources['requests'])) {
            const limit = (resources['limits'] as Record<string, unknown>)[resource];
            const r = quantityValue(request);
            const l = quantityValue(limit);
            if (r !== undefined && l !== undefined && r > l) emit([...path, 'resources', 'requests', resource], `container "${name}" requests ${String(request)} ${resource} but is limited to ${String(limit)}: a request may not exceed its limit`);
          }
        }
      }
    }
    return findings;
  },
};
