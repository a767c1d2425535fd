import type {
  Experience, LearningFormFamily, LearningFormId, Tempo, Text,
} from '../ids.js';

/** How much a learning form asks of the workplace (time, people, money). */
export type ResourceDemand = 'lav' | 'middel' | 'hoej';

/** One learning form of the catalog, with the facts the sources give about it and the project's reading of the rest (`resources`). */
export interface LearningForm {
  readonly id: LearningFormId;
  readonly family: LearningFormFamily;
  readonly name: Text;
  /** What the form is, in one or two sentences. */
  readonly description: Text;
  /** What it suits (which needs, situations). */
  readonly suits: Text;
  /** Group size as the sources state it, when they do. */
  readonly groupSize?: Text;
  /**
   * What it asks of the workplace. The sources say so for five forms (side-by-side training and the
   * learning network are heavy, a theme day and a resource person light, the European exchange paid
   * leave); for the rest it is this project's estimate from what the form is.
   */
  readonly resources: ResourceDemand;
  /** Duration hint, when the sources give one. */
  readonly duration?: Text;
  /**
   * The staff the sources offer the form to, when only some may take part (the introduction to the
   * clinical world is a course for administrative staff). The recommender cannot tell the target
   * groups' jobs, so it leads the reason with this.
   */
  readonly audience?: Text;
  /**
   * Experience levels the form suits; all three unless the form itself narrows them (side-by-side
   * training and shadowing: the less experienced learn from an experienced colleague) or the
   * sources do (the developing workshop asks for considerable experience, e-learning suits newcomers).
   */
  readonly experience: readonly Experience[];
  /** True when the sources say the form needs a facilitator (the two workshop kinds and the learning network). */
  readonly facilitator: boolean;
  /** Which of the three tempi the form covers by itself. */
  readonly tempi: readonly Tempo[];
  /** Extra facts (e.g. requirements of the European exchange, or that the municipal list names it too). */
  readonly notes?: Text;
  /** Other families that also name this form (the municipal tool list names `temadag` and `sidemandsoplaering`). */
  readonly alsoIn?: readonly LearningFormFamily[];
  /** Minimum years of experience the sources require (the European exchange: 3 years in hospitals). */
  readonly minYearsExperience?: number;
  /** How many learners one experienced colleague can take at most (side-by-side training: 2). */
  readonly maxPerExperienced?: number;
}
