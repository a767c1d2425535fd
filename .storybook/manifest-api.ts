import type { ArgTypes } from '@storybook/web-components-vite';
import type { StrictArgTypes } from 'storybook/internal/types';
import customElements from '../custom-elements.json';

// Storybook's own reading of custom-elements.json (setCustomElementsManifest) turns every item of
// an element's API into an arg: parts, events, read-only properties and CSS custom properties all
// became controls that did nothing, and it keys the args by name alone, so a part and a property
// of the same name (`form`, `advice`) kept one row. This module reads the manifest itself and
// gives two things: the args a story can really control, and the element's full API as table rows
// keyed by kind and name (each row shows its real name).

interface TypeInfo {
  text?: string;
}
interface Item {
  name: string;
  description?: string;
  type?: TypeInfo;
  default?: string;
}
interface Member extends Item {
  kind: 'field' | 'method';
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  return?: { type?: TypeInfo };
  parameters?: { name: string; type?: TypeInfo }[];
}
interface Attribute extends Item {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  /** The element's one-line summary (its JSDoc's @summary). */
  summary?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const declarations = new Map(
  (customElements as unknown as Manifest).modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, declaration]),
);

/** The manifest's declaration of an element, by tag name. */
export const elementApi = (tag: unknown): Declaration | undefined =>
  typeof tag === 'string' ? declarations.get(tag) : undefined;

/** A CSS custom property that takes a colour (its control is a colour picker). */
const isColourToken = (name: string): boolean => name.startsWith('--kompetence-color-');

/** An arg that sets a CSS custom property on the story root (see applyTokenArgs). */
export const isTokenArg = (name: string): boolean => name.startsWith('--kompetence-');

/**
 * The args a story of the element can control: its attributes (the story's render reads those it
 * declares in `args`: see `onlyDeclaredAttributeArgs`) and its CSS custom properties (the preview
 * sets them on the story root). Parts, events, read-only properties and methods are left out: no
 * control can change them. Their documentation is `apiRows`.
 */
export function controllableArgTypes(tag: unknown): ArgTypes {
  const api = elementApi(tag);
  if (!api) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of api.attributes ?? []) {
    const type = attribute.type?.text ?? 'string';
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      type: { name: type === 'boolean' ? 'boolean' : 'string' },
      table: { category: 'attributes', type: { summary: type }, defaultValue: attribute.default ? { summary: attribute.default } : undefined },
    };
  }
  for (const property of api.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      // The object form: Storybook does not expand a bare string here (the row showed "-").
      control: { type: isColourToken(property.name) ? 'color' : 'text' },
      table: { category: 'CSS custom properties', defaultValue: property.default ? { summary: property.default } : undefined },
    };
  }
  return argTypes;
}

/**
 * Drops the attribute args a story does not declare in its `args`: its render only reads those,
 * so a control for another attribute (e.g. `name`) would do nothing.
 */
export function onlyDeclaredAttributeArgs({ argTypes, initialArgs }: { argTypes: StrictArgTypes; initialArgs?: Record<string, unknown> }): StrictArgTypes {
  return Object.fromEntries(
    Object.entries(argTypes).filter(([key, argType]) => argType.table?.category !== 'attributes' || (initialArgs && key in initialArgs)),
  ) as StrictArgTypes;
}

/** A method's signature for the table's type column, e.g. `() => boolean`. */
const signature = (method: Member): string =>
  `(${(method.parameters ?? []).map((p) => `${p.name}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ')}) => ${method.return?.type?.text ?? 'void'}`;

/**
 * The element's whole API from the manifest as rows for Storybook's args table, one per item and
 * kind (the key is `<kind>:<name>`, so a part and a property of the same name both show).
 */
export function apiRows(tag: unknown): ArgTypes {
  const api = elementApi(tag);
  if (!api) return {};
  const rows: ArgTypes = {};
  const add = (category: string, item: Item, type?: string, defaultValue?: string): void => {
    rows[`${category}:${item.name}`] = {
      name: item.name,
      description: item.description,
      table: {
        category,
        type: type ? { summary: type } : undefined,
        defaultValue: defaultValue ? { summary: defaultValue } : undefined,
      },
    };
  };
  for (const member of api.members ?? []) {
    if (member.static || member.privacy === 'private' || member.privacy === 'protected') continue;
    if (member.kind === 'method') add('methods', member, signature(member));
    else add('properties', member, `${member.type?.text ?? ''}${member.readonly ? ' (read-only)' : ''}`.trim() || undefined, member.default);
  }
  for (const attribute of api.attributes ?? []) add('attributes', attribute, attribute.type?.text, attribute.default);
  for (const event of api.events ?? []) add('events', event, event.type?.text);
  for (const slot of api.slots ?? []) add('slots', { ...slot, name: slot.name || '(default)' });
  for (const part of api.cssParts ?? []) add('CSS parts', part);
  for (const property of api.cssProperties ?? []) add('CSS custom properties', property, undefined, property.default);
  return rows;
}

/**
 * Sets the story's CSS custom property args on the story root (CSSOM, no style attribute) and
 * removes those no longer set: the elements inside inherit them, as from a host page.
 */
export function applyTokenArgs(root: HTMLElement, args: Record<string, unknown>): void {
  for (const name of [...root.style]) {
    if (isTokenArg(name) && !args[name]) root.style.removeProperty(name);
  }
  for (const [name, value] of Object.entries(args)) {
    if (isTokenArg(name) && typeof value === 'string' && value) root.style.setProperty(name, value);
  }
}
