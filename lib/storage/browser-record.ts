import "client-only";
import { openArea } from "./areas";
import { RecordStore, type RecordKind } from "./record-store";

/** A getter for one store per tab of a shared record, created on first use and kept in step with other tabs. */
export function browserRecord<T>(kind: RecordKind<T>): () => RecordStore<T> {
  let store: RecordStore<T> | undefined;
  return () => {
    if (!store) {
      store = new RecordStore(kind, openArea("local"), true);
      window.addEventListener("storage", store.handleStorageEvent);
    }
    return store;
  };
}
