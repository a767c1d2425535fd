import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../src/define/kompetence-model.js';
import type { ExampleId } from '../src/model/ids.js';
import { langArgType } from './form-states.js';

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

const meta: Meta<Args> = {
  title: 'Elementer/kompetence-model',
  component: 'kompetence-model',
  tags: ['autodocs'],
  args: { example: '', plan: '', lang: '', 'content-lang': '', 'storage-key': '', koerekort: false, readonly: false, required: false },
  argTypes: {
    example: {
      control: { type: 'select', labels: { '': '(intet eksempel)' } },
      options: ['', 'doegninstitution', 'boernehus', 'plejecenter-maaltid', 'barselsafsnit', 'jobcenter', 'plejecenter-dokumentation'],
    },
    plan: { control: 'text' },
    lang: langArgType,
    'content-lang': { control: 'select', options: ['', 'da', 'en'] },
    'storage-key': { control: 'text' },
  },
  // Removing `example` leaves the element's plan as it is (by then it may hold the user's edits): a
  // new element for each example, so choosing none in Controls shows the empty plan.
  render: (a) => html`${keyed(a.example, html`<kompetence-model
    example=${a.example || nothing}
    plan=${a.plan || nothing}
    lang=${a.lang || nothing}
    content-lang=${a['content-lang'] || nothing}
    storage-key=${a['storage-key'] || nothing}
    ?koerekort=${a.koerekort}
    ?readonly=${a.readonly}
    ?required=${a.required}
  ></kompetence-model>`)}`,
};
export default meta;

type Story = StoryObj<Args>;

// The examples' own text is Danish: in English, `content-lang` marks it so in the printed plan.
const example = (id: ExampleId, lang: Args['lang'] = ''): Story => ({ args: { example: id, lang, 'content-lang': lang === 'en' ? 'da' : '' } });

/** A new, empty plan: no condition met yet; the advice says where to begin. */
export const Empty: Story = {};
/** The empty plan in English. */
export const EmptyEnglish: Story = { args: { lang: 'en' } };

/** Worked example 1: the residential institution. */
export const Doegninstitution: Story = example('doegninstitution');
/** Worked example 2: the children's house. */
export const Boernehus: Story = example('boernehus');
/** Worked example 3: the nursing home's meals, with the licences C, B and A on the staircase. */
export const PlejecenterMaaltid: Story = example('plejecenter-maaltid');
/** Worked example 4: the maternity ward. */
export const Barselsafsnit: Story = example('barselsafsnit');
/** Worked example 5: the job centre's cross-disciplinary meetings. */
export const Jobcenter: Story = example('jobcenter');
/** Worked example 6: the nursing home's documentation. */
export const PlejecenterDokumentation: Story = example('plejecenter-dokumentation');

/** Worked example 1 with English texts (the plan's own content stays Danish, as written, marked with `content-lang="da"`). */
export const DoegninstitutionEnglish: Story = example('doegninstitution', 'en');
/** Worked example 2 in English. */
export const BoernehusEnglish: Story = example('boernehus', 'en');
/** Worked example 3 in English. */
export const PlejecenterMaaltidEnglish: Story = example('plejecenter-maaltid', 'en');
/** Worked example 4 in English. */
export const BarselsafsnitEnglish: Story = example('barselsafsnit', 'en');
/** Worked example 5 in English. */
export const JobcenterEnglish: Story = example('jobcenter', 'en');
/** Worked example 6 in English. */
export const PlejecenterDokumentationEnglish: Story = example('plejecenter-dokumentation', 'en');

/** Drafts saved in this browser while you type: reload the story and the plan comes back, with a notice. */
export const WithDrafts: Story = { args: { 'storage-key': 'storybook-kompetence-model' } };

/** The licences C, B and A (*kørekort*) on the staircase of a plan that has none yet: the maternity ward's two groups each get a licence to choose. */
export const WithLicences: Story = { args: { example: 'barselsafsnit', koerekort: true } };

/** Read-only: the plan can be read, downloaded and printed, not changed. */
export const Readonly: Story = { args: { example: 'jobcenter', readonly: true } };

/** A plan attribute that cannot be used: the error lists each problem; the empty plan stays. */
export const BadInput: Story = {
  args: { plan: '{"schemaVersion": 1, "titl": "Stavefejl", "ansvar": "alle"}' },
};
