import { NavLink } from 'react-router';
import type { Role } from '../api/types';
import { AREA_GROUPS, AREAS, mayOpen } from './areas';

export function NavList({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const visible = AREAS.filter((area) => mayOpen(area, role));
  return (
    <nav aria-label="Main">
      {role === 'admin' && (
        <ul className="nav-group">
          <li>
            <NavLink className="nav-link" to="/" end onClick={onNavigate}>
              Home
            </NavLink>
          </li>
        </ul>
      )}
      {AREA_GROUPS.map((group) => {
        const areas = visible.filter((area) => area.group === group);
        if (areas.length === 0) return null;
        return (
          <section key={group} aria-label={group}>
            <h2 className="nav-group-title">{group}</h2>
            <ul className="nav-group">
              {areas.map((area) => (
                <li key={area.path}>
                  <NavLink className="nav-link" to={area.path} onClick={onNavigate}>
                    {area.label}
                    {area.coming && (
                      // The page itself says so in words; the link keeps its plain name.
                      <span className="coming-tag" aria-hidden="true">
                        coming
                      </span>
                    )}
                  </NavLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
