/**
 * Runs `run` when the main thread is idle (requestIdleCallback), or after a short delay where
 * there is no such thing (Safari), but no later than `timeoutMs`. Returns a cancel function.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, Math.min(300, timeoutMs));
  return () => clearTimeout(id);
}
