import { SearchIcon } from "@/components/search";
import { SearchLauncher } from "@/components/search/search-launcher.client";
import { ThemeToggle } from "@/components/theme/theme-toggle.client";
import { LogoMark } from "./logo-mark";
import { NavMenu } from "./nav-menu.client";

export const siteLinks = [
  { href: "/practice", label: "Practice" },
  { href: "/mock", label: "Mock interview" },
  { href: "/questions", label: "All questions" },
  { href: "/plan", label: "Plan" },
  { href: "/progress", label: "Progress" },
] as const;

/**
 * One row at every width: the logo, the links (inline on wide screens, in a menu on narrow ones),
 * search and the theme toggle. The menu is a `<details>`, so it works before and without JavaScript.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <a href="/" className="brand">
          <LogoMark />
          <span className="brand-name">Followup</span>
        </a>
        <nav aria-label="Site" className="site-nav">
          {siteLinks.map((link) => (
            <a key={link.href} href={link.href}>
              {link.label}
            </a>
          ))}
        </nav>
        <div className="header-tools">
          <SearchLauncher icon={<SearchIcon />} />
          <ThemeToggle />
          <NavMenu links={siteLinks} />
        </div>
      </div>
    </header>
  );
}
