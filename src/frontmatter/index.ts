export * from './chapter';
export * from './headings';
export * from './try-it';
