/**
 * The entity half of extraction, as an ordered list of pure components. Finders run first and
 * only propose candidates (curated names before guessed ones, so guesses never split a known name);
 * the resolver then builds entities, mentions and within-article coreference.
 */
import type { Component } from '../types.js';
import { findGazetteerMentions } from './gazetteerMentions.js';
import { findNominalGroups } from './nominalGroups.js';
import { findStateBodies } from './stateBodies.js';
import { findEmbassies } from './embassies.js';
import { findTitleCuePersons } from './titleCuePersons.js';
import { findArabicGivenNames } from './arabicGivenNames.js';
import { findCapitalizedNames } from './capitalizedNames.js';
import { findArabicNamePatterns } from './arabicNamePatterns.js';
import { resolveEntities } from './resolveEntities.js';

export const entityComponents: Component[] = [
  findGazetteerMentions,
  findNominalGroups,
  findStateBodies,
  findEmbassies,
  findTitleCuePersons,
  findArabicGivenNames,
  findArabicNamePatterns,
  findCapitalizedNames,
  resolveEntities,
];
