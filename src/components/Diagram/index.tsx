import type { CSSProperties, ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

export interface DiagramProps {
  /** Unique on the page; prefixes the ids inside the SVG. */
  readonly id: string;
  /** Model view id, when the diagram is one (offers the standalone files). */
  readonly view?: string;
  readonly title: string;
  readonly caption?: string;
  /** SVG rendered at build time, with role="img", <title> and <desc>. */
  readonly svg: string;
  /** Plain-text version of the same diagram. */
  readonly text: string;
}

/**
 * A diagram drawn at build time: inline SVG that takes the page's colours (light or dark), its
 * caption, and the text version one click away in a native <details> (keyboard and screen-reader
 * friendly, no script needed).
 */
export default function Diagram({ id, view, title, caption, svg, text }: DiagramProps): ReactNode {
  const files = useBaseUrl(`/diagrams/${view ?? ''}`);
  // Wide diagrams shrink to the column only down to a readable size, then scroll sideways.
  const naturalWidth = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const wide = naturalWidth > 700;
  const size = (naturalWidth > 0 ? { '--diagram-width': `${Math.round(naturalWidth)}px` } : {}) as CSSProperties;
  return (
    <figure className={styles.diagram} id={`figure-${id}`}>
      <div
        className={styles.picture}
        style={size}
        // A scrolling region must be reachable by keyboard.
        {...(wide ? { tabIndex: 0, role: 'group', 'aria-label': `${title} (scrolls sideways)` } : {})}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className={styles.caption}>
        <strong>{title}.</strong> {caption}
      </figcaption>
      <details className={styles.text}>
        <summary>Text version</summary>
        <pre tabIndex={0} aria-label={`${title}, text version`}>
          {text}
        </pre>
        {view ? (
          <p className={styles.files}>
            For slides and handouts: <a href={`${files}.svg`}>SVG</a> · <a href={`${files}.mmd`}>Mermaid</a> ·{' '}
            <a href={`${files}.txt`}>text</a>
          </p>
        ) : null}
      </details>
    </figure>
  );
}
