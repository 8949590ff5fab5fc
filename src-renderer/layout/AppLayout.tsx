import { useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useUser } from '../auth/auth-context';
import { ScannerProvider } from '../hooks/ScannerProvider';
import { useStationInfo } from '../hooks/useStationInfo';
import { areaAt } from './areas';
import { Brand } from './Brand';
import { NavList } from './NavList';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const user = useUser();
  const { pathname } = useLocation();
  // Remembering where the menu was opened closes it by itself once the page changes.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === pathname;
  const scanner = useStationInfo()?.scanner;
  const title = areaAt(pathname)?.label ?? (pathname === '/' ? 'Home' : '');

  return (
    <ScannerProvider
      terminator={scanner?.terminator}
      minLength={scanner?.min_length}
      maxGapMs={scanner?.max_gap_ms}
    >
      <title>{title ? `${title} · Warehouse Station` : 'Warehouse Station'}</title>
      <div className="shell">
        <header className="topbar">
          <Brand />
          <span className="topbar-title">{title}</span>
          <button
            className="menu-button"
            type="button"
            aria-expanded={menuOpen}
            aria-controls="sidebar"
            onClick={() => setMenuOpenAt(menuOpen ? null : pathname)}
          >
            {menuOpen ? 'Close' : 'Menu'}
          </button>
        </header>
        <div id="sidebar" className={menuOpen ? 'sidebar open' : 'sidebar'}>
          <Brand />
          <NavList role={user.role} onNavigate={() => setMenuOpenAt(null)} />
          <UserMenu />
        </div>
        <main className="content">
          <Outlet />
        </main>
      </div>
    </ScannerProvider>
  );
}
