// Prism highlights every <code class="language-*"> of the document by itself once loaded, unless
// told it is driven by hand; that would rewrite React's server-rendered code blocks. Imported
// before prism-core, which reads this when it runs.
(globalThis as { Prism?: unknown }).Prism = { manual: true, disableWorkerMessageHandler: true };
export {};
