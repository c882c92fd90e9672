/**
 * Fixture convention: a line that must produce a finding ends with a comment
 * `# expect: rule-id` (several ids may be listed). Findings on fence lines, where no comment fits,
 * are listed at the end of a Markdown fixture: `<!-- expect-at: rule-id@line ... -->`.
 */
export function expectedFindings(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /#\s*expect:\s*([\w-]+(?:[ ,]+[\w-]+)*)\s*$/.exec(line);
    if (m) for (const rule of m[1]!.split(/[ ,]+/)) out.push(`${i + 1} ${rule}`);
  });
  for (const m of text.matchAll(/<!--\s*expect-at:\s*([^>]*?)\s*-->/g))
    for (const item of m[1]!.split(/\s+/)) {
      const [rule, line] = item.split('@');
      out.push(`${line} ${rule}`);
    }
  return out.sort();
}
