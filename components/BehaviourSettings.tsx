import {
  AUTO_CANCEL_MINUTES,
  MAX_POLL_INTERVAL_SEC,
  type BehaviourField,
  type createBehaviourModel,
} from '@/entrypoints/options/settings/behaviour-model';
import { t } from '@/utils/i18n';
import { MIN_POLL_INTERVAL_SEC, type Language } from '@/utils/storage';

interface Props {
  model: ReturnType<typeof createBehaviourModel>;
}

const PROBLEM_IDS: Record<BehaviourField, string> = {
  pollIntervalSec: 'poll-interval-problem',
  autoCancelMinutes: 'auto-cancel-problem',
};

/** How the extension behaves: filling by itself, notifications, polling and automatic cancel. */
export function BehaviourSettings({ model }: Props) {
  const form = model.form.value;
  const status = model.status.value;
  const problemOf = (field: BehaviourField) =>
    status.kind === 'invalid' && status.field === field ? status.message : null;

  /** The refusal of a field, right under it, and the field marked as refused. */
  const problemNote = (field: BehaviourField) => {
    const problem = problemOf(field);
    if (problem === null) return null;
    return (
      <p id={PROBLEM_IDS[field]} class="field__problem" role="alert">
        {problem}
      </p>
    );
  };
  const invalidProps = (field: BehaviourField) =>
    problemOf(field) === null
      ? { 'aria-invalid': false }
      : { 'aria-invalid': true, 'aria-describedby': PROBLEM_IDS[field] };

  return (
    <form
      aria-labelledby="behaviour-title"
      onSubmit={(event) => {
        event.preventDefault();
        void model.save();
      }}
    >
      <h2 id="behaviour-title">{t('optionsBehaviourTitle')}</h2>
      <label class="field field--inline">
        <input
          type="checkbox"
          name="autoFill"
          checked={form.autoFill}
          onChange={(event) => model.edit({ autoFill: event.currentTarget.checked })}
        />
        <span>{t('optionsAutoFill')}</span>
      </label>
      <label class="field field--inline">
        <input
          type="checkbox"
          name="notifications"
          checked={form.notifications}
          onChange={(event) => model.edit({ notifications: event.currentTarget.checked })}
        />
        <span>{t('optionsNotifications')}</span>
      </label>
      <label class="field">
        <span>{t('optionsPollInterval', MIN_POLL_INTERVAL_SEC)}</span>
        <input
          type="number"
          name="pollIntervalSec"
          min={MIN_POLL_INTERVAL_SEC}
          max={MAX_POLL_INTERVAL_SEC}
          value={form.pollIntervalSec}
          {...invalidProps('pollIntervalSec')}
          onInput={(event) => model.edit({ pollIntervalSec: event.currentTarget.value })}
        />
      </label>
      {problemNote('pollIntervalSec')}
      <label class="field">
        <span>{t('optionsAutoCancel')}</span>
        <input
          type="number"
          name="autoCancelMinutes"
          min={AUTO_CANCEL_MINUTES.min}
          max={AUTO_CANCEL_MINUTES.max}
          value={form.autoCancelMinutes}
          {...invalidProps('autoCancelMinutes')}
          onInput={(event) => model.edit({ autoCancelMinutes: event.currentTarget.value })}
        />
      </label>
      {problemNote('autoCancelMinutes')}
      <label class="field">
        <span>{t('optionsLanguage')}</span>
        <select
          name="language"
          value={form.language}
          onChange={(event) => model.edit({ language: event.currentTarget.value as Language })}
        >
          <option value="auto">{t('optionsLanguageAuto')}</option>
          {/* Each language is named in itself, whatever the page's language. */}
          <option value="tr" lang="tr">
            {t('optionsLanguageTurkish')}
          </option>
          <option value="en" lang="en">
            {t('optionsLanguageEnglish')}
          </option>
        </select>
      </label>
      <button type="submit">{t('optionsSaveBehaviour')}</button>
      {status.kind === 'saved' && <span role="status"> {t('optionsSaved')}</span>}
    </form>
  );
}
