/** Headers every response carries, from `npm start` and in the files written for static hosts. */
export const securityHeaders: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "X-Frame-Options": "DENY",
  // No other origin's window keeps a handle on ours, and no other origin may embed our files.
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Files the build writes into out/ for hosts to read; they are configuration, never content. */
export const hostConfigFiles: readonly string[] = ["csp.json", "_headers", "nginx-headers.conf"];
