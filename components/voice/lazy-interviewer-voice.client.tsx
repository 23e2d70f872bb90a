"use client";

import { lazy, Suspense, type ComponentProps, type ComponentType } from "react";

// Fetched when an interview starts, not with the set-up page; offline, the control is left out.
const InterviewerVoice = lazy((): Promise<{ default: ComponentType<{ texts: readonly string[] }> }> =>
  import("./interviewer-voice.client").then(
    (m) => ({ default: m.InterviewerVoice }),
    () => ({ default: () => null }),
  ),
);

export function LazyInterviewerVoice(props: ComponentProps<typeof InterviewerVoice>) {
  return (
    <Suspense fallback={null}>
      <InterviewerVoice {...props} />
    </Suspense>
  );
}
