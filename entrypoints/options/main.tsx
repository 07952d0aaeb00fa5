import { render } from 'preact';

import { OptionsApp } from './OptionsApp';
import '@/components/base.css';

render(<OptionsApp />, document.getElementById('app')!);
