/**
 * Every recorded chapter and section with its permanent link and a copy button, in the book's
 * sidebar order. The data is static/permalinks.json, the same record `npm run check:permalinks`
 * holds the site to, so only links that are promised appear here.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDocsSidebar } from '@docusaurus/plugin-content-docs/client';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import record from '@site/static/permalinks.json';
import { markdownLinks, permanentUrl, syllabusGroups, type SidebarEntry } from '@site/src/permalinks/syllabus';
import type { PermalinkRecord, RecordedPage } from '@site/src/permalinks/types';
import styles from './styles.module.css';

function Chapter({ page, siteUrl }: { page: RecordedPage; siteUrl: string }): ReactNode {
  const url = permanentUrl(siteUrl, page.path);
  return (
    <li className={styles.chapter}>
      <div className={styles.row}>
        <Link to={page.path} className={styles.chapterTitle}>
          {page.title}
        </Link>
        <code className={styles.url}>{url}</code>
        <CopyLinkButton text={url} label={`Copy link to chapter: ${page.title}`}>
          Copy
        </CopyLinkButton>
        {page.anchors.length > 0 && (
          <CopyLinkButton
            text={markdownLinks(siteUrl, page)}
            label={`Copy chapter ${page.title} and its sections as a Markdown list`}>
            Copy as Markdown
          </CopyLinkButton>
        )}
      </div>
      {page.anchors.length > 0 && (
        <ul className={styles.sections}>
          {page.anchors.map((anchor) => {
            const sectionUrl = permanentUrl(siteUrl, page.path, anchor.id);
            return (
              <li key={anchor.id} className={styles.row} data-level={anchor.level}>
                <Link to={`${page.path}#${anchor.id}`}>{anchor.title}</Link>
                <code className={styles.anchor}>#{anchor.id}</code>
                <CopyLinkButton text={sectionUrl} label={`Copy link to section: ${anchor.title} (${page.title})`} />
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

export default function CourseLinks(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const sidebar = useDocsSidebar();
  const groups = syllabusGroups(
    record as PermalinkRecord,
    (sidebar?.items ?? []) as unknown as SidebarEntry[],
    siteConfig.baseUrl,
  );
  const siteUrl = `${siteConfig.url}${siteConfig.baseUrl.replace(/\/$/, '')}`;
  if (groups.length === 0) {
    return <p>No links are recorded yet: run <code>npm run permalinks -- --update</code> after a build.</p>;
  }
  return (
    <div className={styles.courseLinks}>
      {groups.map((group) => (
        <section key={group.title} className={styles.group} aria-label={group.title}>
          <p className={styles.groupTitle}>
            {group.page ? <Link to={group.page.path}>{group.title}</Link> : group.title}
          </p>
          <ul className={styles.chapters}>
            {group.chapters.map((page) => (
              <Chapter key={page.path} page={page} siteUrl={siteUrl} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
