import { describe, expect, it } from 'vitest';
import { markdownLinks, syllabusGroups, type SidebarEntry } from './syllabus';
import type { PermalinkRecord } from './types';

const record: PermalinkRecord = {
  description: 'test',
  site: 'https://example.org',
  pages: [
    { path: '/', title: 'Home', kind: 'page', anchors: [] },
    { path: '/docs/concepts', title: 'Kubernetes concepts', kind: 'category', anchors: [] },
    {
      path: '/docs/concepts/storage',
      title: 'Storage',
      kind: 'doc',
      anchors: [
        { id: 'volumes', title: 'Volumes [and claims]', level: 2 },
        { id: 'access-modes', title: 'Access modes', level: 3 },
        { id: 'modes', title: 'Modes', level: 3, aliasOf: 'access-modes' },
      ],
    },
    { path: '/docs/concepts/architecture', title: 'Architecture', kind: 'doc', anchors: [] },
    { path: '/docs/concepts/old', title: 'Old', kind: 'doc', anchors: [], redirectTo: '/docs/concepts/storage' },
    { path: '/docs/extra', title: 'Extra', kind: 'doc', anchors: [] },
    { path: '/blog/why', title: 'Why', kind: 'blog-post', anchors: [] },
  ],
};

const sidebar: SidebarEntry[] = [
  {
    type: 'category',
    label: 'Kubernetes concepts',
    href: '/docs/concepts',
    items: [
      { type: 'link', label: 'Architecture', href: '/docs/concepts/architecture' },
      { type: 'link', label: 'Storage', href: '/docs/concepts/storage' },
      { type: 'link', label: 'Not recorded yet', href: '/docs/concepts/new' },
    ],
  },
];

describe('syllabus', () => {
  it('orders chapters like the sidebar and skips redirects, aliases and unrecorded pages', () => {
    const groups = syllabusGroups(record, sidebar);
    expect(groups.map((g) => [g.title, g.page?.path, g.chapters.map((c) => c.path)])).toEqual([
      ['Kubernetes concepts', '/docs/concepts', ['/docs/concepts/architecture', '/docs/concepts/storage']],
      ['Other pages', undefined, ['/docs/extra']],
      ['Blog posts', undefined, ['/blog/why']],
    ]);
    expect(groups[0]!.chapters[1]!.anchors.map((a) => a.id)).toEqual(['volumes', 'access-modes']);
  });

  it('writes a nested Markdown list of permanent links', () => {
    const storage = syllabusGroups(record, sidebar)[0]!.chapters[1]!;
    expect(markdownLinks('https://example.org/', storage)).toBe(
      '- [Storage](https://example.org/docs/concepts/storage)\n' +
        '  - [Volumes \\[and claims\\]](https://example.org/docs/concepts/storage#volumes)\n' +
        '    - [Access modes](https://example.org/docs/concepts/storage#access-modes)\n',
    );
  });
});
