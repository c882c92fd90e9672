/**
 * A button that copies a permanent link (or any text) and says so, on screen and to screen
 * readers. Used by section headings (src/theme/Heading) and the Course links page.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** Writes text to the clipboard, falling back where the async Clipboard API is unavailable. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/**
 * One live region for the whole page, made when the first button mounts (so screen readers know it
 * before it speaks), instead of one per button: the Course links page has hundreds of buttons.
 */
let liveRegion: HTMLElement | undefined;

function statusRegion(): HTMLElement {
  if (!liveRegion || !liveRegion.isConnected) {
    liveRegion = document.createElement('div');
    liveRegion.setAttribute('role', 'status');
    liveRegion.setAttribute('aria-live', 'polite');
    liveRegion.className = styles.status!;
    liveRegion.dataset['copyStatus'] = '';
    document.body.appendChild(liveRegion);
  }
  return liveRegion;
}

/** Says a message to screen readers; the same message twice in a row is said twice. */
function announce(message: string): void {
  const region = statusRegion();
  region.textContent = '';
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/**
 * The link (or tick) icon is drawn by CSS from one mask image: the Course links page has hundreds
 * of these buttons, and an inline SVG in each would add about 130 KB to its HTML.
 */
function LinkIcon({ copied }: { copied: boolean }): ReactNode {
  return <span aria-hidden="true" className={clsx(styles.icon, copied && styles.iconCopied)} />;
}

export interface CopyLinkButtonProps {
  /** What goes to the clipboard. */
  readonly text: string;
  /** Accessible name, e.g. "Copy link to section: Access modes". */
  readonly label: string;
  /** Visible text next to the icon; icon only when absent. */
  readonly children?: ReactNode;
  readonly className?: string;
  readonly title?: string;
}

export default function CopyLinkButton({ text, label, children, className, title }: CopyLinkButtonProps): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    statusRegion();
    return () => clearTimeout(timer.current);
  }, []);

  const onClick = useCallback(async () => {
    const copied = await copyText(text);
    setState(copied ? 'copied' : 'failed');
    announce(copied ? 'Link copied' : 'Could not copy the link');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  }, [text]);

  return (
    <button
      type="button"
      className={clsx(styles.copyButton, className)}
      data-copied={state === 'copied' || undefined}
      aria-label={label}
      title={title ?? label}
      onClick={onClick}>
      <LinkIcon copied={state === 'copied'} />
      {children ? <span className={styles.text}>{state === 'copied' ? 'Copied' : children}</span> : null}
    </button>
  );
}
