/**
 * Version of the extraction rules and lexicons. Stored on every Claim and Article so
 * a graph can tell which extractor produced what; bump it when rules or the gazetteer
 * change in a way that changes output (re-ingesting then refreshes old articles).
 */
export const EXTRACTOR_NAME = 'newsgraph-rules';
export const EXTRACTOR_VERSION = '0.1.0';
