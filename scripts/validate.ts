/**
 * npm run validate -- [--format text|json] [PATH...]
 * Validates every manifest and kubectl command of the given Markdown/MDX/YAML files and folders
 * (default: docs blog static/examples). Exit 0 without errors, 1 with errors (for the default
 * paths, the site itself, also with warnings), 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import { exitCode, formatJson, formatText, summarize, validatePaths } from '../src/manifests';
import { runScript, UsageError } from '../src/util/cli';
import { CONTENT_DIRS, PROJECT_ROOT, projectPath } from '../src/util/project';

const usage = `usage: npm run validate -- [--format text|json] [PATH...]  (default paths: ${CONTENT_DIRS.join(' ')})`;

runScript({ usage, options: { format: { type: 'string', default: 'text' } }, positionals: true }, ({ values, positionals: paths }) => {
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format ?? ''}"`);
  // The site's own content, wherever the command is run from; given paths are relative to the working directory.
  const result = paths.length
    ? validatePaths(paths)
    : validatePaths(CONTENT_DIRS.filter((dir) => existsSync(projectPath(dir))), PROJECT_ROOT);
  if (format === 'json') {
    console.log(formatJson(result.findings));
    console.error(summarize(result));
  } else {
    if (result.findings.length) console.log(formatText(result.findings));
    console.log(summarize(result));
  }
  // The site's own examples (no paths given) must be free of warnings too.
  return exitCode(result.findings, { warningsFail: paths.length === 0 });
});
