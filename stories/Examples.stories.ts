import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define/kompetence-plan-visning.js';
import '../src/define/kompetence-model.js';
import { examples } from '../src/model/examples/index.js';
import type { ExampleId, Lang } from '../src/model/ids.js';

type View = 'begge' | 'plan' | 'model';

interface Args {
  example: ExampleId;
  view: View;
}

interface Note {
  /** The example's name: its workplace. */
  readonly name: string;
  /** The workplace and what the example is about, in a line. */
  readonly about: string;
  /** What to look for in it, including what the source leaves out. */
  readonly look: string;
}

/** Our notes on each worked example: where it comes from and what it shows. */
const notes: Record<ExampleId, Record<Lang, Note>> = {
  doegninstitution: {
    da: {
      name: 'Døgninstitutionen',
      about: 'En døgninstitution vil styrke sit arbejde med dokumentation.',
      look: 'Kilden nævner ingen målgruppe, så ansvarstrappen er tom, og der er hverken datoer eller en aftalt overgang til hverdagen. Visningen siger «Ikke udfyldt» de steder, og modellen giver råd om dem.',
    },
    en: {
      name: 'The residential institution',
      about: 'A residential institution wants to strengthen its work with documentation.',
      look: 'The source names no target group, so the staircase is empty, and there are no dates and no agreed transition to everyday work. The view says so where it happens, and the model gives advice on it.',
    },
  },
  boernehus: {
    da: {
      name: 'Børnehuset',
      about: 'Et børnehus vil håndtere børnenes konflikter efter en fælles, anerkendende tilgang.',
      look: 'Læringsmålene ligger på rolle og metoder, men ikke på viden, selv om træningsbanen bygger viden op. Der er ingen opfølgning på målene og ingen ansvarstrappe.',
    },
    en: {
      name: "The children's house",
      about: "A children's house wants to handle the children's conflicts by one shared, recognising approach.",
      look: 'The learning goals are on role and methods, not on knowledge, although the training ground builds knowledge. There is no follow-up on the goals and no staircase.',
    },
  },
  'plejecenter-maaltid': {
    da: {
      name: 'Plejecenter 1: måltidet',
      about: 'Et plejecenter laver maden ude hos beboerne, og personalet bliver værter ved måltidet.',
      look: 'Ansvarstrappen bruger plejecentrets kørekort C, B og A. Et kørekort opnås ved en praktisk gennemgang, så overgangen til hverdagen er individuel.',
    },
    en: {
      name: 'Nursing home 1: the meal',
      about: 'A nursing home cooks in the residents’ own units, and the staff become hosts at the meal.',
      look: "The staircase uses the nursing home's licences C, B and A. A licence is earned by a practical review, so the transition to everyday work is individual.",
    },
  },
  barselsafsnit: {
    da: {
      name: 'Barselsafsnittet',
      about: 'Et barselsafsnit vil give ensartet rådgivning om amning og ernæring.',
      look: 'To nøglepersoner trænes først og bliver ressourcepersoner for kollegerne: det eneste antal, kilden nævner. Der er intet metodemål og ingen aftalt overgang.',
    },
    en: {
      name: 'The maternity ward',
      about: 'A maternity ward wants to give consistent advice on breastfeeding and nutrition.',
      look: 'Two key persons are trained first to become resource persons for their colleagues: the only head count in the source. There is no methods goal and no agreed transition.',
    },
  },
  jobcenter: {
    da: {
      name: 'Jobcenteret',
      about: 'Et jobcenter holder tværfaglige møder om unge, der er langt fra arbejdsmarkedet.',
      look: 'Overgangen aftales konkret mellem medarbejder og leder. Af de nævnte læringsformer er kun workshops i kataloget; halvdagskurserne og «buddy»-ordningen står som tekst.',
    },
    en: {
      name: 'The job centre',
      about: 'A job centre holds cross-disciplinary meetings on young people far from the labour market.',
      look: 'The transition is agreed between each employee and the manager. Of the learning forms named, only the workshops are in the catalog; the half-day courses and the "buddy" are written as text.',
    },
  },
  'plejecenter-dokumentation': {
    da: {
      name: 'Plejecenter 2: dokumentation',
      about: 'Et plejecenter flytter dokumentationen ud til beboerne, så eftermiddagen bliver fri.',
      look: 'Alle skal kunne løse opgaven selvstændigt. Lederens erfaring, at tale om blot at «implementere» systemet skabte frygt, står som en konkurrerende fortolkning og i spillereglerne.',
    },
    en: {
      name: 'Nursing home 2: documentation',
      about: 'A nursing home moves documentation to the residents’ rooms, freeing the afternoon.',
      look: 'Everyone must be able to handle the task independently. The manager’s lesson, that talk of merely "implementing" the system bred fear, is kept as a competing interpretation and in the ground rules.',
    },
  },
};

