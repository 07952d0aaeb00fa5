import { render } from 'preact';

import { PopupApp } from './PopupApp';
import { createPopupModel } from './popup-model';
import '@/components/base.css';
import '@/components/popup-catalog.css';
import '@/components/popup-orders.css';

render(<PopupApp model={createPopupModel()} />, document.getElementById('app')!);
