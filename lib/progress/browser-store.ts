import "client-only";
import { openArea } from "@/lib/storage/client";
import { ProgressStore } from "./progress-store";

let store: ProgressStore | undefined;

/** One store per tab, listening for other tabs' writes. */
export function getBrowserStore(): ProgressStore {
  if (!store) {
    store = new ProgressStore(openArea("local"));
    window.addEventListener("storage", store.handleStorageEvent);
  }
  return store;
}
