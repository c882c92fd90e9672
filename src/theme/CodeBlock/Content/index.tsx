/**
 * Docusaurus' code block content (theme-classic 3.10, MIT), with its lines rendered once. Upstream,
 * every code block renders all its lines again right after it mounts: the word-wrap hook finds
 * the code wider than a phone's screen and sets state, the block's context changes, and every
 * consumer renders again (some 200 ms at 4x CPU on a long SEEK step). The lines depend only on the
 * code, its language and the Prism theme, so they are memoised on those. Off the screen, a block
 * is not rendered until it comes near (offscreen.module.css). styles.module.css is theme-classic's
 * own, unchanged.
 */
import React, { useMemo, type CSSProperties, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { usePrismTheme } from '@docusaurus/theme-common';
import { Highlight } from 'prism-react-renderer';
import Line from '@theme/CodeBlock/Line';
import type { Props } from '@theme/CodeBlock/Content';
import styles from './styles.module.css';
import offscreen from './offscreen.module.css';

export default function CodeBlockContent({ className: classNameProp }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const { code, language, lineNumbersStart, lineClassNames } = metadata;
  const codeBlockRef = wordWrap.codeBlockRef;
  // lineClassNames is a new object on every render; its content is what matters.
  const lineClasses = JSON.stringify(lineClassNames);
  return useMemo(
    () => (
      <Highlight theme={prismTheme} code={code} language={language}>
        {({ className, style, tokens: lines, getLineProps, getTokenProps }) => (
          // tabIndex: the block scrolls sideways, so it must be reachable from the keyboard.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <pre ref={codeBlockRef} tabIndex={0} className={clsx(classNameProp, className, styles.codeBlock, offscreen.offscreen, 'thin-scrollbar')} style={{ ...style, '--code-lines': lines.length } as CSSProperties}>
            <code
              className={clsx(styles.codeBlockLines, lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering)}
              style={lineNumbersStart === undefined ? undefined : { counterReset: `line-count ${lineNumbersStart - 1}` }}>
              {lines.map((line, i) => (
                <Line key={i} line={line} getLineProps={getLineProps} getTokenProps={getTokenProps} classNames={lineClassNames[i]} showLineNumbers={lineNumbersStart !== undefined} />
              ))}
            </code>
          </pre>
        )}
      </Highlight>
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- lineClassNames through lineClasses
    [prismTheme, code, language, lineNumbersStart, lineClasses, codeBlockRef, classNameProp],
  );
}
