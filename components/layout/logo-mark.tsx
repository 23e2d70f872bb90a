/** The logo mark: a follow-up arrow (↳) on the accent square; app/icon.svg is the same drawing. */
export function LogoMark() {
  return (
    <svg className="logo-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect className="logo-mark-tile" width="32" height="32" rx="8" />
      <path
        className="logo-mark-arrow"
        d="M11 8.5v8.25a4.25 4.25 0 0 0 4.25 4.25H23m-4-4 4 4-4 4"
        fill="none"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
