import { describe, expect, it } from 'vitest';
import { longTaskReport, longTasks, type CpuProfile, type TraceEvent } from './profile';

const main = { pid: 1, tid: 7 };
const ev = (name: string, ts: number, dur: number, where = main): TraceEvent => ({ name, ph: 'X', ts, dur, ...where });
const trace: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 7, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 9, args: { name: 'CrRendererMain' } },
  // A 120 ms task: 80 ms of script (30 of it a forced layout inside), 30 ms of style.
  ev('RunTask', 1_000_000, 120_000),
  ev('FunctionCall', 1_000_000, 80_000),
  ev('Layout', 1_040_000, 30_000),
  ev('UpdateLayoutTree', 1_085_000, 30_000),
  // Short tasks and tasks of another renderer are not reported.
  ev('RunTask', 1_200_000, 40_000),
  ev('RunTask', 1_000_000, 300_000, { pid: 2, tid: 9 }),
];

describe('the long tasks of a page load', () => {
  it('are the main thread tasks over 50 ms, with their kinds of work in own time', () => {
    const [task, ...rest] = longTasks(trace, undefined);
    expect(rest).toEqual([]);
    expect(task!.dur).toBe(120_000);
    expect(Object.fromEntries(task!.work)).toEqual({ FunctionCall: 50, Layout: 30, UpdateLayoutTree: 30, '(task itself)': 10 });
  });

  it('have their script time by function and by the component it ran in', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0, columnNumber: 0 }, children: [2] },
        { id: 2, callFrame: { functionName: 'CodeBlockContent', url: 'http://x/assets/js/main.js', lineNumber: 9, columnNumber: 0 }, children: [3] },
        { id: 3, callFrame: { functionName: 'localeCompare', url: '', lineNumber: 0, columnNumber: 0 } },
      ],
      startTime: 1_000_000,
      endTime: 1_100_000,
      // Three samples 10 ms apart in the task, the last one's weight unknown (0).
      samples: [3, 3, 2],
      timeDeltas: [5_000, 10_000, 10_000],
    };
    const [task] = longTasks(trace, profile);
    expect(Object.fromEntries(task!.functions)).toEqual({ localeCompare: 20, 'CodeBlockContent main.js:10': 0 });
    expect(Object.fromEntries(task!.components)).toEqual({ 'CodeBlockContent main.js:10': 20 });
    const report = longTaskReport([task!], { page: '/docs/x', slowdown: 4, navigationStart: 900_000 });
    expect(report).toContain('/docs/x: 1 long tasks at 4x CPU, 70 ms over 50 ms in all');
    expect(report).toContain('task at 100 ms after navigation, 120 ms');
    expect(report).toContain('    20 ms  localeCompare');
  });
});
