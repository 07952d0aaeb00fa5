import { signal } from '@preact/signals';

/**
 * Which secrets (delivered accounts, keys) are shown. Everything starts hidden, so a delivery
 * is not read over a shoulder; each one is shown and hidden again by its own button.
 */
export function createRevealModel() {
  const shown = signal<ReadonlySet<string>>(new Set());

  function isShown(id: string): boolean {
    return shown.value.has(id);
  }

  function toggle(id: string): void {
    const next = new Set(shown.value);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    shown.value = next;
  }

  function hideAll(): void {
    shown.value = new Set();
  }

  return { shown, isShown, toggle, hideAll };
}

export type RevealModel = ReturnType<typeof createRevealModel>;
