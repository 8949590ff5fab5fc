import type { ComponentType, ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AuthGate } from './auth/AuthGate';
import { useUser } from './auth/auth-context';
import { AREAS, HOME_OF, mayOpen, type Area } from './layout/areas';
import { SettingsPage } from './pages/admin/settings/SettingsPage';
import { JobsPage } from './pages/admin/jobs/JobsPage';
import { UsersPage } from './pages/admin/users/UsersPage';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { FbaPage } from './pages/fba/FbaPage';
import { HomePage } from './pages/HomePage';
import { InventoryPage } from './pages/inventory/InventoryPage';
import { LabelsPage } from './pages/labels/LabelsPage';
import { NoAccessPage } from './pages/NoAccessPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrdersPage } from './pages/orders/OrdersPage';
import { PackingPage } from './pages/packing/PackingPage';
import { CountPage } from './pages/picker/CountPage';
import { MovePage } from './pages/picker/MovePage';
import { PickerPage } from './pages/picker/PickerPage';
import { ProductsPage } from './pages/products/ProductsPage';
import { PurchasingPage } from './pages/purchasing/PurchasingPage';
import { PicklistPage } from './pages/picklist/PicklistPage';

/** Areas with a real page; every other area shows what it will hold. */
const BUILT: Partial<Record<string, ComponentType>> = {
  '/picklist': PicklistPage,
  '/picker': PickerPage,
  '/picker/move': MovePage,
  '/picker/count': CountPage,
  '/packing': PackingPage,
  '/orders': OrdersPage,
  '/labels': LabelsPage,
  '/inventory': InventoryPage,
  '/products': ProductsPage,
  '/purchasing': PurchasingPage,
  '/fba-shipments': FbaPage,
  '/admin/users': UsersPage,
  '/admin/settings': SettingsPage,
  '/admin/jobs': JobsPage,
};

function Guarded({ area, children }: { area: Area; children: ReactNode }) {
  const user = useUser();
  return mayOpen(area, user.role) ? children : <NoAccessPage />;
}

function RoleHome() {
  const user = useUser();
  return user.role === 'admin' ? <HomePage /> : <Navigate to={HOME_OF[user.role]} replace />;
}

function pageFor(area: Area) {
  const Page = BUILT[area.path];
  return Page ? <Page /> : <ComingSoonPage area={area} />;
}

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AuthGate />,
    children: [
      { index: true, element: <RoleHome /> },
      ...AREAS.map((area) => ({
        path: area.path.slice(1),
        element: <Guarded area={area}>{pageFor(area)}</Guarded>,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
