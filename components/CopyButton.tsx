import type { CopyModel } from '@/entrypoints/popup/copy-model';

interface Props {
  copy: CopyModel;
  /** Unique on screen, so only this button says "Copied". */
  id: string;
  text: string;
  /** What is copied, for the accessible name: "number", "code". */
  what: string;
}

export function CopyButton({ copy, id, text, what }: Props) {
  const said = copy.copied.value === id ? 'Copied' : copy.failed.value === id ? 'Not copied' : null;
  return (
    <button
      type="button"
      class="copy"
      aria-label={`Copy ${what}`}
      onClick={() => void copy.copy(id, text)}
    >
      {said ?? 'Copy'}
    </button>
  );
}
