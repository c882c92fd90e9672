/**
 * theme-classic's word-wrap button (3.10, MIT), always rendered and hidden while the code fits, so
 * that a block becoming scrollable changes an attribute instead of inserting a button
 * (src/theme/CodeBlock/Buttons/index.tsx).
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import Button from '@theme/CodeBlock/Buttons/Button';
import IconWordWrap from '@theme/Icon/WordWrap';
import type { Props } from '@theme/CodeBlock/Buttons/WordWrapButton';
import styles from './styles.module.css';

export default function WordWrapButton({ className }: Props): ReactNode {
  const { wordWrap } = useCodeBlockContext();
  const title = translate({
    id: 'theme.CodeBlock.wordWrapToggle',
    message: 'Toggle word wrap',
    description: 'The title attribute for toggle word wrapping button of code block lines',
  });
  return (
    <Button
      onClick={() => wordWrap.toggle()}
      className={clsx(className, wordWrap.isEnabled && styles.wordWrapButtonEnabled)}
      hidden={!(wordWrap.isEnabled || wordWrap.isCodeScrollable)}
      aria-label={title}
      title={title}>
      <IconWordWrap className={styles.wordWrapButtonIcon} aria-hidden="true" />
    </Button>
  );
}
