/** The element a person is typing in, looking inside open shadow roots and same-origin frames. */
export function deepActiveElement(root: Document): Element | null {
  let active = root.activeElement;
  while (active) {
    const inner =
      active.shadowRoot?.activeElement ??
      (active.tagName === 'IFRAME'
        ? (active as HTMLIFrameElement).contentDocument?.activeElement
        : null);
    if (!inner) break;

    active = inner;
  }

  return active;
}
