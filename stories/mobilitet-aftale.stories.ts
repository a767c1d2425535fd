import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/mobilitet-aftale.js';
import type { MobilitetItem } from '../src/model/plan.js';
import { langArgType } from './form-states.js';

interface Args {
  value: Partial<MobilitetItem> | string;
  lang: string;
  readonly: boolean;
  required: boolean;
}

/** The loan case in our own words: a regional employee works two days a week for three months in a municipality. */
const loan: MobilitetItem = {
  id: 'udlaan-miljoe',
  form: 'udlaan',
  afgivende: 'Regionens enhed for jordforurening',
  modtagende: 'Kommunens miljøafdeling',
  periode: { start: '2026-02-02', slut: '2026-04-30' },
  omfang: 'deltid',
  ugedage: ['tirsdag', 'onsdag'],
  formaal: 'Kommunen har mange nye sager om forurenet jord og mangler erfaring med dem. Regionen vil forstå, hvordan kommunen arbejder.',
  laeringsmaal: 'At kende kommunens sagsgang og at kunne rådgive kommunens sagsbehandlere om risikovurdering.',
  vilkaar: {
    ansvarsomraader: 'Rådgiver i kommunens jordsager; træffer ingen afgørelser på kommunens vegne.',
    ferie: 'Planlægges med nærmeste leder i regionen; kommunen får besked i god tid.',
    sygdom: 'Meldes til lederen i regionen, som giver kommunen besked.',
  },
  kontakt: 'Kort samtale med lederen hver anden fredag om læring og trivsel; kommunens kontaktperson er afdelingslederen.',
  daekning: 'En kollega tager de hastende sager om tirsdagen og onsdagen.',
  tilbagevenden: 'Forundringssamtale i teamet efter hjemkomsten, og et oplæg om kommunens sagsgang på et personalemøde.',
};

const exchange: Partial<MobilitetItem> = {
  id: 'hope',
  form: 'europaeisk-udveksling',
  afgivende: 'Kirurgisk afdeling, regionshospitalet',
  modtagende: 'Et værtshospital i Tyskland (fundet af den nationale koordinator)',
  periode: { start: '2026-05-04', slut: '2026-05-29' },
  omfang: 'fuldtid',
  formaal: 'Se, hvordan et andet land organiserer patientforløb efter operationer.',
};

const missingTerms: Partial<MobilitetItem> = {
  id: 'udstationering',
  form: 'udstationering',
  afgivende: 'Medicinsk afdeling',
  modtagende: 'Central HR',
  periode: { start: '2026-03-01' },
  omfang: 'fuldtid',
  formaal: 'Lære, hvordan HR planlægger rekruttering for hele regionen.',
  vilkaar: { ansvarsomraader: 'Deltager i rekrutteringsprojektet.', ferie: '', sygdom: '' },
};

/**
 * The loan being set up: its dates typed the wrong way round, holidays and sickness not yet
 * agreed, no learning goals of the employee's own.
 */
const loanBegun: Partial<MobilitetItem> = {
  ...loan,
  id: 'udlaan-miljoe-kladde',
  periode: { start: '2026-04-30', slut: '2026-02-02' },
  laeringsmaal: '',
  vilkaar: { ...loan.vilkaar, ferie: '', sygdom: '' },
};

const english: MobilitetItem = {
  ...loan,
  id: 'loan-en',
  afgivende: 'The region’s soil contamination unit',
  modtagende: 'The municipal environment department',
  formaal: 'The municipality has many new cases of contaminated soil and little experience with them.',
  laeringsmaal: 'Know how the municipality handles a case and advise its caseworkers on risk assessment.',
  vilkaar: {
    ansvarsomraader: 'Advises on the soil cases; makes no decisions for the municipality.',
    ferie: 'Planned with the manager at home; the municipality is told in good time.',
    sygdom: 'Reported to the manager at home, who tells the municipality.',
  },
  kontakt: 'A short talk with the manager every other Friday about learning and well-being.',
  daekning: 'A colleague takes the urgent cases on Tuesdays and Wednesdays.',
  tilbagevenden: 'A conversation of wonder in the team after returning.',
};

const meta: Meta<Args> = {
  title: 'Elementer/4 Træningsbane/mobilitet-aftale',
  component: 'mobilitet-aftale',
  args: { value: {}, lang: '', readonly: false, required: false },
  argTypes: {
    value: { control: 'object' },
    lang: langArgType,
  },
  render: ({ value, lang, readonly, required }) =>
    typeof value === 'string'
      ? html`<mobilitet-aftale value=${value} lang=${lang || nothing} ?readonly=${readonly} ?required=${required}></mobilitet-aftale>`
      : html`<mobilitet-aftale
          value=${JSON.stringify(value)}
          lang=${lang || nothing}
          ?readonly=${readonly}
          ?required=${required}
        ></mobilitet-aftale>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * A new arrangement: nothing chosen yet, and no advice. The advice comes once the user leaves a box
 * or control in the element, or it holds something.
 */
export const Empty: Story = { name: 'Tom' };

/** A loan to a municipal environment department: three months, two days a week, everything agreed. */
export const FilledLoan: Story = { name: 'Udfyldt udlån', args: { value: loan } };

/** The European exchange: four weeks full time; the guidance names the three years' experience and the host language. */
export const EuropeanExchange: Story = { name: 'Europæisk udveksling', args: { value: exchange } };

/** A secondment without terms for holidays and sickness, and no plan for afterwards: the advice says what to add. */
export const MissingTermsWithAdvice: Story = { name: 'Manglende vilkår med råd', args: { value: missingTerms, required: true } };

/**
 * The loan being set up, its dates typed the wrong way round: an error on the period, a warning on
 * the terms not agreed, and a tip to write the employee's own learning goals.
 */
export const LoanBegunWithAdvice: Story = { name: 'Påbegyndt udlån med råd', args: { value: loanBegun } };

/** The filled loan in English. */
export const English: Story = { name: 'Engelsk', args: { value: english, lang: 'en' } };

/** Read-only: the loan shown, nothing to change. */
export const Readonly: Story = { name: 'Skrivebeskyttet', args: { value: loan, readonly: true } };

/** A JSON attribute that cannot be used: the error is shown and announced, and the element stays empty. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  // A text field, so the bad JSON shows as typed (the object control showed it as an escaped string).
  argTypes: { value: { control: 'text' } },
  args: { value: '{"form": "kursus", "omfang": "halvtid", "ugedage": ["fredagsbar"], "periode": {"start": "1. maj"}}' },
};
