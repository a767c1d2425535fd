import { LitElement } from 'lit';
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

  static override properties = {
    locale: { state: true },
  };

  /** The language the element shows its texts in: `da` (default) or `en`. */
  protected locale: Lang = 'da';

  private stopLangListener?: () => void;

  override connectedCallback(): void {
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
