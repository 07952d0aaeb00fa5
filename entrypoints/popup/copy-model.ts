import { signal } from '@preact/signals';

const FEEDBACK_MS = 1500;

/** Copies to the clipboard and says so next to the button that did it. */
export function createCopyModel() {
  /** Which copy button to thank, e.g. "number:virtual:54210". */
  const copied = signal<string | null>(null);
  const failed = signal<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function copy(id: string, text: string): Promise<void> {
    clearTimeout(timer);
    try {
      await navigator.clipboard.writeText(text);
      copied.value = id;
      failed.value = null;
    } catch {
      // The clipboard can refuse (no focus, no permission); the text stays selectable.
      copied.value = null;
      failed.value = id;
    }

    timer = setTimeout(() => {
      copied.value = null;
      failed.value = null;
    }, FEEDBACK_MS);
  }

  return { copied, failed, copy };
}

export type CopyModel = ReturnType<typeof createCopyModel>;
