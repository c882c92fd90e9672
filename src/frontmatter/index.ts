export * from './chapter';
export * from './headings';
