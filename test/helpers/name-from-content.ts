import { accessibleNames } from './accessibility-tree.js';

/**
 * The text of `element` as Chromium joins it when it names something from its content: the name of
 * a button holding copies of its child nodes, lit's comment markers included. Chromium leaves out a
 * space-only text node next to a marker (`<strong>${a}</strong> ${b}` is named 'a:b'), which screen
 * readers then read as one word; such texts keep their spaces inside a binding.
 */
export async function nameFromContent(element: Element): Promise<string> {
  const button = document.createElement('button');
  // Brackets find the button's name among all the page's names.
  button.append('[', ...[...element.childNodes].map((node) => node.cloneNode(true)), ']');
  document.body.append(button);
  try {
    const name = (await accessibleNames()).find((n) => n.startsWith('[') && n.endsWith(']'));
    return name!.slice(1, -1);
  } finally {
    button.remove();
  }
}
