/**
 * Wraps the theme's Heading (a "wrap" swizzle, so upstream updates still apply) with two things
 * that keep course links working:
 * - a "copy link to this section" button, keyboard accessible, with the permanent URL;
 * - the old ids a page keeps for a renamed heading (front matter `anchor_aliases`, passed down by
 *   src/remark/anchor-aliases.ts), rendered as empty anchor targets inside the heading.
 */
import React, { isValidElement, type ReactNode } from 'react';
import Heading from '@theme-original/Heading';
import type { Props } from '@theme/Heading';
import { useLocation } from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useAnchorTargetClassName } from '@docusaurus/theme-common';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import { ALIAS_ATTRIBUTE } from '@site/src/permalinks/attributes';
import styles from './styles.module.css';

/** hast property set by the remark plugin: space-separated old ids of this heading. */
const ALIASES_PROP = 'data-anchor-aliases';

/** Plain text of a heading's children, for the button's accessible name. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

function CopySectionLink({ id, label }: { id: string; label: string }): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  // The canonical URL, not the preview host: this is the link a course should keep.
  return (
    <CopyLinkButton
      className={styles.copyLink}
      text={`${siteConfig.url}${pathname}#${id}`}
      label={`Copy link to section: ${label}`}
      title="Copy link to this section"
    />
  );
}

export default function HeadingWrapper(props: Props): ReactNode {
  const { [ALIASES_PROP]: aliasList, ...rest } = props as Props & { [ALIASES_PROP]?: string };
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(props.id);
  const aliases = props.id && aliasList ? aliasList.split(/\s+/).filter(Boolean) : [];
  // Links to an old id are valid links for the build's broken-anchor check.
  for (const alias of aliases) brokenLinks.collectAnchor(alias);

  if (props.as === 'h1' || !props.id) return <Heading {...rest} />;
  return (
    <Heading {...rest}>
      {aliases.map((alias) => (
        <span key={alias} id={alias} className={anchorTargetClassName} {...{ [ALIAS_ATTRIBUTE]: props.id }} />
      ))}
      {props.children}
      <CopySectionLink id={props.id} label={textOf(props.children) || props.id} />
    </Heading>
  );
}
