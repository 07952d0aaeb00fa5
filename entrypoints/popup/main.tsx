import { render } from 'preact';

import { PopupApp } from './PopupApp';
import '@/components/base.css';

render(<PopupApp />, document.getElementById('app')!);
