/**
 * Shared pieces of the worked examples: fixed timestamps and ids, so the examples are
 * deterministic (the same JSON on every load, in every build), and `example`, which fills in what
 * every example has in common, so each module holds only the source's facts.
 */
import type { AnchoringKind, ExampleId, GoalSubtype, LearningFormId, PlanGoalLevel } from '../ids.js';
import type { AnsvarItem, Opgave, Overgang, Plan, Traeningsbane } from '../plan.js';

/** `createdAt` and `updatedAt` of every example. Fixed on purpose: examples are data, not events. */
const EXAMPLE_TIMESTAMP = '2025-01-01T00:00:00.000Z';

/** A learning goal: its description, then its sub-types. */
type Goal<L extends PlanGoalLevel> = readonly [beskrivelse: string, ...typer: GoalSubtype<L>[]];

/** The facts of one example; everything else of the plan is empty, false or fixed. */
export interface ExampleSpec {
  titel: string;
  arbejdsplads: string;
  /** `krav` is always fully met: each example's task is one the source confirms. */
  opgave: Pick<Opgave, 'beskrivelse' | 'anledninger'> & Partial<Pick<Opgave, 'situationNu' | 'situationFremover'>>;
  /** `kerneopgave`, `arbejdsplads`, then `fortolkninger` when the source gives them. */
  perspektiv: readonly [kerneopgave: string, arbejdsplads: string, fortolkninger?: string];
  laeringsmaal: { readonly [L in PlanGoalLevel]?: Goal<L> };
  ansvar?: readonly Omit<AnsvarItem, 'id'>[];
  traeningsbane: Pick<Traeningsbane, 'vidensopbygning' | 'afproevning' | 'feedback'> & {
    feedbackformer?: Traeningsbane['feedbackformer'];
    laeringsformer?: LearningFormId[];
    spilleregler?: string;
  };
  overgang?: Overgang;
  /** Anchoring items: kind, description, who is responsible (when the source says). */
  forankring: readonly (readonly [type: AnchoringKind, beskrivelse: string, ansvarlig?: string])[];
}

/**
 * The complete plan of an example: id `eksempel-<id>`, items `eksempel-<id>-ansvar-<n>` and
 * `eksempel-<id>-forankring-<n>` (from 1), both timestamps {@link EXAMPLE_TIMESTAMP}, no dates,
 * no mobility, nothing done.
 */
export function example(id: ExampleId, s: ExampleSpec): Plan {
  const planId = `eksempel-${id}`;
  const goal = <L extends PlanGoalLevel>(g: Goal<L> | undefined) => {
    const [beskrivelse = '', ...typer] = g ?? [];
    return { beskrivelse, typer };
  };
  const [kerneopgave, arbejdsplads, fortolkninger = ''] = s.perspektiv;
  return {
    schemaVersion: 1,
    id: planId,
    createdAt: EXAMPLE_TIMESTAMP,
    updatedAt: EXAMPLE_TIMESTAMP,
    titel: s.titel,
    arbejdsplads: s.arbejdsplads,
    opgave: {
      situationNu: '',
      situationFremover: '',
      ...s.opgave,
      krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
    },
    perspektiv: { kerneopgave, arbejdsplads, fortolkninger },
    laeringsmaal: { metoder: goal(s.laeringsmaal.metoder), viden: goal(s.laeringsmaal.viden), rolle: goal(s.laeringsmaal.rolle) },
    ansvar: (s.ansvar ?? []).map((a, i) => ({ id: `${planId}-ansvar-${i + 1}`, ...a })),
    traeningsbane: { feedbackformer: [], laeringsformer: [], spilleregler: '', daekning: '', ...s.traeningsbane },
    mobilitet: [],
    hverdag: {
      overgang: s.overgang ?? { beskrivelse: '', ikkeKlar: '' },
      forankring: s.forankring.map(([type, beskrivelse, ansvarlig = ''], i) => ({
        id: `${planId}-forankring-${i + 1}`, type, beskrivelse, ansvarlig, udfoert: false,
      })),
    },
  };
}
