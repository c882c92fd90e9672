/**
 * Docusaurus' code line (theme-classic 3.10, MIT) without the theme's inline colour on every line:
 * the <pre> already carries the plain colour, and token colours come from src/css/prism-tokens.css.
 * styles.module.css is theme-classic's own, unchanged.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import LineToken from '@theme/CodeBlock/Line/Token';
import type { Props } from '@theme/CodeBlock/Line';
import styles from './styles.module.css';

type Token = Props['line'][number];

// A line holding only '\n' renders empty, so that it does not add a second line break.
function fixLineBreak(line: Props['line']): Props['line'] {
  const only = line.length === 1 && line[0]!.content === '\n' ? line[0] : undefined;
  return only ? [{ ...only, content: '' } as Token] : line;
}

export default function CodeBlockLine({ line: lineProp, classNames, showLineNumbers, getLineProps, getTokenProps }: Props): ReactNode {
  const line = fixLineBreak(lineProp);
  const { style: _style, ...lineProps } = getLineProps({ line, className: clsx(classNames, showLineNumbers && styles.codeLine) });
  const tokens = line.map((token, key) => {
    const tokenProps = getTokenProps({ token });
    return (
      <LineToken key={key} {...tokenProps} line={line} token={token}>
        {tokenProps.children}
      </LineToken>
    );
  });
  return (
    <div {...lineProps}>
      {showLineNumbers ? (
        <>
          <span className={styles.codeLineNumber} />
          <span className={styles.codeLineContent}>{tokens}</span>
        </>
      ) : (
        tokens
      )}
      <br />
    </div>
  );
}
