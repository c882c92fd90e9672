import type { Finding } from '../types';
import { isRecord, valueAt } from '../../util/values';
import { asArray, findingAt, type ManifestObject, type Rule } from './types';

const MACROS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
/** Field ranges of a standard cron schedule (minute hour day-of-month month day-of-week). */
const FIELDS: [string, number, number, Record<string, number>?][] = [
  ['minute', 0, 59], ['hour', 0, 23], ['day of month', 1, 31],
  ['month', 1, 12, { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 }],
  ['day of week', 0, 6, { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }],
];

/** What is wrong with a CronJob schedule as the API server parses it (robfig/cron, standard), or undefined. */
function scheduleProblem(schedule: string): string | undefined {
  const text = schedule.trim();
  if (/^(CRON_)?TZ=/.test(text)) return 'a time zone in the schedule (TZ= or CRON_TZ=) is refused: set spec.timeZone instead';
  if (text.startsWith('@')) return MACROS.has(text) || /^@every \S+$/.test(text) ? undefined : `"${text}" is not a schedule macro: use @yearly, @monthly, @weekly, @daily, @hourly or five fields`;
  const parts = text.split(/\s+/);
  if (parts.length !== 5) return `a schedule has five fields (minute hour day-of-month month day-of-week), not ${parts.length}`;
  for (let i = 0; i < 5; i++) {
    const [field, min, max, names] = FIELDS[i]!;
    for (const item of parts[i]!.split(',')) {
      const [range, step] = item.split('/');
      if (step !== undefined && !/^\d+$/.test(step)) return `the ${field} field "${parts[i]}" has a step that is not a number`;
      if (range === '*' || (range === '?' && i >= 2)) continue;
      for (const bound of range!.split('-')) {
        const value = /^\d+$/.test(bound) ? Number(bound) : names?.[bound.toLowerCase()];
        if (value === undefined || value < min || value > (i === 4 ? 7 : max)) return `the ${field} field "${parts[i]}" must be within ${min}-${max}`;
      }
    }
  }
  return undefined;
}

/** autoscaling/v2 metric types and the field that describes each. */
const METRIC_SOURCES: Record<string, string> = { Resource: 'resource', ContainerResource: 'containerResource', Pods: 'pods', Object: 'object', External: 'external' };

function nonNegative(object: ManifestObject, path: string[], out: Finding[]): void {
  const value = valueAt(object.value, path);
  if (typeof value === 'number' && value < 0) out.push(findingAt(object, path, 'workload-spec', 'error', `${path.join('.')} is ${value}: it must be 0 or more`));
}

function isZero(value: unknown): boolean {
  return value === 0 || value === '0%' || value === '0';
}

export const workloadSpec: Rule = {
  id: 'workload-spec',
  severity: 'error',
  enforcedBy: 'api-server',
  description: 'Workload settings the API server refuses: negative replicas or Job counts, maxSurge and maxUnavailable both zero, a CronJob schedule it cannot parse or an unknown timeZone, an autoscaler whose minReplicas exceeds maxReplicas or whose metric has no source or no target number.',
  check(set) {
    const findings: Finding[] = [];
    for (const object of set.objects) {
      const spec = object.value['spec'];
      if (!isRecord(spec)) continue;
      if (['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'].includes(object.kind)) nonNegative(object, ['spec', 'replicas'], findings);
      if (object.kind === 'Deployment' && isRecord(spec['strategy']) && isRecord(spec['strategy']['rollingUpdate'])) {
        const rolling = spec['strategy']['rollingUpdate'];
        if (isZero(rolling['maxSurge']) && isZero(rolling['maxUnavailable'])) {
          findings.push(findingAt(object, ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'], 'workload-spec', 'error', 'maxUnavailable and maxSurge may not both be 0: the rollout could never replace a Pod; let one of them be 1 or more'));
        }
      }
      if (object.kind === 'Job') for (const f of ['completions', 'parallelism', 'backoffLimit', 'activeDeadlineSeconds', 'ttlSecondsAfterFinished']) nonNegative(object, ['spec', f], findings);
      if (object.kind === 'CronJob') {
        if (typeof spec['schedule'] === 'string') {
          const problem = scheduleProblem(spec['schedule']);
          if (problem) findings.push(findingAt(object, ['spec', 'schedule'], 'workload-spec', 'error', `schedule "${spec['schedule']}": ${problem}`));
        }
        if (typeof spec['timeZone'] === 'string') {
          try {
            new Intl.DateTimeFormat('en', { timeZone: spec['timeZone'] });
          } catch {
            findings.push(findingAt(object, ['spec', 'timeZone'], 'workload-spec', 'error', `"${spec['timeZone']}" is not a time zone of the tz database: write one such as Europe/Berlin or Etc/UTC`));
          }
        }
      }
      if (object.kind === 'HorizontalPodAutoscaler') {
        const min = spec['minReplicas'];
        const max = spec['maxReplicas'];
        if (typeof min === 'number' && min < 1) findings.push(findingAt(object, ['spec', 'minReplicas'], 'workload-spec', 'error', `minReplicas ${min}: it must be 1 or more (scaling to zero is an alpha feature, off by default)`));
        if (typeof min === 'number' && typeof max === 'number' && min > max) findings.push(findingAt(object, ['spec', 'maxReplicas'], 'workload-spec', 'error', `maxReplicas ${max} is below minReplicas ${min}`));
        if (object.apiVersion === 'autoscaling/v2') {
          asArray(spec['metrics']).forEach((metric, i) => {
            if (!isRecord(metric) || typeof metric['type'] !== 'string') return;
            const field = METRIC_SOURCES[metric['type']];
            if (!field) return;
            const source = metric[field];
            if (!isRecord(source)) {
              findings.push(findingAt(object, ['spec', 'metrics', i], 'workload-spec', 'error', `a metric of type ${metric['type']} needs its "${field}:" block (which ${field === 'resource' || field === 'containerResource' ? 'resource' : 'metric'} and its target)`));
              return;
            }
            const target = source['target'];
            if (isRecord(target) && target['value'] === undefined && target['averageValue'] === undefined && target['averageUtilization'] === undefined) {
              findings.push(findingAt(object, ['spec', 'metrics', i, field, 'target'], 'workload-spec', 'error', `the target of metric ${i + 1} sets no number: give averageUtilization (a percentage of the request), averageValue or value`, 'key'));
            }
          });
        }
      }
    }
    return findings;
  },
};
