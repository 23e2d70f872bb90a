/**
 * The pages that record answers aloud. Only they may use the microphone (for our own origin) and
 * play recordings from `blob:` URLs; every other response keeps both switched off.
 */
export const recordingRoutes: readonly string[] = ["/practice", "/mock"];

export const recordsAudio = (route: string): boolean => recordingRoutes.includes(route);

const permissionsPolicy = (microphone: "()" | "(self)") =>
  `camera=(), microphone=${microphone}, geolocation=(), payment=(), usb=()`;

/** Headers every response carries, from `npm start` and in the files written for static hosts. */
export const securityHeaders: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": permissionsPolicy("()"),
  "X-Frame-Options": "DENY",
  // No other origin's window keeps a handle on ours, and no other origin may embed our files.
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** The security headers of one page: a recording page lets its own origin use the microphone. */
export function pageSecurityHeaders(route: string): Readonly<Record<string, string>> {
  return recordsAudio(route)
    ? { ...securityHeaders, "Permissions-Policy": permissionsPolicy("(self)") }
    : securityHeaders;
}

/** Files the build writes into out/ for hosts to read; they are configuration, never content. */
export const hostConfigFiles: readonly string[] = ["csp.json", "_headers", "nginx-headers.conf"];
