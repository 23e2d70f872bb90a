"use client";

import { useState } from "react";
import { formatTakeLength } from "@/lib/voice";
import { TakeList } from "./take-list";
import { TakePlayer } from "./take-player";
import { useTakes } from "./use-takes";

/**
 * After the reveal: the question's last takes, newest first, to play beside the model answer.
 * Shows nothing until a take exists, so a question answered silently looks as before.
 */
export default function SpokenTakes({ questionId }: { questionId: string }) {
  const state = useTakes(questionId);
  const [error, setError] = useState("");
  if (state.kind === "loading") return null;
  if (state.kind === "error") return <p className="notice">{state.message}</p>;
  const { takes, problems } = state.list;
  if (takes.length === 0 && problems.length === 0) return null;
  const [latest, ...earlier] = takes;
  return (
    <section className="spoken-takes" aria-labelledby={`takes-${questionId}`}>
      <h3 id={`takes-${questionId}`}>Your spoken answer</h3>
      {latest ? <TakeList takes={[latest]} onError={setError} /> : null}
      {earlier.length > 0 ? (
        <details className="earlier-takes">
          <summary>Earlier takes ({earlier.length})</summary>
          <TakeList takes={earlier} onError={setError} first={2} />
        </details>
      ) : null}
      {problems.map((p) => (
        <p key={p} className="notice">
          A stored recording could not be read and was left as it is: {p}
        </p>
      ))}
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}

/** A mock report's take of one question: how long you spoke, and the player. */
export function MockTake({ questionId, mockStartedAt }: { questionId: string; mockStartedAt: string }) {
  const state = useTakes(questionId, mockStartedAt);
  if (state.kind !== "ready") return null;
  const [take] = state.list.takes;
  if (!take) return <p className="take-none">No spoken answer recorded.</p>;
  return (
    <ol className="take-list" aria-label="Your spoken answer">
      <TakePlayer
        blob={take.blob}
        mimeType={take.mimeType}
        createdAt={take.createdAt}
        durationMs={take.durationMs}
        label="Your spoken answer"
      />
    </ol>
  );
}

/** "spoke 1:05" for the report's line about a question, or nothing when it was not recorded. */
export function SpeakingTime({ questionId, mockStartedAt }: { questionId: string; mockStartedAt: string }) {
  const state = useTakes(questionId, mockStartedAt);
  const take = state.kind === "ready" ? state.list.takes[0] : undefined;
  return take ? <span data-testid="speaking-time"> · spoke {formatTakeLength(take.durationMs)}</span> : null;
}

/** A past report's takes, one per question that has one, in the order asked. */
export function StoredMockTakes({
  mockStartedAt,
  questions,
}: {
  mockStartedAt: string;
  questions: readonly { id: string; title: string }[];
}) {
  const state = useTakes("", mockStartedAt);
  const takes = state.kind === "ready" ? state.list.takes : [];
  const asked = questions.flatMap((q) => {
    const take = takes.find((t) => t.questionId === q.id);
    return take ? [{ ...q, take }] : [];
  });
  if (asked.length === 0) return null;
  return (
    <section className="spoken-takes" aria-labelledby="stored-takes-title">
      <h3 id="stored-takes-title">Your spoken answers</h3>
      <ol className="take-list">
        {asked.map(({ id, title, take }) => (
          <TakePlayer
            key={id}
            blob={take.blob}
            mimeType={take.mimeType}
            createdAt={take.createdAt}
            durationMs={take.durationMs}
            label={title}
          />
        ))}
      </ol>
    </section>
  );
}
