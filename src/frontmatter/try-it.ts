/**
 * Every concept chapter and SEEK step ends with "Try it" (CONTRIBUTING.md): three to five tasks,
 * at least one "diagnose this" with its answer folded away, and one clean-up, each with its own
 * id so a teacher can link it.
 */
import { scanHeadings, type HeadingProblem } from './headings';

/** The parts whose chapters must end with Try it. */
export const PRACTISED_PARTS = ['concepts', 'seek-on-kubernetes', 'packaging'] as const;

export function tryItProblems(source: string, file = 'page.mdx'): HeadingProblem[] {
  const headings = scanHeadings(source, file);
  const h2 = headings.filter((h) => h.level === 2);
  const start = h2.find((h) => h.id === 'try-it');
  if (!start) return [{ line: 1, message: 'the chapter has no "## Try it {/* #try-it */}" section: end it with three to five tasks' }];
  const problems: HeadingProblem[] = [];
  if (h2[h2.length - 1] !== start) problems.push({ line: start.line, message: '"Try it" must be the last ## section of the chapter' });
  const tasks = headings.filter((h) => h.level === 3 && h.line > start.line);
  const cleanUps = tasks.filter((h) => h.id?.endsWith('clean-up'));
  const exercises = tasks.filter((h) => !h.id?.endsWith('clean-up'));
  if (exercises.length < 3 || exercises.length > 5) {
    problems.push({ line: start.line, message: `"Try it" has ${exercises.length} task(s) besides the clean-up: give it three to five` });
  }
  if (cleanUps.length !== 1) problems.push({ line: start.line, message: `"Try it" needs one clean-up task (### Clean up {/* #try-...-clean-up */}), not ${cleanUps.length}` });
  const diagnoses = exercises.filter((h) => h.id?.includes('diagnose'));
  if (diagnoses.length === 0) problems.push({ line: start.line, message: '"Try it" needs a "Diagnose this" task on a block broken on purpose (an id with "diagnose")' });
  const lines = source.split('\n');
  for (const task of diagnoses) {
    const next = headings.find((h) => h.line > task.line && h.level <= 3);
    const body = lines.slice(task.line, next ? next.line - 1 : lines.length).join('\n');
    if (!/<details>[\s\S]*<summary>/.test(body)) problems.push({ line: task.line, message: `"${task.text}" needs its answer folded away in <details><summary>Answer</summary>` });
  }
  return problems;
}
