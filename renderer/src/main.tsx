import '@fontsource-variable/literata/wght.css';
import '@fontsource-variable/literata/wght-italic.css';
import '@fontsource-variable/source-sans-3/wght.css';
import '@fontsource-variable/source-sans-3/wght-italic.css';
// The design system's own stylesheets first, so each view's stylesheet can place a control without restyling it.
import './components/button.css';
import './components/field.css';
import './components/notice.css';
import './components/view-header.css';
import './components/dialog.css';
import './components/chip.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAppearance } from './shell/appearance';
import { keepFieldsOutOfAutofill } from './shell/noAutofill';
import './styles.css';

keepFieldsOutOfAutofill();

// Asked first and not awaited: its answer comes back before the session's, so the lock screen is drawn in the
// chosen theme without the first paint waiting on one more round trip (DESIGN §6: lock screen under 500 ms).
void loadAppearance();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
