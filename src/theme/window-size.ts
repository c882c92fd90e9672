/**
 * theme-common's useWindowSize (3.10, MIT), with the size it learns after hydration applied in a
 * transition. The server renders for no size ('ssr': desktop sidebar and table of contents, hidden
 * by CSS on a phone); upstream, the switch to 'mobile' is a blocking render of the sidebar, the
 * table of contents and the navbar together. In a transition React renders it in slices, and the
 * page looks the same meanwhile. Replaces the upstream module in the bundle (docusaurus.config.ts).
 */
import { startTransition, useEffect, useState } from 'react';

type WindowSize = 'desktop' | 'mobile' | 'ssr';

// Infima's breakpoint, the same as upstream's (facebook/docusaurus#9603).
const DESKTOP_BREAKPOINT = 996;

export function useWindowSize({ desktopBreakpoint = DESKTOP_BREAKPOINT }: { desktopBreakpoint?: number } = {}): WindowSize {
  // Constant on the first render, so hydration matches the server (facebook/docusaurus#9379).
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => {
      const size = window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
      startTransition(() => setWindowSize(size));
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return windowSize;
}
