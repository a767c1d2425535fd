import { noChange, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import { insertPart, removePart, setChildPartValue } from 'lit/directive-helpers.js';

type Render<T> = (item: T, index: number) => TemplateResult;

/**
 * Renders a list keyed by `key`, so an item that stays keeps its nodes: in a live region, text
 * changed in place is announced again (lit's positional rendering made one fix re-read all the
 * advice after it), and a focused button stays with its item when an item before it goes. Parts
 * that go are removed before the rest are placed, so items that stay are not moved either (a move
 * reads as new); a part moves only when the order changes. lit's `repeat` does the same with a
 * more general diff, at about twice the bytes.
 */
class Keyed extends Directive {
  #parts = new Map<string, ChildPart>();

  render<T>(items: readonly T[], _key: (item: T) => string, item: Render<T>): TemplateResult[] {
    return items.map(item);
  }

  override update(list: ChildPart, [items, keyOf, item]: Parameters<this['render']>): typeof noChange {
    // Two items with the same key (one rule's advice for two groups) get a key each.
    const count: Record<string, number> = {};
    const keys = items.map((a) => {
      const key = keyOf(a);
      return key + (count[key] = (count[key] ?? 0) + 1);
    });
    const old = this.#parts;
    for (const [key, part] of old) {
      if (keys.includes(key)) continue;
      removePart(part);
      // removePart leaves the end marker: left in the list, it made insertPart move the item before it.
      (part.endNode as ChildNode | null)?.remove();
    }
    this.#parts = new Map();
    // From the end, each item is placed before the one after it.
    let next: ChildPart | undefined;
    for (let i = keys.length; i--; ) {
      next = insertPart(list, next, old.get(keys[i]!));
      setChildPartValue(next, item(items[i], i));
      this.#parts.set(keys[i]!, next);
    }
    return noChange;
  }
}

/** `items` rendered by `item`, each kept with its nodes by `key` (see `Keyed`). */
export const keyed = directive(Keyed) as <T>(items: readonly T[], key: (item: T) => string, item: Render<T>) => DirectiveResult<typeof Keyed>;
