/**
 * Things diagrams draw that are not Kubernetes concepts: people, outside systems, Docker Compose
 * parts. They give the concepts something to connect to, and never enter the glossary.
 */
import type { External } from './types';

export const externals: readonly External[] = [
  { id: 'user', name: 'You', category: 'actor', short: 'The person operating the cluster.' },
  { id: 'client', name: 'Browser', category: 'actor', short: 'A user\'s web browser or any HTTP client outside the cluster.' },
  {
    id: 'cloud-provider-api',
    name: 'Cloud provider API',
    category: 'infrastructure',
    short: 'The API of the cloud the cluster runs in, for machines, load balancers and disks.',
  },
  {
    id: 'storage-backend',
    name: 'Storage system',
    category: 'storage',
    short: 'Where the bytes really live: a cloud disk service, a network file system or a node\'s local disk.',
  },
  {
    id: 'environment-variables',
    name: 'Environment variables',
    category: 'configuration',
    short: 'Name-value pairs a container\'s process reads at start-up.',
  },
  { id: 'docker-host', name: 'Docker host', category: 'infrastructure', short: 'The single machine Docker Compose runs everything on.' },
  {
    id: 'compose-service',
    name: 'Compose service',
    category: 'application',
    short: 'One entry under `services:` in a Compose file: an image and how to run it.',
  },
  {
    id: 'compose-volume',
    name: 'Named volume',
    category: 'storage',
    short: 'A Docker volume that keeps data when containers are recreated.',
  },
  {
    id: 'compose-env-file',
    name: 'env_file',
    category: 'configuration',
    short: 'A file of variables Compose passes to a service\'s containers.',
  },
  {
    id: 'compose-port',
    name: 'Published port',
    category: 'networking',
    short: 'A port of the Docker host forwarded to a service\'s container (`ports: 3000:3000`).',
  },
];
