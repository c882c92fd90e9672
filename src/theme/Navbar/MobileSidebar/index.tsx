/**
 * Wraps the theme's mobile sidebar (a "wrap" swizzle) so that it mounts in idle time instead of in
 * the render that follows hydration on a phone. Upstream it mounts, closed and out of sight, in
 * the same commit that swaps the desktop layout for the mobile one: the navbar's items and the
 * whole book sidebar, the largest part of that commit (about 50 ms at 1x CPU on a SEEK step). A
 * reader who taps the menu button before it has mounted gets it at once, only without the slide.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import { whenIdle } from '@site/src/client/idle';

export default function MobileSidebarWhenIdle(): ReactNode {
  const { shouldRender, shown } = useNavbarMobileSidebar();
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    if (!shouldRender || mounted) return undefined;
    return whenIdle(() => startTransition(() => setMounted(true)), 3000);
  }, [shouldRender, mounted]);
  return mounted || shown ? <MobileSidebar /> : null;
}
