/** The query compiler: selection set → plan → one parameterized Cypher → response-shaped rows. */
export { planRoot, type PlanInput, type RootPlan } from './plan.js';
export { compileBatch, compileStats } from './compileBatch.js';
export { shapeField } from './shape.js';
