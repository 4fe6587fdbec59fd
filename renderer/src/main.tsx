import '@fontsource-variable/literata/wght.css';
import '@fontsource-variable/literata/wght-italic.css';
import '@fontsource-variable/source-sans-3/wght.css';
import '@fontsource-variable/source-sans-3/wght-italic.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAppearance } from './shell/appearance';
import { keepFieldsOutOfAutofill } from './shell/noAutofill';
import './styles.css';

keepFieldsOutOfAutofill();

const root = document.getElementById('root');
// The theme and type are on <html> before React paints anything, so nothing shows first in the wrong theme.
void loadAppearance().finally(() => {
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
});
