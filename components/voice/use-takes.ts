import "client-only";
import { useEffect, useState } from "react";
import { listMockTakes, listTakes, onTakesChanged, type TakeList } from "@/lib/voice/client";

export type TakesState = { kind: "loading" } | { kind: "ready"; list: TakeList } | { kind: "error"; message: string };

const unreadable =
  "Your recordings could not be read: this browser's storage is blocked or unavailable. Nothing was changed.";

/**
 * A question's takes, or one mock interview's when `mockStartedAt` is given (all of its questions'
 * when `questionId` is empty), kept fresh as takes change.
 */
export function useTakes(questionId: string, mockStartedAt?: string): TakesState {
  const [state, setState] = useState<TakesState>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    const load = () =>
      (mockStartedAt ? listMockTakes(mockStartedAt) : listTakes(questionId)).then(
        (list) =>
          live &&
          setState({
            kind: "ready",
            // An empty question id asks for every question of the mock.
            list:
              mockStartedAt && questionId
                ? { ...list, takes: list.takes.filter((t) => t.questionId === questionId) }
                : list,
          }),
        () => live && setState({ kind: "error", message: unreadable }),
      );
    void load();
    const stop = onTakesChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [questionId, mockStartedAt]);
  return state;
}
