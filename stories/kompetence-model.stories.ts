import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../src/define/kompetence-model.js';
import { examples } from '../src/model/examples/index.js';
import type { ExampleId } from '../src/model/ids.js';
import { inDisabledFieldset, langArgType, storyLang } from './form-states.js';
import { homeCarePlan } from './home-care-plan.js';

interface Args {
  example: ExampleId | '';
  plan: string;
  lang: '' | 'da' | 'en';
  'content-lang': '' | 'da' | 'en';
  'storage-key': string;
  koerekort: boolean;
  readonly: boolean;
  required: boolean;
}

/**
 * The plan's own language, when the texts are in another: the `content-lang` arg if set; else
 * `da` for a worked example (or a story whose `parameters.planLang` is `da`) when the element
 * speaks English, by its `lang` arg or the toolbar, as the Eksempler stories do.
 */
function contentLang(a: Args, globals: Record<string, unknown>, parameters: Record<string, unknown>): string | undefined {
  if (a['content-lang']) return a['content-lang'];
  const planLang = a.example ? 'da' : (parameters['planLang'] as string | undefined);
  return planLang && planLang !== storyLang(a, globals) ? planLang : undefined;
}

/** What the render reads of Storybook's story context. */
type Context = { globals: Record<string, unknown>; parameters: Record<string, unknown> };

// Removing `example` leaves the element's plan as it is (by then it may hold the user's edits): a
// new element for each example, so choosing none in Controls shows the empty plan.
const renderModel = (a: Args, { globals, parameters }: Context) => html`${keyed(a.example, html`<kompetence-model
  example=${a.example || nothing}
  plan=${a.plan || nothing}
  lang=${a.lang || nothing}
  content-lang=${contentLang(a, globals, parameters) ?? nothing}
  storage-key=${a['storage-key'] || nothing}
  ?koerekort=${a.koerekort}
  ?readonly=${a.readonly}
  ?required=${a.required}
></kompetence-model>`)}`;

const meta: Meta<Args> = {
  title: 'Elementer/Hele planen/kompetence-model',
  component: 'kompetence-model',
  tags: ['autodocs'],
  args: { example: '', plan: '', lang: '', 'content-lang': '', 'storage-key': '', koerekort: false, readonly: false, required: false },
  argTypes: {
    example: {
      control: { type: 'select', labels: { '': '(intet eksempel / no example)' } },
      options: ['', 'doegninstitution', 'boernehus', 'plejecenter-maaltid', 'barselsafsnit', 'jobcenter', 'plejecenter-dokumentation'],
    },
    plan: { control: 'text' },
    lang: langArgType,
    'content-lang': { control: 'select', options: ['', 'da', 'en'] },
    'storage-key': { control: 'text' },
  },
  render: renderModel,
};
export default meta;

type Story = StoryObj<Args>;

/** Worked example 3 begun: fields 1 and 2 written, but for the task itself and the third group's target. */
function begunPlan() {
  const { titel, arbejdsplads, opgave, ansvar, perspektiv } = examples['plejecenter-maaltid'];
  const [all, assistants, resource] = ansvar;
  return {
    schemaVersion: 1,
    titel,
    arbejdsplads,
    opgave: { ...opgave, beskrivelse: '', krav: { konkretSituation: false, kanHaandteresAnderledes: false, ansvarTydeligt: false } },
    ansvar: [all, assistants, { id: resource!.id, maalgruppe: resource!.maalgruppe }],
    perspektiv,
  };
}

// The examples' own text is Danish: in English, `content-lang` marks it so (the stories "på engelsk"
// set it; with the toolbar on English, the render sets it: see `contentLang`).
// Each story names itself and gives its own tags: Storybook reads the sidebar's names and the tags
// from the file, as literals. The stories "på engelsk" stay in the sidebar but leave the docs page
// (`!autodocs`): the toolbar's language button shows every story in English, and 19 whole models
// made the page very long.
const example = (id: ExampleId, lang: Args['lang'] = ''): Story => ({
  args: { example: id, lang, 'content-lang': lang === 'en' ? 'da' : '' },
});

/**
 * A new, empty plan: no condition met yet. Calm: no field shows advice and no tab a count; the
 * list of advice has a line per field, "ikke påbegyndt", each with its way there.
 */
export const Empty: Story = { name: 'Tom' };
/** The empty plan in English. */
export const EmptyEnglish: Story = { name: 'Tom på engelsk', args: { lang: 'en' }, tags: ['!autodocs'] };

