import Link from "next/link";
import { ThemeToggle } from "../theme/theme-toggle";

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav aria-label="Site" className="site-nav">
        <Link href="/" className="brand">
          Followup
        </Link>
        <span className="brand-tag">Node.js interview prep</span>
      </nav>
      <ThemeToggle />
    </header>
  );
}
