/**
 * The checks every element of the package must pass (issue 3, "Shared test helpers"): both
 * languages, axe (WCAG 2.1 AA), reflow in a 320 px window with text spacing, keyboard, bad input, user
 * text as text, form association, no change event for code, and the plan context of
 * <kompetence-model>. The field elements hold their data in `value`; <kompetence-model> and
 * <kompetence-plan-visning> in `plan` (`property`). A check an element cannot have (a form for the
 * plan view, which is no form control and has nothing to edit) is left out by what the options
 * declare, and a check that the element really lacks it takes its place.
 */
import { ContextProvider } from '@lit/context';
import { expect, fixture, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { commonMessages } from '../../src/i18n/common.js';
import { planContext, type PlanContextValue } from '../../src/internal/plan-context.js';
import {
  anchoringKinds, anledninger, experiences, feedbackKinds, goalSubtypes, learningFormIds, licences, mobilityScopes,
  responsibilities, transitionTypes, weekdays,
} from '../../src/model/ids.js';
import type { KompetenceInvalidEvent } from '../../src/internal/events.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { accessibleRoles } from './accessibility-tree.js';
import { expectAccessible } from './axe.js';
import { deepElements, described, expectSameNode, invalidHeardIn } from './dom.js';
import { expectReflow } from './reflow.js';

/** An element the checks run on; its data is in the property `ConformanceOptions.property` names. */
export interface ConformingElement extends HTMLElement {
  updateComplete: Promise<boolean>;
  checkValidity(): boolean;
  readonly willValidate?: boolean;
  readonly labels?: NodeList;
  disabled?: boolean;
  formStateRestoreCallback(state: string | File | FormData | null, mode: 'restore' | 'autocomplete'): void;
}

/** A field element: its data is in `value`. */
export interface FieldElementLike extends ConformingElement {
  value: unknown;
}

/** Makes one edit with the keyboard only, starting with focus on the element's first control. */
type KeyboardEdit = (element: ConformingElement) => Promise<void>;

interface CommonOptions {
  tag: string;
  /**
   * The property that holds the element's data, and the attribute (of the same name) that gives it
   * as JSON: `value` (the default, the field elements) or `plan` (<kompetence-model>,
   * <kompetence-plan-visning>).
   */
  property?: 'value' | 'plan';
  /** Registers the element (import of its define module); called once before the checks. */
  define?: () => unknown;
  /** Extra attributes an element needs to show its content, e.g. `goals="metoder"`. */
  attributes?: Record<string, string>;
  /** A valid value with content in every part the element shows. */
  sample: unknown;
  /**
   * The sample with `text` in one user-editable text the element displays. Omit only when the
   * value holds no text at all (e.g. a list of ids); then test markup in bad input yourself.
   */
  withUserText?(text: string): unknown;
  /** Bad input: malformed JSON, wrong types, unknown ids. */
  badAttributeValues: string[];
  badPropertyValues: unknown[];
  /** Texts that are rightly the same in Danish and English (names, abbreviations). */
  sameInBothLanguages?: (string | RegExp)[];
  /**
   * Controls that only choose what is shown, not the value (the chooser's goal, experience and
   * family filters): a reader of a disabled element still uses them (read-only, the chooser shows
   * only the choice).
   */
  filterControls?: string;
  /**
   * Read-only, the element keeps more than what was written (<kompetence-model>: its tabs, tools and
   * list of all advice; its fields are published, test/elements/readonly-states.test.ts checks them):
   * not checked to show only what was written.
   */
  lockedWhenReadOnly?: boolean;
  /**
   * The element's slice inside <kompetence-model>: how it reads from and writes into the plan
   * (through the plan context; not the `plan` property). Needs `keyboardEdit`.
   */
  plan?: { sample: Plan; read(plan: Plan): unknown };
}

/**
 * What the element can do, and so which checks apply. A form control (the default) can be edited:
 * the form checks edit it. An element that is no form control (`formAssociated: false`) is checked
 * to be none; without `keyboardEdit` it only shows its data, and is checked to offer nothing to edit.
 */
type Capabilities =
  | {
    formAssociated?: true;
    keyboardEdit: KeyboardEdit;
    /** A value that is incomplete when `required` (omit when the element has no incomplete state). */
    incomplete?: unknown;
  }
  | { formAssociated: false; keyboardEdit?: KeyboardEdit; incomplete?: never };

export type ConformanceOptions = CommonOptions & Capabilities;

/** The element's data property (`value` or `plan`), read and set by name. */
function dataProperty(options: ConformanceOptions) {
  const name = options.property ?? 'value';
  const properties = (element: ConformingElement) => element as unknown as Record<string, unknown>;
  return {
    /** Also the name of the attribute that gives the data as JSON. */
    name,
    get: (element: ConformingElement): unknown => properties(element)[name],
    set: (element: ConformingElement, value: unknown): void => {
      properties(element)[name] = value;
    },
  };
}

function attrs(options: ConformanceOptions): string {
  return Object.entries(options.attributes ?? {})
    .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`)
    .join('');
}

async function render(options: ConformanceOptions, lang: string, value = options.sample): Promise<ConformingElement> {
  const tag = unsafeStatic(options.tag);
  const wrapper = await fixture<HTMLElement>(
    staticHtml`<div lang=${lang}><${tag} ${unsafeStatic(attrs(options))}></${tag}></div>`,
  );
  const element = wrapper.firstElementChild as ConformingElement;
  dataProperty(options).set(element, value);
  await element.updateComplete;
  return element;
}

/**
 * Every visible or announced text in the element's shadow DOM, nested elements included, each with
 * the language it is marked in (its nearest `lang` attribute, else `lang`).
 */
export function shownTextsInLang(root: Node, lang = ''): [text: string, lang: string][] {
  const texts: [string, string][] = [];
  const visit = (node: Node, inLang: string): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node.textContent?.trim();
      if (t) texts.push([t, inLang]);
      return;
    }
    if (node instanceof Element) {
      if (node instanceof HTMLStyleElement) return;
      inLang = node.getAttribute('lang') || inLang;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = node.getAttribute(a)?.trim();
        if (v) texts.push([v, inLang]);
      }
      if (node.shadowRoot) visit(node.shadowRoot, inLang);
    }
    node.childNodes.forEach((child) => visit(child, inLang));
  };
  visit(root, lang);
  return texts;
}

/** Every visible or announced text in the element's shadow DOM, nested elements included. */
export const shownTexts = (root: Element | ShadowRoot): string[] => shownTextsInLang(root).map(([text]) => text);

/** Every form control in the element's shadow DOM, nested elements included. */
function controls(root: ShadowRoot): HTMLInputElement[] {
  return deepElements(root).filter((e): e is HTMLInputElement => e.matches('input, textarea, select'));
}

/** What the user sees: the shown texts, and each control's value and checked state. */
function seen(element: ConformingElement): string[] {
  const root = element.shadowRoot!;
  return [...shownTexts(root), ...controls(root).map((c) => `${c.id}=${c.value}${c.checked ? ' checked' : ''}`)];
}

/**
 * The method's ids a value may hold (kinds, levels, weekdays, licences…): shown by their names,
 * which must be translated, so they are not the user's text. ("B" as user text would let any
 * text with a capital B pass as untranslated.)
 */
const methodIds = new Set<string>([
  ...anledninger, ...Object.values(goalSubtypes).flat(), ...experiences, ...responsibilities, ...licences,
  ...feedbackKinds, ...learningFormIds, ...anchoringKinds, ...transitionTypes, ...mobilityScopes, ...weekdays,
]);

/** The user's own texts in a value (they may rightly be the same in both languages): not ids, dates or the method's ids. */
export function userStrings(value: unknown, out = new Set<string>(), key?: string): Set<string> {
  if (typeof value === 'string') {
    const text = value.trim();
    if (text && key !== 'id' && !methodIds.has(text) && !/^\d{4}-\d{2}-\d{2}/.test(text)) out.add(text);
  } else if (Array.isArray(value)) value.forEach((v) => userStrings(v, out, key));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => userStrings(v, out, k));
  return out;
}

/**
 * Runs `check` while `element` is laid out for paper, as the browser prints: it tells the page
 * first (the model renders its print view then), then applies print media; screen after.
 */
async function whilePrinted(element: ConformingElement, check: () => void): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: 'print' });
  try {
    await element.updateComplete;
    await nextFrame();
    await nextFrame();
    check();
  } finally {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  }
}

async function focusFirstControl(element: ConformingElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  element.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}

class TestPlanProvider extends HTMLElement {
  plan!: Plan;
  edits = 0;
  provider = new ContextProvider(this, { context: planContext });
  setPlan(plan: Plan): void {
    this.plan = plan;
    const value: PlanContextValue = {
      plan,
      edit: (update) => {
        this.edits += 1;
        this.setPlan(update(this.plan));
      },
    };
    this.provider.setValue(value);
  }
}
if (!customElements.get('test-plan-provider')) customElements.define('test-plan-provider', TestPlanProvider);

interface FormState {
  /** The value submitted with the form. */
  submitted: FormDataEntryValue | null;
  value: string;
  seen: string[];
}

/**
 * Registers the checks that apply to the element (see `Capabilities`) and returns their titles, so
 * a test file can assert which ran: a capability declared by mistake would otherwise drop checks
 * silently.
 */
export function runConformance(options: ConformanceOptions): string[] {
  const data = dataProperty(options);
  const formState = (form: HTMLFormElement, element: ConformingElement): FormState => ({
    submitted: new FormData(form).get('felt'),
    value: JSON.stringify(data.get(element)),
    seen: seen(element),
  });
  const checks: string[] = [];
  // Every check below is registered through this `it`, so each is counted.
  const it = (title: string, check: (this: Mocha.Context) => Promise<void>): void => {
    checks.push(title);
    globalThis.it(title, check);
  };
  describe(`<${options.tag}> conformance`, () => {
    before(async () => {
      await options.define?.();
    });

    it('renders in Danish by default and completely in English', async () => {
      const da = await render(options, '');
      const en = await render(options, 'en');
      const daTexts = shownTexts(da.shadowRoot!);
      const enTexts = shownTexts(en.shadowRoot!);
      expect(daTexts.length, 'Danish texts').to.be.greaterThan(0);
      const user = [...userStrings(options.sample)];
      const allowed = options.sameInBothLanguages ?? [];
      const untranslated = enTexts.filter(
        (t) =>
          /\p{L}{3,}/u.test(t) &&
          daTexts.includes(t) &&
          !user.some((u) => t.includes(u)) &&
          !allowed.some((a) => (typeof a === 'string' ? a === t : a.test(t))),
      );
      expect(untranslated, 'texts shown identically in da and en').to.deep.equal([]);
    });

    it('follows a change of lang on an ancestor', async () => {
      const element = await render(options, 'da');
      const daText = shownTexts(element.shadowRoot!).join(' ');
      element.parentElement!.setAttribute('lang', 'en-GB');
      await nextFrame();
      await element.updateComplete;
      expect(shownTexts(element.shadowRoot!).join(' ')).not.to.equal(daText);
    });

    for (const lang of ['da', 'en']) {
      it(`is axe clean (WCAG 2.1 AA) in ${lang}`, async () => {
        await expectAccessible(await render(options, lang));
      });
    }

    // A long user text: a text box grows with it, and long words wrap, an intranet link too (quoted
    // in advice or in a list, it widened the page to 940 px).
    const long = 'Medarbejderne får ansvaret på deres niveau, når kørekortet er taget ved en praksisgennemgang med en ressourceperson, en slags eksamen, og lederen følger op på kvalitetsudviklingsarbejdet hver måned, se https://intranet.eksempel-kommune.dk/sites/aeldreomraadet/Delte%20dokumenter/Kompetenceplaner/Solhaven_maaltid_2027.docx';
    const withLongText = () => render(options, 'da', options.withUserText?.(long) ?? options.sample);

    it('fits a 320 px window (400 % zoom) with text spacing: nothing sticks out, no text box hides text', async () => {
      await expectReflow(await withLongText());
    });

    it('moves nothing for a user who asks for reduced motion: no transition or animation in its shadow tree', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const element = await withLongText();
        const moving = [element, ...deepElements(element.shadowRoot!)].flatMap((e) =>
          [null, '::before', '::after'].filter((pseudo) => {
            const style = getComputedStyle(e, pseudo);
            return style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
          }).map((pseudo) => `${e.localName}${e.id ? `#${e.id}` : ''}${pseudo ?? ''}`));
        expect(moving).to.deep.equal([]);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('prints black on white under a dark theme for the screen (light hints on white paper, unticked boxes dark)', async () => {
      const element = await render(options, 'da');
      element.parentElement!.style.cssText = '--kompetence-color-text: #eee; --kompetence-color-text-muted: #c4c4c4; --kompetence-color-surface: #1c1f24; --kompetence-color-surface-alt: #2a2e35; --kompetence-color-accent: #8cc4ff; --kompetence-color-error: #ff8a8a; --kompetence-color-warning: #ffc266; --kompetence-color-scheme: dark';
      await whilePrinted(element, () => {
        const host = getComputedStyle(element);
        expect([host.colorScheme, host.backgroundColor]).to.deep.equal(['light', 'rgb(255, 255, 255)']);
        const texts = deepElements(element.shadowRoot!)
          .filter((e) => e.getClientRects().length > 0 && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
        const colours = new Set(texts.map((e) => getComputedStyle(e).color));
        expect([...colours], 'text colours on paper').to.deep.equal(['rgb(0, 0, 0)']);
      });
    });

    it('prints with no buttons, every label kept with what it labels, and no user text cut off', async () => {
      const element = await withLongText();
      await whilePrinted(element, () => {
        const printed = deepElements(element.shadowRoot!).filter((e) => e.getClientRects().length > 0);
        expect(printed.filter((e) => e.localName === 'button').map(described)).to.deep.equal([]);
        // A date box prints as its date in words (an empty one printed its "dd.mm.åååå").
        expect(printed.filter((e) => e.matches('input[type="date"]')).map(described)).to.deep.equal([]);
        for (const label of printed.filter((e) => e.matches('label, legend'))) {
          expect(getComputedStyle(label).breakAfter, label.textContent!).to.equal('avoid');
        }
        const cut = printed
          .filter((e): e is HTMLTextAreaElement => e instanceof HTMLTextAreaElement)
          .filter((box) => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 2);
        expect(cut.map(described), 'text boxes that cut their text on paper').to.deep.equal([]);
        const shows = (e: Element) => e.textContent!.includes(long) || (e instanceof HTMLTextAreaElement && e.value.includes(long));
        if (options.withUserText) expect(printed.some(shows), 'the user text printed').to.equal(true);
      });
    });

    // A published page (the `readonly` attribute): what was written, not a form to fill in.
    if (options.keyboardEdit && !options.lockedWhenReadOnly) it('read-only, shows what was written and nothing to fill in: no empty text or date box, no grip, no "(valgfri)", no advice to act on', async () => {
      for (const value of [undefined, options.withUserText?.(long) ?? options.sample]) {
        const element = await render(options, 'da', value);
        element.setAttribute('readonly', '');
        await element.updateComplete;
        const shown = deepElements(element.shadowRoot!).filter((e) => e.getClientRects().length > 0);
        const boxes = shown.filter((e): e is HTMLTextAreaElement => e instanceof HTMLTextAreaElement);
        expect(boxes.filter((box) => !box.value.trim()).map(described), 'empty text boxes').to.deep.equal([]);
        expect(boxes.filter((box) => getComputedStyle(box).resize !== 'none').map(described), 'resize grips').to.deep.equal([]);
        expect(shown.filter((e) => e.matches('input[type="date"], [part="advice"]')).map(described), 'date boxes and advice').to.deep.equal([]);
        const optional = shown.filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('(valgfri)')));
        expect(optional.map(described), '"(valgfri)"').to.deep.equal([]);
        if (value && options.withUserText) {
          expect(shown.some((e) => e.textContent!.includes(long) || (e instanceof HTMLTextAreaElement && e.value.includes(long))), 'the user text shown').to.equal(true);
        }
      }
    });

    const keyboardEdit = options.keyboardEdit;
    if (keyboardEdit) it('is reachable and operable by keyboard, and focus() goes where Tab goes first', async () => {
      const element = await render(options, 'da');
      element.focus();
      const focused = element.shadowRoot!.activeElement;
      expect(focused, 'focus() focuses a control inside (the element itself takes no focus)').to.not.equal(null);
      (focused as HTMLElement).blur();
      await focusFirstControl(element);
      expectSameNode(document.activeElement, element, 'focus after Tab');
      expectSameNode(element.shadowRoot!.activeElement, focused, 'the control Tab reaches first');
      expect(() => (document.createElement(options.tag) as HTMLElement).focus(), 'never in the page: nothing to focus').not.to.throw();
      const events: CustomEvent<{ value: unknown }>[] = [];
      element.addEventListener('kompetence-change', (e) => events.push(e));
      await keyboardEdit(element);
      await element.updateComplete;
      expect(events.length, 'kompetence-change events').to.be.greaterThan(0);
      expect(events.at(-1)!.detail.value).to.deep.equal(data.get(element));
      // Read-only, the choices are disabled: focus() still goes where Tab goes (it did nothing).
      element.setAttribute('readonly', '');
      await element.updateComplete;
      (element.shadowRoot!.activeElement as HTMLElement | null)?.blur();
      element.focus();
      const focusedReadOnly = element.shadowRoot!.activeElement;
      (focusedReadOnly as HTMLElement | null)?.blur();
      await focusFirstControl(element);
      expectSameNode(element.shadowRoot!.activeElement, focusedReadOnly, 'read-only: the control Tab reaches first');
    });
    else it('offers nothing to edit: no control in it, and Tab passes it by', async () => {
      const element = await render(options, 'da');
      const interactive = deepElements(element.shadowRoot!).filter((e) => e.matches('input, textarea, select, button, a[href], [tabindex]'));
      expect(interactive.map(described), 'controls').to.deep.equal([]);
      const after = document.createElement('button');
      after.textContent = 'after';
      element.after(after);
      try {
        await focusFirstControl(element);
        expectSameNode(document.activeElement, after, 'focus after Tab');
      } finally {
        after.remove();
      }
    });

    it('keeps the last good value and shows an accessible error on bad input', async () => {
      expect(options.badAttributeValues, 'bad attribute values to try').to.not.be.empty;
      expect(options.badPropertyValues, 'bad property values to try').to.not.be.empty;
      const element = await render(options, 'da');
      const good = JSON.parse(JSON.stringify(data.get(element)));
      // The error a user sees: an alert with text (no alert at all is no error shown).
      const shownError = () => element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
      for (const bad of options.badAttributeValues) {
        const invalid = oneEvent(element, 'kompetence-invalid');
        element.setAttribute(data.name, bad);
        const event = await invalid;
        expect(event.detail.source).to.equal('attribute');
        expect(event.detail.issues.length, `issues for ${bad}`).to.be.greaterThan(0);
        await element.updateComplete;
        expect(shownError(), `error shown for ${bad}`).to.not.equal('');
        expect(data.get(element)).to.deep.equal(good);
      }
      for (const bad of options.badPropertyValues) {
        // The good value again clears the error, so the one shown next is this input's.
        data.set(element, good);
        await element.updateComplete;
        expect(shownError(), 'no error after the good value').to.equal('');
        const invalid = oneEvent(element, 'kompetence-invalid');
        data.set(element, bad);
        const event = await invalid;
        expect(event.detail.source).to.equal('property');
        await element.updateComplete;
        expect(shownError(), `error shown for ${JSON.stringify(bad)}`).to.not.equal('');
        expect(data.get(element)).to.deep.equal(good);
      }
      data.set(element, options.sample);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim()).to.equal('');
    });

    it('tells bad input given in markup or before it is in the page in the page’s language, where the page hears it', async () => {
      const bad = options.badAttributeValues[0]!;
      const messages = (event: KompetenceInvalidEvent) => event.detail.issues.map((i) => i.message);
      // The English messages, from an element that is in the page.
      const live = await render(options, 'en');
      const reference = oneEvent(live, 'kompetence-invalid');
      live.setAttribute(data.name, bad);
      const english = messages(await reference);
      const propertyReference = oneEvent(live, 'kompetence-invalid');
      data.set(live, options.badPropertyValues[0]);
      const englishProperty = messages(await propertyReference);
      const { wrapper, heard, stop } = invalidHeardIn('en');
      try {
        // Markup upgraded when its definition arrives: attributes are read before it connects.
        const late = `${options.tag}-upgraded-bad`;
        const upgraded = document.createElement(late);
        for (const [k, v] of Object.entries(options.attributes ?? {})) upgraded.setAttribute(k, v);
        upgraded.setAttribute(data.name, bad);
        wrapper.append(upgraded);
        customElements.define(late, class extends (customElements.get(options.tag) as CustomElementConstructor) {});
        expect(heard.map((e) => [e.detail.source, messages(e)]), 'markup').to.deep.equal([['attribute', english]]);
        // A framework sets the property before it inserts the element: told once it is in the page.
        heard.length = 0;
        const made = document.createElement(options.tag) as ConformingElement;
        for (const [k, v] of Object.entries(options.attributes ?? {})) made.setAttribute(k, v);
        data.set(made, options.badPropertyValues[0]);
        expect(heard.map(described), 'nothing told while out of the page').to.deep.equal([]);
        wrapper.append(made);
        expect(heard.map((e) => [e.detail.source, messages(e)]), 'once in the page').to.deep.equal([['property', englishProperty]]);
        await (made as ConformingElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(made.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(commonMessages.en.badInputTitle);
      } finally {
        stop();
      }
    });

    it('says the last good value is still shown only when there is one', async () => {
      const tag = unsafeStatic(options.tag);
      const bad = options.badAttributeValues[0]!;
      const wrapper = await fixture<HTMLElement>(
        staticHtml`<div lang="da"><${tag} ${unsafeStatic(data.name)}=${bad} ${unsafeStatic(attrs(options))}></${tag}></div>`,
      );
      const element = wrapper.firstElementChild as ConformingElement;
      await element.updateComplete;
      const alert = () => element.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      const m = commonMessages.da;
      expect(alert(), 'bad input on first load').to.include(m.badInputTitle);
      expect(alert(), 'bad input on first load').not.to.include(m.badInputKept);
      data.set(element, options.sample);
      element.removeAttribute(data.name);
      element.setAttribute(data.name, bad);
      await element.updateComplete;
      expect(alert(), 'bad input after a good value').to.include(m.badInputKept);
    });

    const withUserText = options.withUserText;
    if (withUserText) it('shows user text containing markup as text', async () => {
      const markup = '<img src="x" onerror="window.__kompetenceXss=1"><b>fed</b>';
      const element = await render(options, 'da', withUserText(markup));
      await nextFrame();
      const root = element.shadowRoot!;
      expect(deepElements(root).filter((e) => e.matches('img, b')).map(described), 'markup must not become elements, nested ones included').to.deep.equal([]);
      expect((window as unknown as { __kompetenceXss?: number }).__kompetenceXss).to.equal(undefined);
      const shown = [...shownTexts(root), ...controls(root).map((c) => c.value)].join('\n');
      expect(shown).to.include(markup);
    });

    /** The focused element, looked for inside shadow roots (nested elements) too. */
    function deepActive(): Element | null {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    }

    /** The element in a form, named `felt`, with the sample as its data attribute. */
    async function inForm(): Promise<{ form: HTMLFormElement; element: ConformingElement }> {
      const tag = unsafeStatic(options.tag);
      const form = await fixture<HTMLFormElement>(
        staticHtml`<form><${tag} name="felt" ${unsafeStatic(data.name)}=${JSON.stringify(options.sample)} ${unsafeStatic(attrs(options))}></${tag}></form>`,
      );
      const element = form.firstElementChild as ConformingElement;
      await element.updateComplete;
      return { form, element };
    }

    if (options.formAssociated !== false) {
      const edit = options.keyboardEdit;
      /** The element in a form (`inForm`), after one keyboard edit. */
      async function editedInForm(): Promise<{ form: HTMLFormElement; element: ConformingElement; before: FormState; edited: FormState }> {
        const { form, element } = await inForm();
        const before = formState(form, element);
        expect(before.submitted).to.equal(JSON.stringify(data.get(element)));
        await focusFirstControl(element);
        await edit(element);
        await element.updateComplete;
        // Focus out, as before the edit: what is seen is then compared without focus styles or hints.
        (document.activeElement as HTMLElement | null)?.blur();
        await element.updateComplete;
        const edited = formState(form, element);
        expect(edited.submitted).to.equal(JSON.stringify(data.get(element)));
        expect(edited.submitted, 'the edit changes the submitted value').to.not.equal(before.submitted);
        return { form, element, before, edited };
      }

      it(`submits its ${data.name} as JSON with its form, and a form reset brings back its ${data.name} attribute`, async () => {
        const { form, element, before } = await editedInForm();
        form.reset();
        await element.updateComplete;
        expect(formState(form, element), 'after form.reset()').to.deep.equal(before);
      });

      it('takes a restored form state (back navigation) as its value, without a change event', async () => {
        const { form, element, before, edited } = await editedInForm();
        form.reset();
        await element.updateComplete;
        let changes = 0;
        element.addEventListener('kompetence-change', () => (changes += 1));
        element.formStateRestoreCallback(edited.submitted, 'restore');
        await element.updateComplete;
        expect(formState(form, element), 'after restoring the edited state').to.deep.equal(edited);
        element.formStateRestoreCallback(before.submitted, 'restore');
        await element.updateComplete;
        expect(formState(form, element), 'after restoring the initial state').to.deep.equal(before);
        await nextFrame();
        expect(changes, 'kompetence-change events').to.equal(0);
      });

      it('clears an error about earlier bad input when a form state is restored', async () => {
        const { element, edited } = await editedInForm();
        const alert = () => element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
        element.setAttribute(data.name, options.badAttributeValues[0]!);
        await element.updateComplete;
        expect(alert(), 'error shown for bad input').to.not.equal('');
        element.formStateRestoreCallback('{ not json', 'restore');
        await element.updateComplete;
        expect(alert(), 'an unreadable state changes nothing').to.not.equal('');
        element.formStateRestoreCallback(edited.submitted, 'restore');
        await element.updateComplete;
        expect(alert(), 'error after a good state was restored').to.equal('');
        expect(JSON.stringify(data.get(element))).to.equal(edited.submitted);
      });

      it('clears an error about earlier bad input on a form reset', async () => {
        const { form, element, before } = await editedInForm();
        const alert = () => element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
        element.setAttribute(data.name, options.badAttributeValues[0]!);
        await element.updateComplete;
        expect(alert(), 'error shown for bad input').to.not.equal('');
        form.reset();
        await element.updateComplete;
        expect(alert(), 'after form.reset()').to.equal('');
        expect(formState(form, element)).to.deep.equal(before);
      });

      it('is disabled as a native control inside a disabled fieldset or with the disabled attribute or property, and editable again once enabled', async () => {
        const { form, element } = await inForm();
        /** Text, date and number boxes still enabled: read-only ones were Tab stops that looked editable. */
        const boxes = () => deepElements(element.shadowRoot!)
          .filter((e): e is HTMLInputElement => e.matches('textarea, input[type=date], input[type=number]') && !(e as HTMLInputElement).disabled)
          .map((e) => e.id || e.localName);
        const fieldset = document.createElement('fieldset');
        form.append(fieldset);
        fieldset.append(element);
        const editable = () => deepElements(element.shadowRoot!)
          .filter((e): e is HTMLInputElement => e.matches('input, textarea, select'))
          .filter((e) => !e.disabled && !e.readOnly && !(options.filterControls && e.matches(options.filterControls)))
          .map((e) => `${e.id || e.localName} in ${(e.getRootNode() as ShadowRoot).host.localName}`);
        await element.updateComplete;
        const before = editable();
        expect(before, 'editable in an enabled fieldset').to.not.deep.equal([]);
        fieldset.disabled = true;
        await element.updateComplete;
        await nextFrame();
        expect(editable(), 'in a disabled fieldset').to.deep.equal([]);
        expect(boxes(), 'boxes in a disabled fieldset').to.deep.equal([]);
        expect([element.willValidate, element.matches(':disabled')], 'willValidate, :disabled').to.deep.equal([false, true]);
        fieldset.disabled = false;
        await element.updateComplete;
        await nextFrame();
        expect(editable(), 'enabled again').to.deep.equal(before);
        const submitted = () => new FormData(form).has(element.getAttribute('name')!);
        expect(submitted(), 'submitted when enabled').to.equal(true);
        element.setAttribute('disabled', '');
        await element.updateComplete;
        await nextFrame();
        expect(editable(), 'with the disabled attribute').to.deep.equal([]);
        expect(element.disabled, 'the disabled property reads the attribute').to.equal(true);
        expect(boxes(), 'boxes with the disabled attribute').to.deep.equal([]);
        const dimmed = () => [...new Set(deepElements(element.shadowRoot!)
          .filter((e) => e.matches('textarea:disabled, input:is([type=date], [type=number]):disabled'))
          .map((e) => getComputedStyle(e).opacity))];
        if (dimmed().length) {
          expect(dimmed(), 'dimmed on screen').to.deep.equal(['0.6']);
          await whilePrinted(element, () => expect(dimmed(), 'printed black, not 60 % grey').to.deep.equal(['1']));
        }
        expect(submitted(), 'not submitted when disabled').to.equal(false);
        element.removeAttribute('disabled');
        await element.updateComplete;
        await nextFrame();
        expect(editable(), 'enabled again').to.deep.equal(before);
        element.disabled = true;
        await element.updateComplete;
        await nextFrame();
        expect(element.hasAttribute('disabled'), 'the disabled property reflected').to.equal(true);
        expect(submitted(), 'not submitted with the disabled property').to.equal(false);
        expect(editable(), 'with the disabled property').to.deep.equal([]);
        element.disabled = false;
        await element.updateComplete;
        await nextFrame();
        expect(editable(), 'enabled again').to.deep.equal(before);
        expect(element.willValidate, 'willValidate').to.equal(true);
        // A framework's prop left out sets undefined: enabled it stays (toggling it disabled the element).
        (element as { disabled?: unknown }).disabled = undefined;
        expect(element.hasAttribute('disabled'), 'disabled = undefined').to.equal(false);
      });

      it('is named by a <label for> as a group, and lists that label', async () => {
        const { form, element } = await inForm();
        element.id = 'labelled';
        const label = document.createElement('label');
        label.htmlFor = 'labelled';
        label.textContent = 'Plan for the meal';
        form.prepend(label);
        await element.updateComplete;
        expect([...element.labels!]).to.deep.equal([label]);
        expect(await accessibleRoles()).to.include('group: Plan for the meal');
        // A click on the label focuses what focus() focuses (Tab's first stop), as for a native control.
        const { x, y, width, height } = label.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
        const focused = deepActive();
        (focused as HTMLElement | null)?.blur();
        element.focus();
        expect(focused, 'focused by the label').to.not.equal(document.body);
        expect(focused).to.equal(deepActive());
        // A click in the element's own box, outside its parts (the gap of its padding), moves no focus.
        (deepActive() as HTMLElement | null)?.blur();
        element.style.padding = '20px';
        const box = element.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
        expect(deepActive(), 'a click on the padding').to.equal(document.body);
      });

      if (options.incomplete !== undefined) {
        it('is invalid in its form when required and incomplete, and valid when not required', async () => {
          const element = await render(options, 'da', options.incomplete);
          expect(element.checkValidity(), 'not required').to.equal(true);
          // At once, as on a native control: a page sets required and checks its form right after.
          (element as unknown as { required: boolean }).required = true;
          expect(element.checkValidity(), 'invalid as soon as required is set').to.equal(false);
          (element as unknown as { required: boolean }).required = false;
          expect(element.checkValidity(), 'valid as soon as required is unset').to.equal(true);
          element.setAttribute('required', '');
          expect(element.checkValidity(), 'the attribute, at once').to.equal(false);
          await element.updateComplete;
          expect(element.checkValidity()).to.equal(false);
          data.set(element, options.sample);
          // At once, not after the render: a form library reads it right after setting the value.
          expect(element.checkValidity(), 'valid as soon as the value is set').to.equal(true);
          await element.updateComplete;
          expect(element.checkValidity()).to.equal(true);
          data.set(element, options.incomplete);
          expect(element.checkValidity(), 'invalid as soon as the value is set').to.equal(false);
          // As a native control: a read-only or disabled one is not validated, and says it is valid.
          for (const attribute of ['readonly', 'disabled']) {
            element.setAttribute(attribute, '');
            await element.updateComplete;
            await nextFrame();
            const { validity, validationMessage } = element as unknown as HTMLInputElement;
            expect([validity.valid, validationMessage], attribute).to.deep.equal([true, '']);
            element.removeAttribute(attribute);
            await element.updateComplete;
            await nextFrame();
          }
          expect(element.checkValidity(), 'invalid again').to.equal(false);
        });

        it('makes its form invalid as soon as it is put there required and empty, before its first render', async () => {
          const form = await fixture<HTMLFormElement>(staticHtml`<form></form>`);
          const element = document.createElement(options.tag) as ConformingElement;
          for (const [k, v] of Object.entries(options.attributes ?? {})) element.setAttribute(k, v);
          element.setAttribute('required', '');
          form.append(element);
          // A page that builds its form by code and checks it at once (it said valid until the render).
          expect(form.checkValidity(), 'required and empty').to.equal(false);
          data.set(element, options.sample);
          expect(form.checkValidity(), 'a complete value set before the render').to.equal(true);
          data.set(element, options.incomplete);
          expect(form.checkValidity(), 'an incomplete one').to.equal(false);
          await element.updateComplete;
          expect(form.checkValidity(), 'after the render').to.equal(false);
        });
      }
    } else {
      it('is no form control: not among its form\'s elements, nothing submitted', async () => {
        expect((customElements.get(options.tag) as { formAssociated?: boolean }).formAssociated, 'formAssociated').to.not.equal(true);
        const { form } = await inForm();
        expect([...form.elements].map(described)).to.deep.equal([]);
        expect([...new FormData(form).keys()]).to.deep.equal([]);
      });
    }

    it('fires no kompetence-change when code sets the value', async () => {
      const element = await render(options, 'da');
      const sample = JSON.stringify(data.get(element));
      // Another value than the one held: the same one changes nothing at all (tested below).
      const other = options.withUserText?.('Sat af kode') ?? options.incomplete;
      expect(other, 'withUserText or incomplete gives another value').to.not.equal(undefined);
      let changes = 0;
      element.addEventListener('kompetence-change', () => (changes += 1));
      data.set(element, other);
      await element.updateComplete;
      expect(JSON.stringify(data.get(element)), 'the property is taken').to.not.equal(sample);
      element.setAttribute(data.name, JSON.stringify(options.sample));
      await element.updateComplete;
      expect(JSON.stringify(data.get(element)), 'the attribute is taken').to.equal(sample);
      await nextFrame();
      expect(changes).to.equal(0);
    });

    it('uses a value set before the element was defined', async () => {
      const late = `${options.tag}-before-define`;
      const element = document.createElement(late) as ConformingElement;
      for (const [k, v] of Object.entries(options.attributes ?? {})) element.setAttribute(k, v);
      data.set(element, options.sample);
      if (options.formAssociated !== false) element.disabled = true;
      document.body.append(element);
      customElements.define(late, class extends (customElements.get(options.tag) as CustomElementConstructor) {});
      try {
        await element.updateComplete;
        expect(Object.hasOwn(element, data.name), 'the accessor is no longer shadowed').to.equal(false);
        if (options.formAssociated !== false) {
          // Set by a page's script before the bundle (a module) ran: it still disables the element.
          expect([Object.hasOwn(element, 'disabled'), element.hasAttribute('disabled')], 'disabled set before').to.deep.equal([false, true]);
        }
        expect(JSON.stringify(data.get(element))).to.equal(JSON.stringify(data.get(await render(options, 'da'))));
        data.set(element, options.withUserText?.('senere') ?? null);
        expect(JSON.stringify(data.get(element)), 'a later value is used').to.not.equal(JSON.stringify(options.sample));
      } finally {
        element.remove();
      }
    });

    it(`takes undefined, null and empty text as "unset": back to its ${data.name} attribute, else empty, with no error or event`, async () => {
      const tag = unsafeStatic(options.tag);
      const wrapper = await fixture<HTMLElement>(staticHtml`<div>
        <${tag} ${unsafeStatic(data.name)}=${JSON.stringify(options.sample)} ${unsafeStatic(attrs(options))}></${tag}>
        <${tag} ${unsafeStatic(attrs(options))}></${tag}></div>`);
      const [given, bare] = [...wrapper.children] as ConformingElement[];
      const empty = JSON.stringify(data.get(bare!));
      const sample = JSON.stringify(data.get(await render(options, 'da')));
      const events: string[] = [];
      for (const type of ['kompetence-invalid', 'kompetence-change']) wrapper.addEventListener(type, () => events.push(type));
      // Empty text too: a framework's v-model of null sets '', a server template writes value="".
      for (const unset of [undefined, null, '']) {
        for (const [element, expected] of [[given!, sample], [bare!, empty]] as const) {
          data.set(element, options.badAttributeValues[0]);
          data.set(element, options.withUserText?.('anden') ?? options.sample);
          data.set(element, options.badPropertyValues[0]);
          events.length = 0;
          data.set(element, unset);
          await element.updateComplete;
          expect(JSON.stringify(data.get(element)), `after ${String(unset)}`).to.equal(expected);
          expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '', 'no error shown').to.equal('');
          expect(events, 'no event').to.deep.equal([]);
        }
      }
      for (const [element, expected] of [[given!, sample], [bare!, empty]] as const) {
        element.setAttribute(data.name, '');
        await element.updateComplete;
        expect(JSON.stringify(data.get(element)), 'an empty attribute, as a removed one, changes nothing').to.equal(expected);
      }
      const blank = await fixture<ConformingElement>(staticHtml`<${tag} ${unsafeStatic(data.name)}="" ${unsafeStatic(attrs(options))}></${tag}>`);
      expect(blank.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '', 'no error for an empty attribute').to.equal('');
      expect(events, 'no event').to.deep.equal([]);
    });

    it('changes nothing when given the value it holds, itself or its JSON', async () => {
      const element = await render(options, 'da');
      const held = data.get(element);
      for (const same of [held, JSON.parse(JSON.stringify(held)), JSON.stringify(held)]) {
        data.set(element, same);
        expect(data.get(element), 'the same object').to.equal(held);
      }
      element.setAttribute(data.name, JSON.stringify(held));
      expect(data.get(element)).to.equal(held);
    });

    if (options.plan) {
      const planOptions = options.plan;
      if (!keyboardEdit) throw new Error(`${options.tag}: the plan context check edits by keyboard (keyboardEdit)`);
      it('reads and writes its slice inside a plan provider (as in <kompetence-model>)', async () => {
        const tag = unsafeStatic(options.tag);
        const provider = await fixture<TestPlanProvider>(
          staticHtml`<test-plan-provider><${tag} ${unsafeStatic(attrs(options))}></${tag}></test-plan-provider>`,
        );
        const plan = createPlan(planOptions.sample);
        provider.setPlan(plan);
        const element = provider.firstElementChild as ConformingElement;
        await element.updateComplete;
        expect(data.get(element)).to.deep.equal(planOptions.read(plan));
        await focusFirstControl(element);
        await keyboardEdit(element);
        await element.updateComplete;
        expect(provider.edits).to.be.greaterThan(0);
        expect(planOptions.read(provider.plan)).to.deep.equal(data.get(element));
      });
    }
  });
  return checks;
}
