import { ProgressStore } from "./progress-store";

let store: ProgressStore | undefined;

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** One store per tab, listening for other tabs' writes. */
export function getBrowserStore(): ProgressStore {
  if (!store) {
    store = new ProgressStore(browserStorage());
    window.addEventListener("storage", store.handleStorageEvent);
  }
  return store;
}

export { browserStorage };
