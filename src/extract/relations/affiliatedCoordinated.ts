/**
 * AFFILIATED_WITH for a titled person coordinated after another one whose title names a state:
 * "Turkish President Tayyip Erdogan and Foreign Minister Hakan Fidan", "Qatar's Emir X and Prime
 * Minister Y" — the second title, with no state of its own, shares the first one's state.
 */
import { between, demonymCountries, rule } from './engine.js';

/** "and Foreign Minister " between the two names: a conjunction and capitalized title words only. */
const AND_TITLE = /^\s*(?:,\s*)?and\s+(?:(?:his|its|the)\s+)?((?:[A-Z][\w-]*\.?\s+){1,3})$/;
const GOVERNMENT_TITLE = /\b(?:Minister|Prime|President|Premier|Secretary|Emir|King|Prince|Speaker|Chancellor)\b/;
/** The first person's title names its state right before it: "Turkish President ", "Qatar's Emir Sheikh ". */
const STATE_TITLE = /^(?:'s|’s)?\s*(?:[A-Z][\w-]*\.?\s+){1,4}$/;

export const affiliatedCoordinatedRule = rule('affiliated-coordinated', (ctx, emit) => {
  if (!/\band\s+(?:[A-Z][\w-]*\s+){1,3}/.test(ctx.text)) return;
  for (const m2 of ctx.mentions) {
    if (m2.entity.type !== 'PERSON') continue;
    const m1 = ctx.mentions.slice(0, m2.i).reverse().find((m) => m.entity.type === 'PERSON');
    if (!m1) continue;
    const title = AND_TITLE.exec(between(ctx, m1.end, m2.start));
    if (!title || !GOVERNMENT_TITLE.test(title[1]!)) continue;
    // the first person's state, named by a nationality or a possessive right before their title
    const before = Math.max(ctx.base, m1.start - 40);
    const state = demonymCountries(ctx, before, m1.start).pop();
    if (!state || !STATE_TITLE.test(between(ctx, state.end, m1.start))) continue;
    if (state.entity.id !== m2.entity.id) emit(m2.entity, 'AFFILIATED_WITH', state.entity, 0.65);
  }
});
