/**
 * THE ordered list of extraction components (graphql-js style: rules are data, run in order).
 * Entities first — relations and statements read `doc.entities` / `doc.mentions`.
 * Each layer owns its list:
 *   - entities:   ./entities/index.ts   (entity layer)
 *   - relations:  ./relations/index.ts  (relations layer)
 *   - statements: ./statements/index.ts (statements layer)
 * Add components to your layer's list, not here.
 */
import type { Component } from './types.js';
import { entityComponents } from './entities/index.js';
import { relationComponents } from './relations/index.js';
import { statementComponents } from './statements/index.js';

export const components: readonly Component[] = [...entityComponents, ...relationComponents, ...statementComponents];
