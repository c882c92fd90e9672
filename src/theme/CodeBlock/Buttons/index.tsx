/**
 * theme-classic's code block buttons (3.10, MIT), rendered on the server. Upstream renders them in
 * the browser only, so right after hydration React inserted a button group into every code block,
 * and a wrap button into every block wider than the screen: one DOM insertion each, 50 on a SEEK
 * step, all in one commit. Here they are in the HTML; CSS keeps them hidden until the page has
 * hydrated (they do nothing without React), and the wrap button is hidden, not absent, while the
 * code fits.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import CopyButton from '@theme/CodeBlock/Buttons/CopyButton';
import WordWrapButton from '@theme/CodeBlock/Buttons/WordWrapButton';
import type { Props } from '@theme/CodeBlock/Buttons';
import styles from './styles.module.css';

export default function CodeBlockButtons({ className }: Props): ReactNode {
  return (
    <div className={clsx(className, styles.buttonGroup)}>
      <WordWrapButton />
      <CopyButton />
    </div>
  );
}
