/** Every element in a shadow root, the shadow roots of nested elements included (document order). */
export function deepElements(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (r: ShadowRoot): void =>
    r.querySelectorAll('*').forEach((e) => {
      found.push(e);
      if (e.shadowRoot) visit(e.shadowRoot);
    });
  visit(root);
  return found;
}
