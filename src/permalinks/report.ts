import type { CheckResult } from './check';

/** Human-readable outcome of a check, one line per broken promise. */
export function formatReport(result: CheckResult, recordFile: string): string {
  const lines: string[] = [];
  for (const problem of result.problems) lines.push(`✗ ${problem.link}\n    ${problem.message}`);
  if (result.resolutions.length > 0) {
    lines.push(`${result.resolutions.length} recorded link(s) resolve through a redirect or an alias:`);
    for (const resolution of result.resolutions) lines.push(`  ${resolution.link} -> ${resolution.target} (${resolution.via})`);
  }
  if (result.unrecorded.length > 0) {
    const shown = result.unrecorded.slice(0, 10).join(', ');
    const more = result.unrecorded.length > 10 ? `, and ${result.unrecorded.length - 10} more` : '';
    lines.push(
      `${result.unrecorded.length} page(s)/anchor(s) are published but not recorded yet (${shown}${more}). ` +
        `Record them with: npm run permalinks -- --update`,
    );
  }
  lines.push(
    result.problems.length === 0
      ? `✓ every link recorded in ${recordFile} still resolves`
      : `✗ ${result.problems.length} recorded link(s) in ${recordFile} no longer resolve`,
  );
  return lines.join('\n');
}
