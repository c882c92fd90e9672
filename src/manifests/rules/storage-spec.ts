import type { Finding } from '../types';
import { isRecord } from '../../util/values';
import { asArray, findingAt, type Rule } from './types';

/** Volume sources a PersistentVolume may have (exactly one). */
const PV_SOURCES = [
  'hostPath', 'nfs', 'csi', 'local', 'iscsi', 'fc', 'awsElasticBlockStore', 'gcePersistentDisk', 'azureDisk', 'azureFile',
  'cephfs', 'cinder', 'flexVolume', 'flocker', 'glusterfs', 'photonPersistentDisk', 'portworxVolume', 'quobyte', 'rbd',
  'scaleIO', 'storageos', 'vsphereVolume',
];

export const storageSpec: Rule = {
  id: 'storage-spec',
  severity: 'error',
  enforcedBy: 'api-server',
  description: 'Claims and volumes the API server refuses: a PersistentVolumeClaim without accessModes or resources.requests.storage, a PersistentVolume without capacity, access modes, or exactly one volume source.',
  check(set) {
    const findings: Finding[] = [];
    for (const object of set.objects) {
      const spec = object.value['spec'];
      if (object.apiVersion !== 'v1' || !isRecord(spec) || object.document.block.partial) continue;
      if (object.kind === 'PersistentVolumeClaim') {
        if (asArray(spec['accessModes']).length === 0 && !spec['dataSourceRef']) {
          findings.push(findingAt(object, ['spec'], 'storage-spec', 'error', 'a PersistentVolumeClaim needs at least one access mode (spec.accessModes, e.g. [ReadWriteOnce])', 'key'));
        }
        const requests = isRecord(spec['resources']) ? spec['resources']['requests'] : undefined;
        if (!isRecord(requests) || requests['storage'] === undefined) {
          findings.push(findingAt(object, isRecord(spec['resources']) ? ['spec', 'resources'] : ['spec'], 'storage-spec', 'error', 'a PersistentVolumeClaim must request its size: resources.requests.storage (e.g. 10Gi)', 'key'));
        }
      }
      if (object.kind === 'PersistentVolume') {
        if (!isRecord(spec['capacity']) || spec['capacity']['storage'] === undefined) findings.push(findingAt(object, ['spec'], 'storage-spec', 'error', 'a PersistentVolume needs its size: capacity.storage (e.g. 10Gi)', 'key'));
        if (asArray(spec['accessModes']).length === 0) findings.push(findingAt(object, ['spec'], 'storage-spec', 'error', 'a PersistentVolume needs at least one access mode (spec.accessModes)', 'key'));
        const sources = PV_SOURCES.filter((s) => spec[s] !== undefined);
        if (sources.length === 0) findings.push(findingAt(object, ['spec'], 'storage-spec', 'error', `a PersistentVolume needs exactly one volume source (${PV_SOURCES.slice(0, 4).join(', ')}, ...)`, 'key'));
        if (sources.length > 1) findings.push(findingAt(object, ['spec', sources[1]!], 'storage-spec', 'error', `a PersistentVolume takes exactly one volume source, not ${sources.join(' and ')}`, 'key'));
      }
    }
    return findings;
  },
};
