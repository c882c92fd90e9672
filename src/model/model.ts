import { concepts } from './concepts';
import { externals } from './externals';
import { relations } from './relations';
import type { Model } from './types';
import { views } from './views';

/** The one model every diagram, tooltip and glossary entry is made from. */
export const model: Model = { concepts, externals, relations, views };
