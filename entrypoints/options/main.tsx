import { render } from 'preact';

import { startI18n } from '@/utils/i18n';

import { OptionsApp } from './OptionsApp';
import '@/components/base.css';
import '@/components/options.css';

// The language is known before the first text is drawn.
void startI18n().then(() => render(<OptionsApp />, document.getElementById('app')!));
