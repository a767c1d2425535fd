import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define/kompetence-plan-visning.js';
import { examples } from '../src/model/examples/index.js';
import type { ExampleId } from '../src/model/ids.js';
import type { Plan } from '../src/model/plan.js';
import { homeCarePlan } from './home-care-plan.js';
import { langArgType, storyLang } from './form-states.js';

interface Args {
  plan: unknown;
  lang: string;
  'content-lang': string;
  advice: boolean;
}

/** A plan in English (our own words), with dates, head counts and a mobility arrangement. */
const english = homeCarePlan('en');

/**
 * The plan's own language, when the texts are in another: the `content-lang` arg if set; else the
 * story's `parameters.planLang` (`da` for the worked examples) when the element speaks another
 * language, by its `lang` arg or the toolbar, as the Eksempler stories do.
 */
const contentLang = (args: Args, { globals, parameters }: Pick<StoryContext<Args>, 'globals' | 'parameters'>): string | undefined => {
  if (args['content-lang']) return args['content-lang'];
  const planLang = parameters['planLang'] as string | undefined;
  return planLang && planLang !== storyLang(args, globals) ? planLang : undefined;
};

const renderElement = (args: Args, context: Pick<StoryContext<Args>, 'globals' | 'parameters'>) => html`<kompetence-plan-visning
  plan=${typeof args.plan === 'string' ? args.plan : JSON.stringify(args.plan)}
  lang=${args.lang || nothing}
  content-lang=${contentLang(args, context) ?? nothing}
  ?advice=${args.advice}
></kompetence-plan-visning>`;

const meta: Meta<Args> = {
  title: 'Elementer/Hele planen/kompetence-plan-visning',
  component: 'kompetence-plan-visning',
  tags: ['autodocs'],
  args: { plan: { schemaVersion: 1 }, lang: '', 'content-lang': '', advice: false },
  argTypes: {
    plan: { control: 'object' },
    lang: langArgType,
    'content-lang': { control: 'select', options: ['', 'da', 'en'] },
  },
  render: renderElement,
};
export default meta;

type Story = StoryObj<Args>;

// Each story names itself: Storybook reads the sidebar's names from the file, as string literals.
// The examples' own text is Danish: with the toolbar on English, `content-lang="da"` marks it so.
const danish = { planLang: 'da' };
const example = (id: ExampleId): Story => ({ args: { plan: examples[id] as Plan }, parameters: danish });

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

/** An empty plan: each field says "Ikke udfyldt" once and what its condition lacks; no condition is met. */
export const Empty: Story = { name: 'Tom' };

/** In English, with dates, head counts, a collective transition and a mobility arrangement. */
export const English: Story = { name: 'Engelsk', args: { plan: english, lang: 'en' } };

/** A Danish plan on an English page: `content-lang="da"` marks the plan's own text as Danish for screen readers. */
export const DanishPlanInEnglish: Story = { name: 'Dansk plan på en engelsk side', args: { plan: examples['plejecenter-maaltid'] as Plan, lang: 'en', 'content-lang': 'da' } };

/** The children's house with the model's advice listed under each field. */
export const WithAdvice: Story = { name: 'Med råd', args: { plan: examples.boernehus as Plan, advice: true }, parameters: danish };

const printHelp = {
  da: (code: (text: string) => TemplateResult) => html`
    <h2>Sådan ser du udskriften</h2>
    <p>Planens udseende på papir ligger i elementets egne ${code('@media print')}-regler: sort på hvidt, én
      kolonne, ingen knapper, og et felt deles ikke over to sider, hvor det kan være på én. Storybook kan
      ikke vise dem på lærredet, så brug browserens udskriftsvisning: åbn historien alene (knappen «Open
      canvas in new tab» i værktøjslinjen) og vælg Udskriv (Ctrl+P, på Mac Cmd+P). Eller, i Chromes
      udviklerværktøjer: Rendering → Emulate CSS media type → print.</p>
    <p>Siden her sætter ${code('@page { size: A4; margin: 15mm; }')}, som en side, der udskriver planen,
      selv skal gøre. Denne vejledning kommer ikke med på udskriften.</p>`,
  en: (code: (text: string) => TemplateResult) => html`
    <h2>How to see the printout</h2>
    <p>The plan's look on paper is in the element's own ${code('@media print')} rules: black on white, one
      column, no buttons, and a field is not split across two pages where it fits on one. Storybook cannot
      show them on the canvas, so use the browser's print preview: open the story on its own (the "Open
      canvas in new tab" button in the toolbar) and choose Print (Ctrl+P, on a Mac Cmd+P). Or, in Chrome's
      developer tools: Rendering → Emulate CSS media type → print.</p>
    <p>This page sets ${code('@page { size: A4; margin: 15mm; }')}, as a page that prints the plan must do
      itself. These instructions are left out of the printout.</p>`,
};

/**
 * Print: the nursing home's plan with how to see it as printed. The print look is the element's own
 * `@media print` rules, which only the browser's print preview applies; the story says how to
 * open it, and sets the A4 page a printing page sets itself.
 */
export const Print: Story = {
  name: 'Udskrift',
  args: { plan: examples['plejecenter-maaltid'] as Plan },
  parameters: danish,
  render: (args, context) => html`
    <style>
      @page { size: A4; margin: 15mm; }
      @media print { .print-help { display: none; } }
    </style>
    <section class="print-help">${printHelp[storyLang(args, context.globals)]((text) => html`<code>${text}</code>`)}</section>
    ${renderElement(args, context)}
  `,
};

/** A plan attribute that cannot be used: the error names each problem and where it is; the empty plan stays. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  // A text field, so the bad JSON shows as typed (the object control showed it as an escaped string).
  argTypes: { plan: { control: 'text' } },
  args: { plan: '{"schemaVersion": 1, "titl": "Stavefejl", "opgave": {"anledninger": ["fordi"]}, "hverdag": {"overgang": {"dato": "1. maj"}}}' },
};
