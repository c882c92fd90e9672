/**
 * theme-common's useCodeWordWrap (3.10, MIT) with the updates that follow hydration made cheap.
 * Upstream, every code block measures itself in its first effects and sets state twice (its
 * hidden-tab element, then "scrollable" where the code is wider than the screen); all of them
 * render again in one blocking task (with the layout swap of a phone, 70–170 ms at 1x CPU on a
 * SEEK step). Here a block is measured only while it is on the screen (which also covers a tab
 * being shown), the flag is set in a transition (React renders it in slices, between other work),
 * and the returned object stays the same while nothing in it changes.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';

export interface CodeWordWrap {
  readonly codeBlockRef: RefObject<HTMLPreElement | null>;
  readonly isEnabled: boolean;
  readonly isCodeScrollable: boolean;
  readonly toggle: () => void;
}

/**
 * Whether the block is on the screen. Its width is measured only then: off the screen the block is
 * not laid out (content-visibility, Content/offscreen.module.css), and measuring it would lay it out.
 */
function useOnScreen(codeBlockRef: RefObject<HTMLPreElement | null>): boolean {
  const [isOnScreen, setIsOnScreen] = useState(false);
  useEffect(() => {
    const block = codeBlockRef.current;
    if (!block) return undefined;
    const observer = new IntersectionObserver(([entry]) => startTransition(() => setIsOnScreen(Boolean(entry?.isIntersecting))));
    observer.observe(block);
    return () => observer.disconnect();
  }, [codeBlockRef]);
  return isOnScreen;
}

export function useCodeWordWrap(): CodeWordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement | null>(null);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) {
      code.removeAttribute('style');
    } else {
      code.style.whiteSpace = 'pre-wrap';
      // Very long words or tokens wrap too, so no scrollbar is left.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);

  const updateCodeIsScrollable = useCallback(() => {
    const block = codeBlockRef.current;
    if (!block) return;
    const scrollable = block.scrollWidth > block.clientWidth || Boolean(block.querySelector('code')?.hasAttribute('style'));
    startTransition(() => setIsCodeScrollable(scrollable));
  }, []);

  const isOnScreen = useOnScreen(codeBlockRef);
  useEffect(() => {
    if (isOnScreen) updateCodeIsScrollable();
  }, [isOnScreen, isEnabled, updateCodeIsScrollable]);
  useEffect(() => {
    if (!isOnScreen) return undefined;
    window.addEventListener('resize', updateCodeIsScrollable, { passive: true });
    return () => window.removeEventListener('resize', updateCodeIsScrollable);
  }, [isOnScreen, updateCodeIsScrollable]);

  return useMemo(() => ({ codeBlockRef, isEnabled, isCodeScrollable, toggle }), [isEnabled, isCodeScrollable, toggle]);
}
