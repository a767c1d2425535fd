/**
 * Texts of <perspektiv-felt>. The field's name, question and dialogue questions come from the
 * model's catalog; the starter phrase from the model, which reads a text holding only it as empty
 * (given to `start` marked with the language of the user's text, which may differ).
 */
import { html } from 'lit';

const da = {
  kerneopgave: 'Værdi for kerneopgaven og borgerne',
  kerneopgaveHint: 'Kerneopgaven er det, arbejdspladsen er til for. Hvad får borgerne eller brugerne ud af den nye måde at løse opgaven på?',
  arbejdsplads: 'Værdi for arbejdspladsen',
  arbejdspladsHint: 'Hvad får arbejdspladsen og medarbejderne ud af det? Fx at klare travle perioder bedre, leve op til nye krav eller få mere fagligt råderum.',
  fortolkninger: 'Andre måder at forstå ændringen på',
  fortolkningerHint:
    'Kolleger kan hver især høre noget andet, fx «det handler kun om at spare penge» eller «så vi er ikke gode nok». Skriv, hvad du hører, og hvordan du tager snakken.',
  start: (starter: unknown) => html`Start med «${starter}»`,
};

const en: typeof da = {
  kerneopgave: 'Value for the core task and citizens',
  kerneopgaveHint: 'The core task is what the workplace is there for. What do citizens or users gain from the new way of doing the task?',
  arbejdsplads: 'Value for the workplace',
  arbejdspladsHint: 'What do the workplace and its staff gain? E.g. coping better with busy periods, meeting new standards or gaining more professional scope.',
  fortolkninger: 'Other ways of reading the change',
  fortolkningerHint:
    'Colleagues may each hear something else, e.g. “it is only about saving money” or “so we are not good enough”. Write what you hear and how you will talk about it.',
  start: (starter: unknown) => html`Start with “${starter}”`,
};

export const messages = { da, en };
