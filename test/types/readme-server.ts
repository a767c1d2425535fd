// The README's server validation ("Validate on the server"), compiled like readme-snippets.ts:
// by `npm run typecheck` against src/ and by test/node/readme-types.node.test.mjs against the
// built package (apart from that file, since it imports parsePlan too). Nothing runs this file.

/** The host server's own code that the snippet uses. */
declare const body: { plan: unknown };
declare function reply(status: number, json: unknown): void;
declare function store(plan: import('../../src/model/index.js').Plan): void;

import { parsePlan, advise, completeness } from '../../src/model/index.js';

const result = parsePlan(body.plan);        // an object or JSON text; never throws
if (!result.ok) {
  reply(422, { issues: result.issues });    // [{ path: ['opgave', 'beskrivlse'], code: 'unknown_key', message: '…' }]
} else {
  store(result.plan);                       // the parsed plan: complete, migrated, x- keys kept
  reply(201, { score: completeness(result.plan).score, advice: advise(result.plan).map((a) => a.id) });
}

// README, "Advice ids": a message table of your own, indexed with an advice's id as the README says,
// and advice of the host's own beside the package's (`Advice.id` is `string`, as the contract has it).
import type { Advice, AdviceId } from '../../src/model/index.js';
declare const ownMessages: Record<AdviceId, string>;
declare function createPlanForTypes(): import('../../src/model/index.js').Plan;
export const messagesShown = advise(createPlanForTypes()).map((a) => ownMessages[a.id as AdviceId]);
export const withOwnAdvice: Advice[] = [...advise(createPlanForTypes()), { id: 'budget-mangler', severity: 'info', field: 'traeningsbane', message: 'Sæt et budget.' }];
