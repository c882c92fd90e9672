/**
 * `npm run diagrams`: writes static/diagrams/<view>.mmd, .svg and .txt for every view of the
 * model (generated, not committed), and says how many and how long it took.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeDiagramFiles } from '../src/diagrams/write';
import { model } from '../src/model/model';

const started = performance.now();
const outDir = path.resolve(process.cwd(), 'static/diagrams');
try {
  const { views, files } = writeDiagramFiles(model, outDir);
  const ms = Math.round(performance.now() - started);
  console.log(`diagrams: ${views} views, ${files.length} files in ${path.relative(process.cwd(), outDir)}/ (${ms} ms)`);
} catch (error) {
  console.error(`diagrams: ${(error as Error).message}`);
  process.exitCode = 1;
}
