import { SearchLauncher } from "../search/search-launcher.client";
import { ThemeToggle } from "../theme/theme-toggle.client";

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav aria-label="Site" className="site-nav">
        <a href="/" className="brand">
          Followup
        </a>
        <span className="brand-tag">Node.js interview prep</span>
        <a href="/practice">Practice</a>
        <a href="/mock">Mock interview</a>
        <a href="/questions">All questions</a>
        <a href="/plan">Plan</a>
        <a href="/progress">Progress</a>
      </nav>
      <div className="header-tools">
        <SearchLauncher />
        <ThemeToggle />
      </div>
    </header>
  );
}
