import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/opgave-felt.js';
import { examples } from '../src/model/examples/index.js';
import type { Opgave } from '../src/model/plan.js';
import { inDisabledFieldset, langArgType, requiredInForm, storyLang } from './form-states.js';

interface Args {
  value: Partial<Opgave> | string;
  lang: string;
  readonly: boolean;
  required: boolean;
}

/** The nursing home's task: cooking out with the residents (worked example 3). */
const maaltid = examples['plejecenter-maaltid'].opgave;

/**
 * A broad aim, not a task, and no reason chosen: the advice asks for one situation, names the
 * requirements not confirmed (warnings) and asks for the reason (a tip).
 */
const tooAbstract: Partial<Opgave> = {
  beskrivelse: 'Blive bedre til at kommunikere',
  anledninger: [],
  krav: { konkretSituation: false, kanHaandteresAnderledes: true, ansvarTydeligt: false },
};

/** The meal's situations and reason written, the task itself not yet (nor its requirements ticked). */
const noTaskYet: Partial<Opgave> = {
  situationNu: maaltid.situationNu,
  situationFremover: maaltid.situationFremover,
  anledninger: maaltid.anledninger,
};

const english: Opgave = {
  beskrivelse: 'We cook the meals in the residents’ own units – professionally sound and homely.',
  situationNu: 'Cooking and clearing up quickly and efficiently has been a virtue.',
  situationFremover: 'Staff are hosts and take part in the meal, which follows the residents’ rhythm.',
  anledninger: ['aendret-karakter'],
  krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
};

const renderElement = ({ value, lang, readonly, required }: Args) => html`<opgave-felt
  value=${typeof value === 'string' ? value : JSON.stringify(value)}
  lang=${lang || nothing}
  ?readonly=${readonly}
  ?required=${required}
></opgave-felt>`;

const meta: Meta<Args> = {
  title: 'Elementer/1 Opgave/opgave-felt',
  component: 'opgave-felt',
  args: { value: {}, lang: '', readonly: false, required: false },
  argTypes: {
    value: { control: 'object' },
    lang: langArgType,
  },
  render: renderElement,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * A new task, nothing written yet: the question and the hints, and no advice. The advice comes
 * once the user leaves a box or control in the element, or it holds something (see
 * "Ingen opgave endnu med råd").
 */
export const Empty: Story = { name: 'Tom' };

/**
 * The meal's situations and reason are written, the task itself not yet: the element holds
 * something, so its advice shows, an error asking for the task.
 */
export const NoTaskYetWithAdvice: Story = { name: 'Ingen opgave endnu med råd', args: { value: noTaskYet } };

/** The nursing home's meal, filled in from the worked example: no advice. */
export const Filled: Story = { name: 'Udfyldt', args: { value: maaltid } };

/**
 * "Blive bedre til at kommunikere": the advice warns that it is too broad and that two requirements
 * are not confirmed, and a tip asks for the reason.
 */
export const TooAbstractWithAdvice: Story = { name: 'For abstrakt med råd', args: { value: tooAbstract, required: true } };

/**
 * Required in a form, half filled in: under it the element's `validationMessage` names what is
 * missing and follows your edits; submitting shows the browser's message at the first control.
 */
export const RequiredInForm: Story = {
  name: 'Påkrævet i en formular',
  args: { value: { beskrivelse: maaltid.beskrivelse }, required: true },
  render: (args, { globals }) => requiredInForm(renderElement(args), storyLang(args, globals)),
};

/** Disabled by a `<fieldset disabled>` around it: the meal shown, nothing can be changed. */
export const DisabledByFieldset: Story = {
  name: 'Deaktiveret af fieldset',
  args: { value: maaltid },
  render: (args, { globals }) => inDisabledFieldset(renderElement(args), storyLang(args, globals)),
};

/** The meal in English. */
export const English: Story = { name: 'Engelsk', args: { value: english, lang: 'en' } };

/** Read-only: the meal shown, nothing to change. */
export const Readonly: Story = { name: 'Skrivebeskyttet', args: { value: maaltid, readonly: true } };

/** A JSON attribute that cannot be used: the error is shown and announced, and the element stays empty. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  // A text field, so the bad JSON shows as typed (the object control showed it as an escaped string).
  argTypes: { value: { control: 'text' } },
  args: { value: '{"beskrivelse": 5, "anledninger": ["bedre-stemning"], "krav": {"konkretSituation": "ja"}}' },
};
