/** Where happy-dom view tests draw: a fresh element per test, the fake browser reset. */
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { locale } from '@/utils/i18n';

export function mountRoot(): HTMLElement {
  fakeBrowser.reset();
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

/** Takes down what was drawn in `root` and goes back to the tests' English. */
export function unmountRoot(root: HTMLElement): void {
  render(null, root);
  root.remove();
  locale.value = 'en';
}
