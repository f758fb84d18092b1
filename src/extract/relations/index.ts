/**
 * Relation extraction: an ordered list of rules (one per file), each a pure Component that
 * reads sentences, entities and mentions and appends typed relations with confidence and
 * sentence evidence. The last stage deduplicates (subject, predicate, object).
 */
import type { Component } from '../types.js';
import { attackedRule } from './attacked.js';
import { backsArmingRule, backsRule } from './backs.js';
import { backerNounRule } from './backerNoun.js';
import { threatenedRule } from './threatened.js';
import { accusedRule } from './accused.js';
import { visitedRule } from './visited.js';
import { metWithRule } from './metWith.js';
import { affiliatedTitleRule } from './affiliatedTitle.js';
import { affiliatedNationalityRule } from './affiliatedNationality.js';
import { affiliatedMemberRule } from './affiliatedMember.js';
import { affiliatedCoordinatedRule } from './affiliatedCoordinated.js';
import { locatedInRule } from './locatedIn.js';
import { deployedInRule } from './deployedIn.js';
import { umbrellaBacks } from './umbrellaBacks.js';
import { dedupeRelations } from './dedupe.js';

export const relationComponents: Component[] = [
  attackedRule,
  backsRule,
  backsArmingRule,
  backerNounRule,
  threatenedRule,
  accusedRule,
  visitedRule,
  metWithRule,
  affiliatedTitleRule,
  affiliatedNationalityRule,
  affiliatedMemberRule,
  affiliatedCoordinatedRule,
  umbrellaBacks,
  locatedInRule,
  deployedInRule,
  dedupeRelations,
];
