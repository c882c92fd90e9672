/**
 * The validator against the API server: for each object the server judged, the verdict of
 * src/manifests (any error finding on the object's lines) next to the server's (rejected or not),
 * counted per rule. "server only" rows are objects the server rejects and we pass: bugs of ours.
 * "ours only" rows are errors the server accepts: they must become warnings (lint rules).
 */
import type { Finding } from '../manifests/types';
import type { Verdict } from './dry-run';

export interface AgreementRow {
  readonly rule: string;
  /** Both reject. */
  agree: number;
  /** We report an error, the server accepts. */
  oursOnly: number;
}

export interface Agreement {
  readonly rows: AgreementRow[];
  /** Objects both accept. */
  readonly bothAccept: number;
  /** Objects the server rejects without an error of ours, with where and what it said. */
  readonly serverOnly: { readonly where: string; readonly message: string }[];
  /** Each "ours only" case, with where and our rule. */
  readonly oursOnlyCases: { readonly where: string; readonly rule: string }[];
}

export function agreement(verdicts: readonly Verdict[], findings: readonly Finding[]): Agreement {
  const rows = new Map<string, AgreementRow>();
  const serverOnly: Agreement['serverOnly'] = [];
  const oursOnlyCases: Agreement['oursOnlyCases'] = [];
  let bothAccept = 0;
  for (const v of verdicts) {
    const { block, lines, label } = v.submission;
    const ours = findings.filter((f) => f.severity === 'error' && f.file === block.file && f.line >= lines.first && f.line <= lines.last);
    const where = `${block.file}:${v.submission.at.line} ${label}`;
    if (ours.length === 0) {
      if (v.rejected) serverOnly.push({ where, message: v.errors[0]?.message ?? '' });
      else bothAccept++;
      continue;
    }
    for (const rule of new Set(ours.map((f) => f.rule))) {
      const row = rows.get(rule) ?? { rule, agree: 0, oursOnly: 0 };
      if (v.rejected) row.agree++;
      else {
        row.oursOnly++;
        oursOnlyCases.push({ where, rule });
      }
      rows.set(rule, row);
    }
  }
  return { rows: [...rows.values()].sort((a, b) => a.rule.localeCompare(b.rule)), bothAccept, serverOnly, oursOnlyCases };
}

/** The table as text, for the test log. */
export function formatAgreement(a: Agreement): string {
  const width = Math.max(20, ...a.rows.map((r) => r.rule.length));
  const line = (rule: string, agree: string, ours: string, server: string): string => `${rule.padEnd(width)}  ${agree.padStart(6)}  ${ours.padStart(9)}  ${server.padStart(11)}`;
  return [
    line('rule', 'agree', 'ours only', 'server only'),
    ...a.rows.map((r) => line(r.rule, String(r.agree), String(r.oursOnly), '')),
    line('(no error of ours)', String(a.bothAccept), '', String(a.serverOnly.length)),
    ...a.serverOnly.map((s) => `  server only: ${s.where}: ${s.message}`),
    ...a.oursOnlyCases.map((s) => `  ours only: ${s.where}: ${s.rule}`),
  ].join('\n');
}
