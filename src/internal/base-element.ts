import { LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Lang } from '../model/ids.js';
import { onLangChange, resolveLang } from './lang.js';
import { VERSION } from './version.js';

/**
 * What every element of the package shares: its language, resolved from `lang` attributes and
 * kept current when any of them changes.
 */
export class KompetenceElement extends LitElement {
  /**
   * The package version that defined the element (read by guarded registration).
   * @internal Registration's check between two copies of the package, not API for a page.
   */
  static readonly version = VERSION;

  // Typed as lit's own, so a subclass lists only the properties it adds: lit takes the base
  // classes' in (a spread of them declared each one again on every subclass).
  static override properties: PropertyDeclarations = {
    locale: { state: true },
    headingOffset: { attribute: false },
  };

  /** The language the element shows its texts in: `da` (default) or `en`. */
  protected locale: Lang = 'da';

  /**
   * How many levels below its own the element's headings sit in the outline: set by an element of
   * ours that puts it under a heading of its own (the model's staircase section, an arrangement,
   * the training ground's learning forms), so the headings nest there instead of standing beside it.
   * @internal Set by the package's own elements, not API for a page.
   */
  headingOffset = 0;

  /**
   * Whether the element's change events stay in the shadow DOM it sits in: inside one of ours, that
   * parent handles them and tells the page once, with its own event. Composed, they would also pass
   * the page's capture listeners on their way in, a second event per edit. (`kompetence-invalid`
   * is not turned into the parent's own: a nested chooser's reaches the page as it is.)
   */
  protected get eventsStayInside(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof KompetenceElement;
  }

  /** The `aria-level` of a heading rendered as `<h{level}>`: none unless the element is nested. */
  protected headingLevel(level: number): number | typeof nothing {
    return this.headingOffset ? level + this.headingOffset : nothing;
  }

  /**
   * A render that changes the text of the box the user is in (another tab's newer draft taken in,
   * the page setting a value) sets its `.value`, which puts the caret at the end. It keeps its place
   * in the text instead, and so does a selection: the same offset while the text before it is the
   * same, else the same distance from the end while the text after it is (at the end, it stays
   * there), else the same offset within the new text. One place for every text box of every
   * element; a box whose text stays (each key typed) is left alone.
   */
  protected override update(changed: PropertyValues): void {
    const box = (this.renderRoot as ShadowRoot).activeElement as HTMLTextAreaElement | null;
    // No selection on a button, a checkbox, a date or number box, or an element of ours holding the focus.
    const { value: old = '', selectionStart: start, selectionEnd: end } = box ?? ({} as Partial<HTMLTextAreaElement>);
    super.update(changed);
    const text = box?.value ?? old;
    const place = (at: number) => (text.startsWith(old.slice(0, at)) || !text.endsWith(old.slice(at)) ? at : at + text.length - old.length);
    // Offsets past the end are taken as the end.
    if (start != null && text != old) box!.setSelectionRange(place(start), place(end!));
  }

  private stopLangListener?: () => void;

  override connectedCallback(): void {
    // A property set before the element was defined (a page script, a framework, one of our elements
    // rendering another whose class a page registers later) is an own property that shadows the
    // class's accessor: move it through the accessor so it is validated and used (a value, the
    // chooser's goals and the tempi the training ground's texts cover). Lit moves its reactive
    // properties itself; an own property with no accessor behind it (Lit's, ours) is left alone.
    const proto = Object.getPrototypeOf(this);
    for (const key of Object.keys(this) as (keyof this)[]) {
      if (key in proto) {
        const input = this[key];
        delete this[key];
        // Not thrown at for a property the class only reads: dropped, as a native element ignores it.
        Reflect.set(this, key, input);
      }
    }
    super.connectedCallback();
    this.refreshLocale();
    this.stopLangListener = onLangChange(this, () => this.refreshLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLangListener?.();
  }

  private refreshLocale(): void {
    const lang = resolveLang(this);
    if (lang !== this.locale) {
      const previous = this.locale;
      this.locale = lang;
      this.localeChanged(previous);
    }
  }

  /** Hook for texts computed outside `render` (e.g. validation messages). */
  protected localeChanged(_previous: Lang): void {}
}
