/**
 * npm run validate -- [--format text|json] [PATH...]
 * Validates every manifest and kubectl command of the given Markdown/MDX/YAML files and folders
 * (default: docs blog static/examples). Exit 0 without errors, 1 with errors (for the default
 * paths, the site itself, also with warnings), 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import { exitCode, formatJson, formatText, summarize, validatePaths } from '../src/manifests';
import { UsageError } from '../src/manifests/validate';

const USAGE = 'usage: npm run validate -- [--format text|json] [PATH...]  (default paths: docs blog static/examples)';

function main(argv: string[]): number {
  let format = 'text';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : argv[++i];
      if (value !== 'text' && value !== 'json') {
        console.error(`unknown format "${value ?? ''}"\n${USAGE}`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('-')) {
      console.error(`unknown option ${arg}\n${USAGE}`);
      return 2;
    } else paths.push(arg);
  }
  const targets = paths.length ? paths : ['docs', 'blog', 'static/examples'].filter((p) => existsSync(p));
  let result;
  try {
    result = validatePaths(targets);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (format === 'json') {
    console.log(formatJson(result.findings));
    console.error(summarize(result));
  } else {
    if (result.findings.length) console.log(formatText(result.findings));
    console.log(summarize(result));
  }
  // The site's own examples (no paths given) must be free of warnings too.
  return exitCode(result.findings, { warningsFail: paths.length === 0 });
}

process.exitCode = main(process.argv.slice(2));
