/**
 * `npm run diagrams`: writes static/diagrams/<view>.mmd, .svg and .txt for every view of the
 * model (generated, not committed), and says how many and how long it took.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeDiagramFiles } from '../src/diagrams/write';
import { model } from '../src/model/model';
import { runScript } from '../src/util/cli';
import { errorMessage } from '../src/util/errors';
import { PROJECT_ROOT, projectPath } from '../src/util/project';

runScript({ usage: 'usage: npm run diagrams  (writes static/diagrams/)', options: {} }, () => {
  const started = performance.now();
  const outDir = projectPath('static', 'diagrams');
  try {
    const { views, files } = writeDiagramFiles(model, outDir);
    const ms = Math.round(performance.now() - started);
    console.log(`diagrams: ${views} views, ${files.length} files in ${path.relative(PROJECT_ROOT, outDir)}/ (${ms} ms)`);
  } catch (error) {
    throw new Error(`diagrams: ${errorMessage(error)}`, { cause: error });
  }
});
