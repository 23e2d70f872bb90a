/**
 * The narrow-screen menu. Every link is a full page load, so the new page starts with it closed.
 */
export function NavMenu({ links }: { links: readonly { href: string; label: string }[] }) {
  return (
    <details className="nav-menu">
      <summary className="icon-button" aria-label="Menu">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 7h16M4 12h16M4 17h16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </summary>
      <nav aria-label="Site menu" className="nav-menu-panel">
        {links.map((link) => (
          <a key={link.href} href={link.href}>
            {link.label}
          </a>
        ))}
      </nav>
    </details>
  );
}
