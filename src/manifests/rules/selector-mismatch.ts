import { isRecord, valueAt } from '../../util/values';
import { findingAt, type Rule } from './types';
import { podTemplates, selectorMatches, selectorPath } from './workloads';

export const selectorMismatch: Rule = {
  id: 'selector-mismatch',
  severity: 'error',
  enforcedBy: 'api-server',
  description: "A workload's spec.selector must match the labels of its own Pod template (the API server rejects it otherwise).",
  check(set) {
    const findings = [];
    for (const template of podTemplates(set.objects)) {
      if (template.path.length === 0) continue;
      const path = selectorPath(template.owner.kind);
      if (!path) continue;
      const selector = valueAt(template.owner.value, path);
      // Jobs and CronJobs generate their selector unless manualSelector is set.
      if (selector === undefined || !isRecord(selector)) continue;
      if (!selectorMatches(selector, template.labels)) {
        const labels = Object.entries(template.labels).map(([k, v]) => `${k}=${v}`).join(', ') || 'none';
        findings.push(
          findingAt(template.owner, path, 'selector-mismatch', 'error', `the selector of ${template.owner.kind} "${template.owner.name}" does not match the labels of its Pod template (${labels}): make them equal`, 'key'),
        );
      }
    }
    return findings;
  },
};
