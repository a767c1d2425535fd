import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../src/define/kompetence-model.js';
import type { ExampleId } from '../src/model/ids.js';
import { langArgType, storyLang } from './form-states.js';

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

/**
 * A plan of our own in Danish with a mobility arrangement: two care helpers on loan to the south
 * district, which already uses tablets, before the training ground begins. (The worked examples
 * have none.)
 */
const withMobility = {
  schemaVersion: 1,
  id: 'storybook-mobilitet',
  createdAt: '2026-09-01T08:00:00.000Z',
  updatedAt: '2026-10-12T14:30:00.000Z',
  titel: 'Dokumentation på tablet under hjemmebesøget',
  arbejdsplads: 'Hjemmeplejen, distrikt Nord',
  opgave: {
    beskrivelse: 'Vi dokumenterer hvert hjemmebesøg på tabletten, mens vi stadig er hos borgeren.',
    situationNu: 'Notaterne skrives på kontoret sidst på dagen.\nDetaljer går tabt.',
    situationFremover: 'Notaterne er skrevet og rigtige, før vi går fra borgeren.',
    anledninger: ['aendret-karakter'],
    krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
  },
  perspektiv: {
    kerneopgave: 'Den næste kollega ved, hvad der skete ved sidste besøg.',
    arbejdsplads: 'Mindre overarbejde sidst på dagen.',
    fortolkninger: 'Nogle frygter, at tabletten tager opmærksomheden fra borgeren.',
  },
  laeringsmaal: {
    metoder: { beskrivelse: 'Bruge omsorgsappen hurtigt og korrekt.', typer: ['teknologi'] },
    viden: { beskrivelse: '', typer: [] },
    rolle: { beskrivelse: 'At skrive notater er en del af omsorgen, ikke en opgave bagefter.', typer: ['vaerdier'] },
  },
  ansvar: [
    { id: 'g1', maalgruppe: 'Social- og sundhedshjælpere', antal: 24, nuvaerende: 'begyndere', fremtidigt: 'selvstaendigt' },
    { id: 'g2', maalgruppe: 'To superbrugere', antal: 2, nuvaerende: 'lidt-erfarne', fremtidigt: 'ressourceperson' },
  ],
  traeningsbane: {
    vidensopbygning: 'En times gennemgang af appen.',
    afproevning: 'To ugers besøg sammen med en superbruger.',
    feedback: 'Superbrugerne læser et udpluk af notaterne hver fredag.',
    feedbackformer: ['instruerende'],
    laeringsformer: ['sidemandsoplaering', 'digitaliseret-laering', 'udlaan'],
    periode: { start: '2026-11-02', slut: '2026-12-18' },
    spilleregler: 'Det er i orden at spørge midt i et besøg.',
    daekning: 'Vikarer dækker én rute om dagen under gennemgangen.',
  },
  mobilitet: [
    {
      id: 'm1', form: 'udlaan', afgivende: 'Hjemmeplejen, distrikt Nord', modtagende: 'Hjemmeplejen, distrikt Syd',
      periode: { start: '2026-10-05', slut: '2026-10-16' }, omfang: 'deltid', ugedage: ['mandag', 'onsdag'],
      formaal: 'Se, hvordan distrikt Syd, der allerede bruger tablets, planlægger ruterne.',
      laeringsmaal: 'At kunne vise kollegerne, hvordan notatet skrives færdigt hos borgeren.',
      vilkaar: { ansvarsomraader: 'Går med på besøg; har ingen ruter selv.', ferie: 'Ingen ferie i perioden.', sygdom: 'Meldes til lederen i distrikt Nord.' },
      kontakt: 'Kort snak med lederen efter hver uge.', daekning: 'En vikar tager ruten mandag og onsdag.',
      tilbagevenden: 'Et kort oplæg på personalemødet.',
    },
  ],
  hverdag: {
    overgang: { type: 'faelles', beskrivelse: 'Fra denne dato skriver alle notaterne på tabletten.', dato: '2027-01-04', ikkeKlar: 'En superbruger går med på deres besøg.' },
    forankring: [
      { id: 'f1', type: 'opfoelgning-paa-maal', beskrivelse: 'Et udpluk af notaterne gennemgås efter en måned.', ansvarlig: 'Teamleder', dato: '2027-02-01', udfoert: false },
      { id: 'f2', type: 'loebende-stoette', beskrivelse: 'Superbrugerne kan ringes op.', ansvarlig: 'Superbrugerne', udfoert: true },
    ],
  },
};

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
  // Removing `example` leaves the element's plan as it is (by then it may hold the user's edits): a
  // new element for each example, so choosing none in Controls shows the empty plan.
  render: (a, { globals, parameters }) => html`${keyed(a.example, html`<kompetence-model
    example=${a.example || nothing}
    plan=${a.plan || nothing}
    lang=${a.lang || nothing}
    content-lang=${contentLang(a, globals, parameters) ?? nothing}
    storage-key=${a['storage-key'] || nothing}
    ?koerekort=${a.koerekort}
    ?readonly=${a.readonly}
    ?required=${a.required}
  ></kompetence-model>`)}`,
};
export default meta;

type Story = StoryObj<Args>;

// The examples' own text is Danish: in English, `content-lang` marks it so (the stories "på engelsk"
// set it; with the toolbar on English, the render sets it: see `contentLang`).
// Each story names itself and gives its own tags: Storybook reads the sidebar's names and the tags
// from the file, as literals. The stories "på engelsk" stay in the sidebar but leave the docs page
// (`!autodocs`): the toolbar's language button shows every story in English, and 19 whole models
// made the page very long.
const example = (id: ExampleId, lang: Args['lang'] = ''): Story => ({
  args: { example: id, lang, 'content-lang': lang === 'en' ? 'da' : '' },
});

/** A new, empty plan: no condition met yet; the advice says where to begin. */
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

/** Drafts saved in this browser while you type: reload the story and the plan comes back, with a notice. */
export const WithDrafts: Story = { name: 'Med kladder', args: { 'storage-key': 'storybook-kompetence-model' } };

/** The licences C, B and A (*kørekort*) on the staircase of a plan that has none yet: the maternity ward's two groups each get a licence to choose. */
export const WithLicences: Story = { name: 'Med kørekort', args: { example: 'barselsafsnit', koerekort: true } };

/** Read-only: the plan can be read, downloaded and printed, not changed. */
export const Readonly: Story = { name: 'Skrivebeskyttet', args: { example: 'jobcenter', readonly: true } };

/**
 * A plan with a mobility arrangement (a loan of two care helpers to another district), which none
 * of the worked examples has. The model opens on field 1, as always: choose **4 Træningsbane** in
 * the figure to see the arrangement under the training ground, in the part `mobility` (the list of
 * arrangements and the chosen one in `<mobilitet-aftale>`). Remove the arrangement there to see the
 * part `removed`: the notice with an Undo in its place.
 */
export const WithMobility: Story = {
  name: 'Med mobilitetsaftale',
  args: { plan: JSON.stringify(withMobility) },
  parameters: { planLang: 'da' },
};

/** A plan attribute that cannot be used: the error lists each problem; the empty plan stays. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  args: { plan: '{"schemaVersion": 1, "titl": "Stavefejl", "ansvar": "alle"}' },
};
