import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installZodMessages } from '@crm/contracts';
import { App } from './app/app';

// The same field messages as the API ("This field is required.") in every form.
installZodMessages();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render into.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
