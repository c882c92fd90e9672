import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { site, editUrlBase } from './src/data/site';
import { remarkPlugins, beforeDefaultRemarkPlugins } from './src/remark';
import { PRISM_LANGUAGES, PRISM_THEMES } from './src/theme/prism-css';
import { redirects } from './src/data/redirects';
import { copyKatexAssets, KATEX_URL_DIR } from './src/katex/assets';
import { routeChunksInHtml } from './src/bundle/route-chunks';
import { afterPaintTemplate } from './src/bundle/after-paint';

/** API pages are generated for the entry points of src/ that exist. */
const typedocEntryPoints = ['src/model/index.ts', 'src/diagrams/index.ts', 'src/manifests/index.ts'].filter(
  (file) => fs.existsSync(path.join(__dirname, file)),
);

const config: Config = {
  title: site.title,
  tagline: site.tagline,
  favicon: 'img/favicon.svg',
  url: site.url,
  baseUrl: site.baseUrl,
  trailingSlash: false,
  // The page's scripts load after its first frame (src/bundle/after-paint.ts).
  ssrTemplate: afterPaintTemplate,

  future: {
    v4: true,
    // Every Docusaurus Faster option but the persistent rspack cache: builds that reused a cache
    // left by an interrupted build hung here, and a cold build takes well under a minute.
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      rspackPersistentCache: false,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },

  // DRAFT_LINKS=warn is for drafting while chapters are written in parallel; CI never sets it.
  onBrokenLinks: process.env.DRAFT_LINKS === 'warn' ? 'warn' : 'throw',
  onBrokenAnchors: process.env.DRAFT_LINKS === 'warn' ? 'warn' : 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // Chapters are .mdx; the API pages typedoc writes are .md and must not be read as MDX
    // (their doc comments contain braces).
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: process.env.DRAFT_LINKS === 'warn' ? 'warn' : 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: editUrlBase,
          showLastUpdateTime: true,
          beforeDefaultRemarkPlugins,
          remarkPlugins: [remarkMath, ...remarkPlugins],
          rehypePlugins: [rehypeKatex],
        },
        blog: {
          showReadingTime: true,
          editUrl: editUrlBase,
          showLastUpdateTime: true,
          onInlineAuthors: 'ignore',
          onUntruncatedBlogPosts: 'throw',
          beforeDefaultRemarkPlugins,
          remarkPlugins: [remarkMath, ...remarkPlugins],
          rehypePlugins: [rehypeKatex],
          feedOptions: { type: ['rss', 'atom'], xslt: false },
        },
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: true,
        indexPages: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: false,
        searchResultLimits: 8,
        explicitSearchResultPath: true,
      },
    ],
  ],

  // Sends a reader who arrives with the hash of a section that moved to its new page; runs the
  // prefetching of linked pages in idle time.
  clientModules: [path.join(__dirname, 'src/client/anchor-moves.ts'), path.join(__dirname, 'src/client/idle-prefetch.ts')],

  plugins: [
    // KaTeX's stylesheet and fonts as files of the site (static/katex, generated, not committed).
    function katexAssets(context) {
      copyKatexAssets(path.join(context.siteDir, 'static', KATEX_URL_DIR));
      return { name: 'katex-assets' };
    },
    // Each page's route chunks as defer scripts in its HTML, loaded beside main.js.
    routeChunksInHtml,
    // theme-common's useWindowSize replaced by src/theme/window-size.ts (the switch after hydration in a transition).
    function windowSizeInTransition() {
      // The package's exports hide the file; it sits beside the package's entry point (lib/index.js).
      const upstream = path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'hooks', 'useWindowSize.js');
      if (!fs.existsSync(upstream)) throw new Error(`${upstream} not found: theme-common moved useWindowSize; update windowSizeInTransition in docusaurus.config.ts`);
      return {
        name: 'window-size-in-transition',
        configureWebpack: () => ({ resolve: { alias: { [upstream]: path.join(__dirname, 'src/theme/window-size.ts') } } }),
      };
    },
    // prism-react-renderer without the forty grammars it sets up on every page (src/theme/prism).
    function lightPrism() {
      return {
        name: 'light-prism',
        configureWebpack: () => ({ resolve: { alias: { 'prism-react-renderer$': path.join(__dirname, 'src/theme/prism/index.ts') } } }),
      };
    },
    ...(typedocEntryPoints.length > 0
      ? [
          [
            'docusaurus-plugin-typedoc',
            {
              entryPoints: typedocEntryPoints,
              tsconfig: './tsconfig.json',
              out: './docs/api',
              readme: 'none',
              excludePrivate: true,
              sidebar: { pretty: true },
              disableSources: true,
              // npm run typecheck checks types; typedoc only documents.
              skipErrorChecking: true,
            },
          ] as [string, Record<string, unknown>],
        ]
      : []),
    // Moved pages keep their old URLs (see src/data/redirects.ts and npm run check:permalinks).
    ['@docusaurus/plugin-client-redirects', { redirects: redirects.map((r) => ({ from: r.from, to: r.to })) }],
  ],

  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    navbar: {
      title: 'Kubernetes from the ground up',
      logo: { alt: 'Home', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'book', position: 'left', label: 'Book' },
        { to: '/blog', label: 'Blog', position: 'left' },
        ...(typedocEntryPoints.length > 0
          ? [{ type: 'docSidebar' as const, sidebarId: 'api', position: 'left' as const, label: 'API' }]
          : []),
        { href: site.repositoryUrl, label: 'Source', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Read',
          items: [
            { label: 'Start here', to: '/docs/start-here/what-kubernetes-is' },
            { label: 'Blog', to: '/blog' },
          ],
        },
        {
          title: 'Contribute',
          items: [
            { label: 'Source code', href: site.repositoryUrl },
            { label: 'How to contribute', href: `${site.repositoryUrl}/blob/main/CONTRIBUTING.md` },
          ],
        },
      ],
      copyright: `Text under CC BY 4.0, code under MIT. Manifests validated against Kubernetes ${site.kubernetesVersion}. Built with Docusaurus.`,
    },
    prism: {
      theme: PRISM_THEMES.light,
      darkTheme: PRISM_THEMES.dark,
      // The only grammars the client loads (src/theme/prism has none of its own); a fence in
      // another language is shown as plain text, and a test lists the languages the pages use.
      additionalLanguages: [...PRISM_LANGUAGES],
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
};

export default config;
