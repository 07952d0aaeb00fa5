import type { createBehaviourModel } from '@/entrypoints/options/settings/behaviour-model';
import type { Language } from '@/utils/storage';

interface Props {
  model: ReturnType<typeof createBehaviourModel>;
}

/** How the extension behaves: filling by itself, notifications, polling and automatic cancel. */
export function BehaviourSettings({ model }: Props) {
  const form = model.form.value;
  const status = model.status.value;

  return (
    <form
      aria-labelledby="behaviour-title"
      onSubmit={(event) => {
        event.preventDefault();
        void model.save();
      }}
    >
      <h2 id="behaviour-title">Behaviour</h2>
      <label class="field field--inline">
        <input
          type="checkbox"
          name="autoFill"
          checked={form.autoFill}
          onChange={(event) => model.edit({ autoFill: event.currentTarget.checked })}
        />
        <span>Fill an arriving code into the page where its number was filled</span>
      </label>
      <label class="field field--inline">
        <input
          type="checkbox"
          name="notifications"
          checked={form.notifications}
          onChange={(event) => model.edit({ notifications: event.currentTarget.checked })}
        />
        <span>Notify when an SMS arrives</span>
      </label>
      <label class="field">
        <span>Ask for codes every (seconds, 5 or more)</span>
        <input
          type="number"
          name="pollIntervalSec"
          min={5}
          max={600}
          value={form.pollIntervalSec}
          onInput={(event) => model.edit({ pollIntervalSec: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>Cancel a number with no code after (minutes, empty for never)</span>
        <input
          type="number"
          name="autoCancelMinutes"
          min={3}
          max={14}
          value={form.autoCancelMinutes}
          onInput={(event) => model.edit({ autoCancelMinutes: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>Language</span>
        <select
          name="language"
          value={form.language}
          onChange={(event) => model.edit({ language: event.currentTarget.value as Language })}
        >
          <option value="auto">Follow the browser</option>
          <option value="tr">Türkçe</option>
          <option value="en">English</option>
        </select>
      </label>
      <button type="submit">Save behaviour</button>
      {status.kind === 'saved' && <span role="status"> Saved.</span>}
      {status.kind === 'invalid' && (
        <p class="notice notice--error" role="alert">
          {status.message}
        </p>
      )}
    </form>
  );
}
