import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/ansvars-trappe.js';
import { examples } from '../src/model/examples/index.js';
import type { AnsvarItem } from '../src/model/plan.js';
import { inDisabledFieldset, langArgType, requiredInForm, storyLang } from './form-states.js';

interface Args {
  value: AnsvarItem[] | string;
  lang: string;
  koerekort: boolean;
  readonly: boolean;
  required: boolean;
}

const skipped: AnsvarItem[] = [
  { id: 'nye', maalgruppe: 'Nyansatte pædagoger', antal: 4, nuvaerende: 'begyndere', fremtidigt: 'ressourceperson' },
  { id: 'faste', maalgruppe: 'Faste medarbejdere', antal: 14, nuvaerende: 'lidt-erfarne', fremtidigt: 'selvstaendigt' },
  { id: 'vikarer', maalgruppe: 'Vikarer' },
];

/** The same staircase with students on placement, beginners meant to work on their own: a tip to plan support first. */
const skippedWithStudents: AnsvarItem[] = [
  ...skipped,
  { id: 'studerende', maalgruppe: 'Pædagogstuderende i praktik', antal: 2, nuvaerende: 'begyndere', fremtidigt: 'selvstaendigt' },
];

const english: AnsvarItem[] = [
  { id: 'all', maalgruppe: 'All staff, temps included', antal: 40, nuvaerende: 'begyndere', fremtidigt: 'med-stoette', koerekort: 'C' },
  { id: 'assistants', maalgruppe: 'Social and health care assistants', antal: 12, nuvaerende: 'lidt-erfarne', fremtidigt: 'selvstaendigt', koerekort: 'B' },
  { id: 'resource', maalgruppe: 'Resource persons', antal: 3, nuvaerende: 'lidt-erfarne', fremtidigt: 'ressourceperson', koerekort: 'A' },
];

const renderElement = ({ value, lang, koerekort, readonly, required }: Args) =>
  typeof value === 'string'
    ? html`<ansvars-trappe
        value=${value}
        lang=${lang || nothing}
        ?koerekort=${koerekort}
        ?readonly=${readonly}
        ?required=${required}
      ></ansvars-trappe>`
    : html`<ansvars-trappe
        .value=${value}
        lang=${lang || nothing}
        ?koerekort=${koerekort}
        ?readonly=${readonly}
        ?required=${required}
      ></ansvars-trappe>`;

const meta: Meta<Args> = {
  title: 'Elementer/1 Opgave/ansvars-trappe',
  component: 'ansvars-trappe',
  args: { value: [], lang: '', koerekort: false, readonly: false, required: false },
  argTypes: {
    value: { control: 'object' },
    lang: langArgType,
  },
  render: renderElement,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * No target groups yet: the staircase explained and an add button, and no advice. The advice comes
 * once the user leaves a control in the element (see "Tom, forladt"), or it holds a group.
 */
export const Empty: Story = { name: 'Tom' };

/**
 * Still no target groups, and the user has moved on from the add button without adding one: now
 * the advice asks for target groups, a warning in the element's live region.
 */
export const EmptyLeft: Story = {
  name: 'Tom, forladt',
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ansvars-trappe')!;
    await element.updateComplete;
    // Leaving the add button (focus in, then out) is what counts; a click on it would add a group.
    const add = element.shadowRoot!.querySelector<HTMLButtonElement>('#add')!;
    add.focus();
    add.blur();
    // A browser window without the focus (say, DevTools has it) sends no focus events: send the one leaving would.
    if (!document.hasFocus()) add.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await element.updateComplete;
  },
};

/**
 * The nursing home's meal example ("Måltidet er mere end mad") with its licences C, B and A. The
 * example names no current level and no head counts, so the staircase shows only the targets.
 */
export const NursingHomeWithLicences: Story = {
  name: 'Plejecenter med kørekort',
  args: { value: examples['plejecenter-maaltid'].ansvar, koerekort: true },
};

/**
 * Beginners meant to become resource persons skip two steps: the staircase marks them and the
 * advice warns, as it does for the temps without a target; the students get a tip.
 */
export const SkippedStepWithAdvice: Story = { name: 'Sprunget trin med råd', args: { value: skippedWithStudents, required: true } };

/**
 * Required in a form: the temps have no responsibility yet, and under the staircase its
 * `validationMessage` says so and follows your edits; submitting shows the browser's message.
 */
export const RequiredInForm: Story = {
  name: 'Påkrævet i en formular',
  args: { value: skipped, required: true },
  render: (args, { globals }) => requiredInForm(renderElement(args), storyLang(args, globals)),
};

/** Disabled by a `<fieldset disabled>` around it: the staircase shown, nothing can be changed. */
export const DisabledByFieldset: Story = {
  name: 'Deaktiveret af fieldset',
  args: { value: skipped.slice(0, 2) },
  render: (args, { globals }) => inDisabledFieldset(renderElement(args), storyLang(args, globals)),
};

/** The same element in English, with licences. */
export const English: Story = { name: 'Engelsk', args: { value: english, lang: 'en', koerekort: true } };

/** Read-only: the staircase shown, nothing to change. */
export const Readonly: Story = { name: 'Skrivebeskyttet', args: { value: skipped.slice(0, 2), readonly: true } };

/** A JSON attribute that cannot be used: the error is shown and announced, and the element stays empty. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  // A text field, so the bad JSON shows as typed (the object control showed it as an escaped string).
  argTypes: { value: { control: 'text' } },
  args: { value: '[{"id": "a", "maalgruppe": "Alle", "nuvaerende": "eksperter", "antal": 0}]' },
};

/**
 * Right after the user removed the second group: a notice takes its place, and its Undo (with the
 * focus) puts the group back where it was, until the next edit.
 */
export const AfterRemovingAGroup: Story = {
  name: 'Efter en fjernet målgruppe',
  args: { value: skipped },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ansvars-trappe')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-remove="1"]')!.click();
  },
};
