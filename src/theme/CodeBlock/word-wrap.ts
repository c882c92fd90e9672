/**
 * theme-common's useCodeWordWrap (3.10, MIT) with the updates that follow hydration made cheap.
 * Upstream, every code block sets state twice in its first effects: the hidden-tab element goes
 * from `undefined` to `null` (no tab, but a change), and "scrollable" turns true where the code is
 * wider than the screen. All of them render again in one blocking task (with the layout swap of a
 * phone, 70–170 ms at 1x CPU on a SEEK step). Here the tab element starts as `null`, the
 * scrollable flag is set in a transition (React renders it in slices, between other work), and
 * the returned object stays the same while nothing in it changes.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';

export interface CodeWordWrap {
  readonly codeBlockRef: RefObject<HTMLPreElement | null>;
  readonly isEnabled: boolean;
  readonly isCodeScrollable: boolean;
  readonly toggle: () => void;
}

/** Calls `onShown` when the tab panel that hides the block (if any) is shown (facebook/docusaurus#7485). */
function useTabBecameVisible(codeBlockRef: RefObject<HTMLPreElement | null>, onShown: () => void): void {
  const [hiddenTab, setHiddenTab] = useState<Element | null>(null);
  const updateHiddenTab = useCallback(() => setHiddenTab(codeBlockRef.current?.closest('[role=tabpanel][hidden]') ?? null), [codeBlockRef]);
  useEffect(updateHiddenTab, [updateHiddenTab]);
  useEffect(() => {
    if (!hiddenTab) return undefined;
    const observer = new MutationObserver((mutations) => {
      if (mutations.some((m) => m.type === 'attributes' && m.attributeName === 'hidden')) {
        onShown();
        updateHiddenTab();
      }
    });
    observer.observe(hiddenTab, { attributes: true, characterData: false, childList: false, subtree: false });
    return () => observer.disconnect();
  }, [hiddenTab, onShown, updateHiddenTab]);
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

  useTabBecameVisible(codeBlockRef, updateCodeIsScrollable);
  useEffect(updateCodeIsScrollable, [isEnabled, updateCodeIsScrollable]);
  useEffect(() => {
    window.addEventListener('resize', updateCodeIsScrollable, { passive: true });
    return () => window.removeEventListener('resize', updateCodeIsScrollable);
  }, [updateCodeIsScrollable]);

  return useMemo(() => ({ codeBlockRef, isEnabled, isCodeScrollable, toggle }), [isEnabled, isCodeScrollable, toggle]);
}
