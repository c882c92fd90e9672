import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export interface GlossaryTermProps {
  /** Concept id in src/model/concepts.ts. */
  readonly id: string;
  /** The concept's display name (the tooltip's heading). */
  readonly name: string;
  /** One-sentence definition. */
  readonly short: string;
  /** Page that teaches the concept. */
  readonly href: string;
  readonly children: ReactNode;
}

/**
 * A marked term: a link to where the concept is taught, and its short definition in a tooltip
 * that shows on hover and on keyboard focus, stays while the pointer is over it, and closes with
 * Escape (WCAG 1.4.13). Screen readers hear the definition as the link's description.
 */
export default function GlossaryTerm({ id, name, short, href, children }: GlossaryTermProps): ReactNode {
  const tooltipId = useId();
  const [dismissed, setDismissed] = useState(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setDismissed(true);
  };
  return (
    <span
      className={`${styles.term} ${dismissed ? styles.dismissed : ''}`}
      onKeyDown={onKeyDown}
      onMouseLeave={() => setDismissed(false)}
      onBlur={() => setDismissed(false)}
      data-term={id}
    >
      <Link to={href} className={styles.link} aria-describedby={tooltipId}>
        {children}
      </Link>
      <span role="tooltip" id={tooltipId} className={styles.tooltip}>
        <strong>{name}:</strong> {short}
      </span>
    </span>
  );
}