/** Worked example 1: the residential institution. */
export const Doegninstitution: Story = { ...example('doegninstitution'), name: '1 Døgninstitution' };
/** Worked example 2: the children's house. */
export const Boernehus: Story = { ...example('boernehus'), name: '2 Børnehus' };
/** Worked example 3: the nursing home's meals, with the licences C, B and A on the staircase. */
export const PlejecenterMaaltid: Story = { ...example('plejecenter-maaltid'), name: '3 Plejecenter: måltidet' };
/** Worked example 4: the maternity ward. */
export const Barselsafsnit: Story = { ...example('barselsafsnit'), name: '4 Barselsafsnit' };
/** Worked example 5: the job centre's cross-disciplinary meetings. */
export const Jobcenter: Story = { ...example('jobcenter'), name: '5 Jobcenter' };
/** Worked example 6: the nursing home's documentation. */
export const PlejecenterDokumentation: Story = { ...example('plejecenter-dokumentation'), name: '6 Plejecenter: dokumentation' };

/** Worked example 1 with English texts (the plan's own content stays Danish, as written, marked with `content-lang="da"`). */
export const DoegninstitutionEnglish: Story = { ...example('doegninstitution', 'en'), name: '1 Døgninstitution på engelsk', tags: ['!autodocs'] };
/** Worked example 2 in English. */
export const BoernehusEnglish: Story = { ...example('boernehus', 'en'), name: '2 Børnehus på engelsk', tags: ['!autodocs'] };
/** Worked example 3 in English. */
export const PlejecenterMaaltidEnglish: Story = { ...example('plejecenter-maaltid', 'en'), name: '3 Plejecenter: måltidet på engelsk', tags: ['!autodocs'] };
/** Worked example 4 in English. */
export const BarselsafsnitEnglish: Story = { ...example('barselsafsnit', 'en'), name: '4 Barselsafsnit på engelsk', tags: ['!autodocs'] };
/** Worked example 5 in English. */
export const JobcenterEnglish: Story = { ...example('jobcenter', 'en'), name: '5 Jobcenter på engelsk', tags: ['!autodocs'] };
/** Worked example 6 in English. */
export const PlejecenterDokumentationEnglish: Story = { ...example('plejecenter-dokumentation', 'en'), name: '6 Plejecenter: dokumentation på engelsk', tags: ['!autodocs'] };

/**
 * A plan begun from worked example 3: the situations, the reason, the staircase and the
 * perspective written, the task itself not yet, and the third group has no target. Field 1 shows an
 * error and a warning, field 2 a tip, both with a count on their tabs; fields 3–5 are not started:
 * no count, and a line "ikke påbegyndt" each in the list, which thus shows every kind of advice.
 */
export const BegunWithAdvice: Story = {
  name: 'Påbegyndt med råd',
  args: { plan: JSON.stringify(begunPlan()), koerekort: true },
  parameters: { planLang: 'da' },
};

/** Drafts saved in this browser while you type: reload the story and the plan comes back, with a notice. */
export const WithDrafts: Story = { name: 'Med kladder', args: { 'storage-key': 'storybook-kompetence-model' } };

/** The licences C, B and A (*kørekort*) on the staircase of a plan that has none yet: the maternity ward's two groups each get a licence to choose. */
export const WithLicences: Story = { name: 'Med kørekort', args: { example: 'barselsafsnit', koerekort: true } };

/**
 * Read-only: the plan can be read, downloaded and printed, not changed. Each field is published as
 * its element alone with `readonly`: text as text, only the options chosen, ticked boxes read-only.
 */
export const Readonly: Story = { name: 'Skrivebeskyttet', args: { example: 'jobcenter', readonly: true } };

/**
 * Read-only, a plan with dates (our home-care plan): choose **4 Træningsbane** and **5 Hverdag**
 * to see the periods, the loan and the follow-up's date in words, as published.
 */
export const ReadonlyWithDates: Story = {
  name: 'Skrivebeskyttet med datoer',
  args: { plan: JSON.stringify(homeCarePlan('da')), readonly: true },
  parameters: { planLang: 'da' },
};

/**
 * Disabled by a `<fieldset disabled>` around it (a disabled form), worked example 3: unlike
 * read-only, each field keeps its controls, disabled, so the plan looks as in editing.
 */
export const DisabledByFieldset: Story = {
  name: 'Deaktiveret af fieldset',
  args: { example: 'plejecenter-maaltid', koerekort: true },
  render: (args, context) => inDisabledFieldset(renderModel(args, context), storyLang(args, context.globals)),
};

/**
 * A plan with a mobility arrangement (a loan of two care helpers to another district), which none
 * of the worked examples has. The model opens on field 1, as always: choose **4 Træningsbane** in
 * the figure to see the arrangement under the training ground, in the part `mobility` (the list of
 * arrangements and the chosen one in `<mobilitet-aftale>`). Remove the arrangement there to see the
 * part `removed`: the notice with an Undo in its place.
 */
export const WithMobility: Story = {
  name: 'Med mobilitetsaftale',
  args: { plan: JSON.stringify(homeCarePlan('da')) },
  parameters: { planLang: 'da' },
};

/** A plan attribute that cannot be used: the error lists each problem; the empty plan stays. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  args: { plan: '{"schemaVersion": 1, "titl": "Stavefejl", "ansvar": "alle"}' },
};
