import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AuthProvider } from './auth/AuthProvider';
import { registerAppShell } from './pwa/register';
import { router } from './routes';
import './styles/base.css';
import './styles/forms.css';
import './styles/content.css';
import './styles/shell.css';
import './styles/picking.css';
import './styles/packing.css';
import './styles/orders.css';
import './styles/packing-corrections.css';
import './styles/inventory.css';
import './styles/products.css';

registerAppShell();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider>
      <RouterProvider router={router} />
    </AuthProvider>
  </StrictMode>,
);
