import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Lang } from '../src/model/ids.js';

// Two states an element gets from the form it is in, for the stories of a few representative
// elements: required inside a <form>, with the message a page can show, and disabled by a
// <fieldset disabled> around it.

const labels = {
  da: {
    submit: 'Send formularen',
    message: 'validationMessage:',
    complete: '(tom: elementet er udfyldt)',
    sent: 'Sendt (formularen blev ikke sendt videre i denne historie).',
    legend: 'Deaktiveret af <fieldset disabled>',
  },
  en: {
    submit: 'Submit the form',
    message: 'validationMessage:',
    complete: '(empty: the element is complete)',
    sent: 'Submitted (the form went nowhere in this story).',
    legend: 'Disabled by <fieldset disabled>',
  },
} as const;

/** The control of an element's `lang` arg: empty (the default) takes the page's language, the toolbar's. */
export const langArgType = {
  control: { type: 'select' as const, labels: { '': '(fra siden / from the page)' } },
  options: ['', 'da', 'en'],
};

/** The story's language: the element's own `lang` arg, else the toolbar's. */
export const storyLang = (args: { lang?: string }, globals: Record<string, unknown>): Lang =>
  (args.lang || globals['lang']) === 'en' ? 'en' : 'da';

type FormControl = HTMLElement & { validationMessage: string; updateComplete?: Promise<unknown> };

/** The language the element speaks: its own `lang`, else the story root's. */
const langOf = (control: Element): Lang => (control.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'da');

/** The forms whose listeners are set, with how each shows its element's message. */
const shown = new WeakMap<HTMLFormElement, () => Promise<void>>();

/**
 * Shows the required element's `validationMessage` under it: now (the story rendered, maybe in
 * another language) and after each edit.
 */
function showValidationMessage(form: Element | undefined): void {
  // Lit calls this before it renders the element inside the form.
  if (form instanceof HTMLFormElement) queueMicrotask(() => watch(form));
}

function watch(form: HTMLFormElement): void {
  let show = shown.get(form);
  if (!show) {
    const control = form.querySelector<FormControl>('[required]');
    const output = form.querySelector('output');
    if (!control || !output) return;
    // The element hands its validity to the form after it renders the change.
    show = async () => {
      await customElements.whenDefined(control.localName);
      await control.updateComplete;
      output.value = control.validationMessage || labels[langOf(control)].complete;
    };
    shown.set(form, show);
    form.addEventListener('kompetence-change', () => void show?.());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      output.value = labels[langOf(control)].sent;
    });
  }
  void show();
}

/**
 * The element (rendered with `required`) in a form with a submit button. Under it,
 * the element's `validationMessage`, as a page would show it; submitting an incomplete element
 * shows the browser's own message at its first control.
 */
export function requiredInForm(control: TemplateResult, lang: Lang): TemplateResult {
  const l = labels[lang];
  return html`<form ${ref(showValidationMessage)}>
    ${control}
    <p><button type="submit">${l.submit}</button></p>
    <p><code>${l.message}</code> <output></output></p>
  </form>`;
}

/** The element inside a disabled fieldset: it shows its value and nothing can be changed. */
export function inDisabledFieldset(control: TemplateResult, lang: Lang): TemplateResult {
  return html`<fieldset disabled>
    <legend>${labels[lang].legend}</legend>
    ${control}
  </fieldset>`;
}
