import { describe, expect, it } from 'vitest';

import { useExtension } from '../helpers/e2e';

const env = useExtension({ balance: 1000 });

async function openOptions(section = 'settings') {
  const options = await env.browser.context.newPage();
  await options.goto(`chrome-extension://${env.browser.extensionId}/options.html#${section}`);
  return options;
}

describe('the settings page', () => {
  it('switches to the sandbox address with its preset and warns about it', async () => {
    const options = await openOptions();

    await options.getByRole('button', { name: 'Sandbox on this computer' }).click();

    expect(await options.getByLabel('API address').inputValue()).toBe(
      'http://127.0.0.1:8787/api/v2',
    );
    await options.getByText('Not the official pale100 address').waitFor();
    await options.getByRole('button', { name: 'Official address' }).click();
    expect(await options.getByText('Not the official pale100 address').count()).toBe(0);
  });
});
