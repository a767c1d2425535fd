import { VERSION } from './version.js';

type VersionedElement = CustomElementConstructor & { readonly version?: string };

/**
 * Registers `tag` unless it is already defined, so a page that loads the bundle and a
 * per-element module (or two copies of the package) keeps working. Warns when another
 * version of the package got there first, since the two may not behave alike.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== VERSION) {
    console.warn(
      `kompetence-elements ${VERSION}: <${tag}> is already defined by ${existing.version ? `version ${existing.version}` : 'other code'}; keeping that one.`,
    );
  }
}
