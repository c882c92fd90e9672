import { describe, expect, it } from 'vitest';
import { idlePrefetch, type IdleScheduler } from './idle-prefetch';

/** An idle scheduler the test runs by hand, one idle period at a time. */
function manualIdle() {
  const pending: Parameters<IdleScheduler>[0][] = [];
  const idle: IdleScheduler = (run) => void pending.push(run);
  const period = () => {
    const run = pending.shift();
    run?.();
    return run !== undefined;
  };
  return { idle, period, pending };
}

describe('idle prefetching', () => {
  it('prefetches nothing until the main thread is idle', () => {
    const done: string[] = [];
    const { idle, pending } = manualIdle();
    const prefetch = idlePrefetch((p) => (done.push(p), Promise.resolve([])), idle);
    prefetch('/docs/concepts/storage');
    expect(done).toEqual([]);
    expect(pending).toHaveLength(1);
  });

  it('prefetches each page once, whatever section or query the link names', () => {
    const done: string[] = [];
    const { idle, period } = manualIdle();
    const prefetch = idlePrefetch((p) => (done.push(p), Promise.resolve([])), idle);
    for (const link of ['/docs/concepts/storage', '/docs/concepts/storage#access-modes', '/docs/concepts/storage?x=1', '/']) prefetch(link);
    while (period());
    expect(done).toEqual(['/docs/concepts/storage', '/']);
  });

  it('prefetches one page per idle period, so that no task grows long', () => {
    const done: string[] = [];
    const { idle, period, pending } = manualIdle();
    const prefetch = idlePrefetch((p) => (done.push(p), Promise.resolve([])), idle);
    for (let i = 0; i < 3; i++) prefetch(`/p${i}`);
    period();
    expect(done).toEqual(['/p0']);
    expect(pending).toHaveLength(1);
    period();
    period();
    expect(done).toEqual(['/p0', '/p1', '/p2']);
    expect(pending).toHaveLength(0);
  });
});
