/**
 * A button that copies a permanent link (or any text) and says so, on screen and to screen
 * readers. Used by section headings (src/theme/Heading) and the Course links page.
 */
import React, { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
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

function LinkIcon({ copied }: { copied: boolean }): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="16" height="16">
      {copied ? (
        <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" fill="currentColor" />
      ) : (
        <path
          d="M3.9 12a3.1 3.1 0 0 1 3.1-3.1h4V7H7a5 5 0 0 0 0 10h4v-1.9H7A3.1 3.1 0 0 1 3.9 12zM8 13h8v-2H8v2zm9-6h-4v1.9h4a3.1 3.1 0 0 1 0 6.2h-4V17h4a5 5 0 0 0 0-10z"
          fill="currentColor"
        />
      )}
    </svg>
  );
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
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = useCallback(async () => {
    setState((await copyText(text)) ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  }, [text]);

  return (
    <>
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
      <span className={styles.status} role="status" aria-live="polite" data-heading-extra="">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy the link' : ''}
      </span>
    </>
  );
}
