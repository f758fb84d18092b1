/**
 * `Date`: a calendar date as YYYY-MM-DD, strictly. Parsing rejects anything else
 * (times, other separators, 2024-02-30) with a message naming what was received;
 * serializing refuses a stored value that is not such a date rather than passing
 * garbage to clients.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { describeValue } from '../../errors.js';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = SHAPE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const bad = (value: unknown, node?: ValueNode) =>
  new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${describeValue(value)}`, {
    ...(node ? { nodes: node } : {}),
    extensions: { code: 'BAD_USER_INPUT' },
  });

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize(value) {
    if (isCalendarDate(value)) return value;
    throw new GraphQLError(`cannot serialize ${describeValue(value)} as a Date`);
  },
  parseValue(value) {
    if (isCalendarDate(value)) return value;
    throw bad(value);
  },
  parseLiteral(node) {
    if (node.kind === Kind.STRING && isCalendarDate(node.value)) return node.value;
    throw bad(node.kind === Kind.STRING ? node.value : `a ${node.kind} literal`, node);
  },
});
