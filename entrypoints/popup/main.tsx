import { render } from 'preact';

import { PopupApp } from './PopupApp';
import { createPopupModel } from './popup-model';
import '@/components/base.css';

render(<PopupApp model={createPopupModel()} />, document.getElementById('app')!);
