/**
 * The HTML template of every built page (Docusaurus' `ssrTemplate`): Docusaurus' own, except that
 * the page's scripts start loading after its first frame instead of as `defer` scripts.
 *
 * Why: a `defer` script runs as soon as the HTML is parsed and the stylesheet has arrived. On a
 * page whose HTML parses in one go that is before Chrome's first frame whenever the scripts are
 * already there (cached, or a fast network), so the text waits for main.js (React and the theme)
 * to evaluate. Inserted after the
 * first frame, the scripts run while the reader already sees the text. Inserted with
 * `async = false`, they still run in document order, and the webpack runtime finds each route
 * chunk's `<script>` by its src and inserts no second one (see route-chunks.ts).
 *
 * What it changes for a reader, measured with `npm run bench:load` (Chromium emulating slow 4G and
 * a 4x slower CPU; medians of 3 loads per page kind, defer scripts against this loader):
 * - the text shows 60 to 180 ms sooner on a first visit (FCP 600–750 ms instead of 730–810), and
 *   30 to 80 ms sooner when the scripts are cached;
 * - on a first visit the scripts have run 250 to 680 ms later (1.6–2.4 s instead of 1.4–1.8 s):
 *   their download now starts after the first frame instead of beside the stylesheet's. With the
 *   scripts cached there is no difference.
 * A `<link rel=preload>` for them would keep the early download, but Lighthouse then counts them as
 * holding up the paint again (its mobile LCP was 1.7 to 2.9 s with them, about 1.0 s without).
 * Lighthouse's simulation infers what a phone would do from a fast load; in that fast load the
 * defer scripts ran before the first frame, so it put their whole download before the paint.
 */

/** Inserts the script URLs it is called with, once: after the first frame, or after a second in a background tab (no frames there). */
const loader =
  '(function(u){var d=0;function l(){if(d++)return;u.forEach(function(s){var e=document.createElement("script");' +
  'e.src=s;e.async=!1;document.head.appendChild(e)})}requestAnimationFrame(function(){setTimeout(l)});setTimeout(l,1e3)})';

/** The inline script that loads `urls` after the first paint. */
export function afterPaintLoader(urls: readonly string[]): string {
  return `${loader}(${JSON.stringify(urls)})`;
}

/**
 * The script URLs a built page loads after its first paint, read from its loader (the HTML
 * minifier rewrites the loader's code but keeps its one argument, the list of URLs, last).
 */
export function afterPaintSources(html: string): string[] {
  for (const match of html.matchAll(/<script>([^<]*)<\/script>/g)) {
    const code = match[1]!;
    if (!code.includes('requestAnimationFrame') || !code.includes('createElement("script")')) continue;
    const urls = /\((\[[^\]]*\])\);?\s*$/.exec(code);
    if (!urls) throw new Error(`a script loader whose list of URLs was not found at its end: ${code.slice(0, 120)}`);
    return JSON.parse(urls[1]!) as string[];
  }
  return [];
}

// Docusaurus 3.10's lib/ssg/ssgTemplate.html.js with the scripts moved from the head into the loader
// at the end of the body. The Eta code runs at build time; `it` is Docusaurus' template data.
export const afterPaintTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>${loader}(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>)</script>
  </body>
</html>
`;
