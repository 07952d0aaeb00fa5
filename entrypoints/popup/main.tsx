import { render } from 'preact';

import { startI18n } from '@/utils/i18n';

import { PopupApp } from './PopupApp';
import { createPopupModel } from './popup-model';
import '@/components/base.css';
import '@/components/popup-catalog.css';
import '@/components/popup-orders.css';

// The language is known before the first text is drawn.
void startI18n().then(() =>
  render(<PopupApp model={createPopupModel()} />, document.getElementById('app')!),
);
