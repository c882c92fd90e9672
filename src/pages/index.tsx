import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import { useAllDocsData } from '@docusaurus/plugin-content-docs/client';
import { parts } from '../data/parts';
import { showcaseStages } from '../data/showcase';

/**
 * Parts with at least one published chapter. Such a part has a generated index page at
 * /docs/<dir> (see sidebars.ts); the others are not shown.
 */
function usePublishedParts(): Set<string> {
  const version = useAllDocsData()['default']?.versions[0];
  return new Set((version?.docs ?? []).filter((doc) => doc.sidebar === 'book').map((doc) => doc.id.split('/')[0] ?? ''));
}

export default function Home(): React.ReactElement {
  const published = usePublishedParts();
  const startHere = published.has('start-here') ? '/docs/start-here' : undefined;
  return (
    <Layout
      title="Learn Kubernetes step by step"
      description="A structured introduction to Kubernetes, with FAIRDOM SEEK as a running showcase from one container to a Helm chart."
    >
      <header className="hero hero--home">
        <div className="container">
          <Heading as="h1" className="hero__title">
            Kubernetes from the ground up
          </Heading>
          <p className="hero__subtitle">
            One idea at a time, from a single container to a production deployment. Every manifest on this site is
            validated against Kubernetes and every diagram is generated from one model.
          </p>
          {startHere && (
            <Link className="button button--primary button--lg" to={startHere}>
              Start reading
            </Link>
          )}
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="path">
          <Heading as="h2" id="path">
            The learning path
          </Heading>
          <ol className="path-list">
            {parts
              .filter((part) => published.has(part.dir))
              .map((part) => (
                <li key={part.dir}>
                  <Heading as="h3">
                    <Link to={`/docs/${part.dir}`}>{part.title}</Link>
                  </Heading>
                  <p>{part.summary}</p>
                </li>
              ))}
          </ol>
        </section>
        <section aria-labelledby="showcase" className="margin-top--lg">
          <Heading as="h2" id="showcase">
            The showcase: FAIRDOM SEEK
          </Heading>
          <p>
            SEEK is a web platform where life scientists share data, models and protocols. It is small enough to run
            in one container and large enough to need a database, a search engine, background workers and durable
            storage. The book moves it, one step at a time, onto Kubernetes:
          </p>
          <ol className="showcase-steps" aria-label="Stages of the SEEK showcase">
            {showcaseStages.map((stage) => (
              <li key={stage}>{stage}</li>
            ))}
          </ol>
        </section>
      </main>
    </Layout>
  );
}
