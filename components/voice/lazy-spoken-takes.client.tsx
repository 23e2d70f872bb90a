"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const none = () => null;
// Loaded after the reveal or with a report; offline, the takes are simply left out.
const load = () => import("./spoken-takes.client");
const SpokenTakes = lazy(() => load().catch(() => ({ default: none })));
const MockTakeLoaded = lazy(() =>
  load().then(
    (m) => ({ default: m.MockTake }),
    () => ({ default: none }),
  ),
);
const StoredMockTakesLoaded = lazy(() =>
  load().then(
    (m) => ({ default: m.StoredMockTakes }),
    () => ({ default: none }),
  ),
);
const SpeakingTimeLoaded = lazy(() =>
  load().then(
    (m) => ({ default: m.SpeakingTime }),
    () => ({ default: none }),
  ),
);

type MockProps = { questionId: string; mockStartedAt: string };

export function LazySpokenTakes(props: ComponentProps<typeof SpokenTakes>) {
  return (
    <Suspense fallback={null}>
      <SpokenTakes {...props} />
    </Suspense>
  );
}

export function LazyMockTake(props: MockProps) {
  return (
    <Suspense fallback={null}>
      <MockTakeLoaded {...props} />
    </Suspense>
  );
}

export function LazySpeakingTime(props: MockProps) {
  return (
    <Suspense fallback={null}>
      <SpeakingTimeLoaded {...props} />
    </Suspense>
  );
}

export function LazyStoredMockTakes(props: {
  mockStartedAt: string;
  questions: readonly { id: string; title: string }[];
}) {
  return (
    <Suspense fallback={null}>
      <StoredMockTakesLoaded {...props} />
    </Suspense>
  );
}
