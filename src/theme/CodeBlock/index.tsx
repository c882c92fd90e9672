/**
 * Docusaurus' CodeBlock without its `key={String(isBrowser)}`. That key unmounted and rebuilt
 * every code block right after hydration, one task on the main thread that grows with the lines
 * of code on the page (the mysql chapter: ~2.5 s, Lighthouse TBT 11 s). The remount is not needed:
 * useColorMode() reports the default (light) mode during hydration, the same as the server
 * render, and switches to dark in an effect afterwards, an ordinary update that React applies to
 * the token styles. Output blocks get a title that says whether they were captured or written.
 */
import React, { isValidElement, type ReactNode } from 'react';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type { Props } from '@theme/CodeBlock';

/** Plain strings are joined so the copy button gets the text; React elements stay as they are. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * What a reader may expect of an output block: a captured one (```text output```) is what the
 * pinned control plane printed; a sample (```text sample```) was written by hand.
 */
function outputTitle(metastring: string | undefined): string | undefined {
  const words = (metastring ?? '').split(/\s+/);
  if (words.includes('output')) return 'Output';
  if (words.includes('sample')) return 'Sample output';
  return undefined;
}

export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  const title = props.title ?? outputTitle(props.metastring);
  if (typeof children === 'string') return <StringContent {...props} title={title}>{children}</StringContent>;
  return <ElementContent {...props}>{children}</ElementContent>;
}
