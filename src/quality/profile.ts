/**
 * Reads a Chromium trace (devtools.timeline) and a V8 CPU profile of one page load, the way
 * Lighthouse's main-thread breakdown does, but per long task: what kind of work filled each task
 * (parsing HTML, style, layout, script) and which functions took its script time, so a slow
 * hydration, an effect or a stylesheet's layout can be told apart.
 */
import { launchBrowser, PHONE } from '../e2e/browser';
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** V8's profile; its times are microseconds on the trace's clock. */
export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface LongTask {
  /** Microseconds on the trace's clock. */
  ts: number;
  dur: number;
  /** Milliseconds of each kind of work (trace event name), own time. */
  work: Map<string, number>;
  /** Milliseconds of script per function, own time. */
  functions: Map<string, number>;
  /** Milliseconds of script per component (nearest capitalised function on the stack). */
  components: Map<string, number>;
}

/** The renderer's main thread: the CrRendererMain with the most work on it. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (m: TraceEvent) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length;
  const best = mains.sort((a, b) => busy(b) - busy(a))[0];
  if (!best) throw new Error('the trace has no renderer main thread (CrRendererMain)');
  return { pid: best.pid, tid: best.tid };
}

function frameName(node: CpuProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? url.replace(/^.*\//, '') : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/** Tasks of the main thread over `minMs`, with their own-time breakdown. */
export function longTasks(events: readonly TraceEvent[], profile: CpuProfile | undefined, minMs = 50): LongTask[] {
  const { pid, tid } = mainThread(events);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: LongTask[] = onMain
    .filter((e) => e.name === 'RunTask' && e.dur! >= minMs * 1000)
    .map((e) => ({ ts: e.ts, dur: e.dur!, work: new Map(), functions: new Map(), components: new Map() }));
  for (const task of tasks) {
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur && e.name !== 'RunTask');
    // Own time: an event's duration less its direct children's (events nest on one thread).
    const stack: { e: TraceEvent; own: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= upTo) {
        const done = stack.pop()!;
        add(task.work, done.e.name, done.own / 1000);
      }
    };
    for (const e of inside) {
      close(e.ts);
      if (stack.length) stack[stack.length - 1]!.own -= e.dur!;
      stack.push({ e, own: e.dur! });
    }
    close(Number.POSITIVE_INFINITY);
    const covered = [...task.work.values()].reduce((s, v) => s + v, 0);
    add(task.work, '(task itself)', Math.max(0, task.dur / 1000 - covered));
  }
  if (profile) attributeSamples(profile, tasks);
  return tasks;
}

/** Adds the profile's samples to the tasks they fall in. */
function attributeSamples(profile: CpuProfile, tasks: LongTask[]): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const plumbing = new Set(['(program)', '(garbage collector)', '(root)', '(idle)']);
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]!;
    const weight = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const task = tasks.find((k) => t >= k.ts && t <= k.ts + k.dur);
    const leaf = byId.get(id)!;
    if (!task || plumbing.has(leaf.callFrame.functionName)) return;
    const stack: CpuProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    add(task.functions, frameName(leaf), weight);
    const component = stack.find((n) => /^[A-Z]/.test(n.callFrame.functionName) && n.callFrame.url) ?? leaf;
    add(task.components, frameName(component), weight);
  });
}

function top(counts: Map<string, number>, n: number): string[] {
  return [...counts].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

/** Printable report: each long task, its kinds of work, its functions and its components. */
export function longTaskReport(tasks: readonly LongTask[], about: { page: string; slowdown: number; navigationStart: number; minMs?: number }): string {
  const minMs = about.minMs ?? 50;
  const blocking = tasks.reduce((s, t) => s + t.dur / 1000 - minMs, 0);
  const lines = [`${about.page}: ${tasks.length} long tasks at ${about.slowdown}x CPU, ${blocking.toFixed(0)} ms over ${minMs} ms in all (to the end of the recording, not only to interactive)`];
  for (const task of tasks) {
    lines.push(
      '',
      `task at ${((task.ts - about.navigationStart) / 1000).toFixed(0)} ms after navigation, ${(task.dur / 1000).toFixed(0)} ms`,
      '  work:',
      ...top(task.work, 8).map((l) => `    ${l}`),
      ...(task.functions.size ? ['  script, own time:', ...top(task.functions, 8).map((l) => `    ${l}`), '  script, by component:', ...top(task.components, 8).map((l) => `    ${l}`)] : []),
    );
  }
  return lines.join('\n');
}

/** What one page load recorded: the Chromium trace, the CPU profile, and when navigation started. */
export interface PageLoadRecording {
  trace: { traceEvents: TraceEvent[] };
  profile: CpuProfile;
  navigationStart: number | undefined;
}

/** Loads `url` on an emulated phone with the CPU slowed `slowdown` times, tracing and profiling until 6 s after load. */
export async function recordPageLoad(url: string, slowdown: number): Promise<PageLoadRecording> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext(PHONE);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing', 'loading', 'v8'] });
    await cdp.send('Profiler.start');
    await tab.goto(url, { waitUntil: 'load' });
    // Hydration, the effects after it and the idle-time work come after the load event.
    await tab.waitForTimeout(6000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const navigationStart = trace.traceEvents.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')?.ts;
    return { trace, profile, navigationStart };
  } finally {
    await browser.close();
  }
}

