/** Texts of <opgave-felt>. The task's definition, reasons, requirements, examples and questions come from the model's catalog. */
const da = {
  beskrivelse: 'Opgaven',
  examples: 'Eksempler på opgaver',
  good: 'Godt afgrænsede',
  tooGeneral: 'For brede',
  sharper: 'Skarpere:',
  situationNu: 'Sådan løser vi opgaven i dag',
  situationFremover: 'Sådan skal vi løse den fremover',
  reasons: 'Anledning til ændringen',
  reasonsHint: 'Hvorfor skal opgaven løses anderledes? Vælg en eller flere.',
  requirements: 'Krav til opgaven',
  requirementsHint: 'Sæt kun flueben, når det passer. Ellers gør opgaven mere præcis.',
};

const en: typeof da = {
  beskrivelse: 'The task',
  examples: 'Examples of tasks',
  good: 'Well bounded',
  tooGeneral: 'Too broad',
  sharper: 'Sharper:',
  situationNu: 'How we do the task today',
  situationFremover: 'How we will do it in future',
  reasons: 'Reason for the change',
  reasonsHint: 'Why must the task be done differently? Choose one or more.',
  requirements: 'Requirements for the task',
  requirementsHint: 'Tick only what is true. If not, make the task more precise.',
};

export const messages = { da, en };
