/** Every script refuses an option it does not know: its usage on stderr, exit code 2, nothing done. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const scripts = fs.readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();

/** Runs a script with tsx; resolves with its exit code and output (scripts run side by side). */
function run(script: string, ...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [tsx, path.join(__dirname, script), ...args], { cwd: root, encoding: 'utf8' }, (_error, _stdout, stderr) => {
      resolve({ status: child.exitCode, stderr });
    });
  });
}

describe('scripts/*.ts', () => {
  it.concurrent.each(scripts)('%s rejects an unknown option with its usage and exit code 2', async (script) => {
    const result = await run(script, '--no-such-option');
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain("Unknown option '--no-such-option'");
    expect(result.stderr).toMatch(/^usage: npm run /m);
  });

  it.concurrent('new-chapter does not take the next option as a value (--title --part x)', async () => {
    const result = await run('new-chapter.ts', '--title', '--part', 'concepts');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Option '--title' argument is ambiguous");
  });
});
