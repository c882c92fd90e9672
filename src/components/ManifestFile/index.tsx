import type { ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

export interface ManifestFileProps {
  /** Path under static/examples/, e.g. `seek/02-deployment/seek.yaml`. */
  readonly path: string;
  /** The file's text, read at build time by the `::manifest` remark plugin. */
  readonly code: string;
  /** Prism language (yaml, json, text, ...). */
  readonly language: string;
}

/**
 * An example file as the reader meets it: its path as the title, highlighted text with the copy
 * button of every code block, and the URL it is served from, for download or `kubectl apply -f`.
 */
export default function ManifestFile({ path, code, language }: ManifestFileProps): ReactNode {
  const href = useBaseUrl(`/examples/${path}`);
  // The absolute URL is what `kubectl apply -f` needs.
  const { siteConfig } = useDocusaurusContext();
  const absolute = `${siteConfig.url.replace(/\/$/, '')}${href}`;
  const fileName = path.split('/').pop() ?? path;
  return (
    <figure className={styles.manifestFile}>
      <CodeBlock language={language} title={path}>
        {code}
      </CodeBlock>
      <figcaption className={styles.caption}>
        <a href={href} download={fileName} className={styles.download}>
          Download {fileName}
        </a>
        <span className={styles.served}>
          served at <code>{absolute}</code>
        </span>
      </figcaption>
    </figure>
  );
}
