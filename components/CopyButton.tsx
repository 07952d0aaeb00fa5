import type { CopyModel } from '@/entrypoints/popup/copy-model';
import { t } from '@/utils/i18n';

interface Props {
  copy: CopyModel;
  /** Unique on screen, so only this button says "Copied". */
  id: string;
  text: string;
  /** The whole accessible name, from the locale files: "Copy number". */
  label?: string;
  /** Without `label`: what is copied, read as "Copy <what>". */
  what?: string;
}

export function CopyButton({ copy, id, text, label, what }: Props) {
  const said =
    copy.copied.value === id
      ? t('popupCopied')
      : copy.failed.value === id
        ? t('popupNotCopied')
        : null;
  const name = label ?? (what === undefined ? t('popupCopy') : t('popupCopyWhat', what));
  return (
    <button type="button" class="copy" aria-label={name} onClick={() => void copy.copy(id, text)}>
      {said ?? t('popupCopy')}
    </button>
  );
}