const labels = {
  da: {
    example: (n: number, name: string) => `Eksempel ${n} af 6: ${name}`,
    plan: 'Den færdige plan',
    planHint: (tag: TemplateResult) => html`Sådan ser planen ud på et intranet med ${tag}, kun til læsning.`,
    model: 'Arbejd videre med planen',
    modelHint: (tag: TemplateResult) =>
      html`Det samme eksempel i ${tag}, hvor man kan rette i alle fem felter og se modellens råd.`,
  },
  en: {
    example: (n: number, name: string) => `Example ${n} of 6: ${name}`,
    plan: 'The finished plan',
    planHint: (tag: TemplateResult) => html`How the plan looks on an intranet with ${tag}, read only.`,
    model: 'Work on with the plan',
    modelHint: (tag: TemplateResult) =>
      html`The same example in ${tag}, where all five fields can be edited and the model’s advice is shown.`,
  },
};

const order: readonly ExampleId[] = [
  'doegninstitution', 'boernehus', 'plejecenter-maaltid', 'barselsafsnit', 'jobcenter', 'plejecenter-dokumentation',
];

function render({ example, view }: Args, lang: Lang): TemplateResult {
  const l = labels[lang];
  const note = notes[example][lang];
  const n = order.indexOf(example) + 1;
  const heading = `example-${example}`;
  // The examples' own text is Danish: marked so on an English page, so screen readers read it so.
  const contentLang = lang === 'en' ? 'da' : nothing;
  return html`
    <article class="worked-example" aria-labelledby=${heading}>
      <h2 id=${heading}>${l.example(n, note.name)}</h2>
      <p>${note.about}</p>
      <p>${note.look}</p>
      ${view !== 'model'
        ? html`<section aria-labelledby="${heading}-plan">
            <h3 id="${heading}-plan">${l.plan}</h3>
            <p>${l.planHint(html`<code>&lt;kompetence-plan-visning plan="…"&gt;</code>`)}</p>
            <kompetence-plan-visning plan=${JSON.stringify(examples[example])} content-lang=${contentLang}></kompetence-plan-visning>
          </section>`
        : nothing}
      ${view !== 'plan'
        ? html`<section aria-labelledby="${heading}-model">
            <h3 id="${heading}-model">${l.model}</h3>
            <p>${l.modelHint(html`<code>&lt;kompetence-model example="${example}"&gt;</code>`)}</p>
            <kompetence-model example=${example} content-lang=${contentLang}></kompetence-model>
          </section>`
        : nothing}
    </article>
  `;
}

/**
 * The publication's six worked examples, each as a finished plan (`<kompetence-plan-visning>`)
 * and in the editor (`<kompetence-model>`). The plans' content is in Danish, as written; the
 * elements' own texts follow the language toggle.
 */
const meta: Meta<Args> = {
  title: 'Eksempler',
  // One page per example is enough; a docs page with all six models would be very long.
  tags: ['!autodocs'],
  args: { example: 'doegninstitution', view: 'begge' },
  // Controls cannot follow the language toolbar (Storybook fixes them when the story loads), so
  // they speak both languages, as the elements' `lang` control does.
  argTypes: {
    example: {
      control: {
        type: 'select',
        labels: Object.fromEntries(order.map((id) => [id, `${notes[id].da.name} / ${notes[id].en.name}`])),
      },
      options: order,
      description: 'Eksemplet / The example',
    },
    view: {
      control: {
        type: 'inline-radio',
        labels: {
          begge: 'Begge / Both',
          // As the sections' headings say.
          plan: 'Den færdige plan / The finished plan',
          model: 'Arbejd videre / Work on it',
        } satisfies Record<View, string>,
      },
      options: ['begge', 'plan', 'model'] satisfies View[],
      description: 'Vis begge, kun `<kompetence-plan-visning>` eller kun `<kompetence-model>`. / Show both, or only one of them.',
    },
  },
  render: (args, context) => render(args, context.globals['lang'] === 'en' ? 'en' : 'da'),
};
export default meta;

type Story = StoryObj<Args>;

/** 1. Døgninstitutionen: styrket arbejde med dokumentation. */
export const Doegninstitution: Story = { name: '1 Døgninstitution', args: { example: 'doegninstitution' } };
/** 2. Børnehuset: konflikthåndtering på nye måder. */
export const Boernehus: Story = { name: '2 Børnehus', args: { example: 'boernehus' } };
/** 3. Plejecenter 1: måltidet er mere end mad, med kørekort C, B og A. */
export const PlejecenterMaaltid: Story = { name: '3 Plejecenter: måltidet', args: { example: 'plejecenter-maaltid' } };
/** 4. Barselsafsnittet: ensartet rådgivning om amning og ernæring. */
export const Barselsafsnit: Story = { name: '4 Barselsafsnit', args: { example: 'barselsafsnit' } };
/** 5. Jobcenteret: tværfaglige møder om unge langt fra arbejdsmarkedet. */
export const Jobcenter: Story = { name: '5 Jobcenter', args: { example: 'jobcenter' } };
/** 6. Plejecenter 2: dokumentation ude hos beboerne. */
export const PlejecenterDokumentation: Story = {
  name: '6 Plejecenter: dokumentation',
  args: { example: 'plejecenter-dokumentation' },
};
