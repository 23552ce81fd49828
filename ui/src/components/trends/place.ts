/**
 * Positions an element through the CSSOM (`element.style.left = …`), which the app's strict
 * Content Security Policy allows, unlike inline `style="…"` attributes in markup.
 */
export interface Placement {
  left?: number;
  top?: number;
}

export function place(node: HTMLElement, placement: Placement) {
  const apply = ({ left, top }: Placement) => {
    if (left !== undefined) node.style.left = `${Math.round(left)}px`;
    if (top !== undefined) node.style.top = `${Math.round(top)}px`;
  };
  apply(placement);
  return { update: apply };
}
