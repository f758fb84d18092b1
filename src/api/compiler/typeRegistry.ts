/** Schema type name → how its fields compile. */
import { articleFields, postFields } from './articleFields.js';
import { entityFields, localizedNameFields, timelineEntryFields } from './entityFields.js';
import type { FieldDef, TypeDefs } from './fieldDef.js';
import { pathFields } from './pathFields.js';
import { queryFields } from './queryFields.js';
import { evidenceFields, relationFields } from './relationFields.js';
import { statementFields } from './statementFields.js';

const registry: Record<string, TypeDefs> = {
  Query: queryFields,
  Entity: entityFields,
  LocalizedName: localizedNameFields,
  TimelineEntry: timelineEntryFields,
  Relation: relationFields,
  Evidence: evidenceFields,
  Article: articleFields,
  Post: postFields,
  Statement: statementFields,
  Path: pathFields,
};

export function fieldDef(type: string, field: string): FieldDef | undefined {
  return registry[type]?.[field];
}

export const isCompiledType = (type: string) => type in registry;
