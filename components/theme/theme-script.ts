/**
 * Runs in <head> before the first paint, so a stored theme choice never flashes the wrong colours.
 * With no stored choice the CSS follows prefers-color-scheme. Kept tiny and constant so a CSP can
 * allow it by hash.
 */
export const themeScript =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
