"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import {
  appendRecord,
  exportHistory,
  getHistoryStore,
  type MockRecord,
  isDesignRound,
  startMock,
  mockStore,
  defaultSettings,
  drawQuestions,
  newSeed,
  type MockSettings,
  decodeSettings,
} from "@/lib/mock/client";
import { reportIdOf, reportPath } from "@/lib/mock";
import { getBrowserStore, localDay, localTime, cardKey } from "@/lib/progress/client";
import { deckInTrack, type Deck } from "@/lib/deck";
import { chosenTrack, parseTrackParam, tracksOf } from "@/lib/url/client";
import { useMarkedTrackLink } from "@/components/track/client";
import { useDeck } from "@/components/card/client";
import { downloadJson, isTextEntry } from "@/components/shared/client";
import { LazyShortcutHelp as ShortcutHelp } from "@/components/card/lazy-shortcut-help.client";
import { StoreNotices } from "@/components/progress/store-notices.client";
import { MockReport } from "./mock-report.client";
import { MockRunner, type Confirmable } from "./mock-runner.client";
import { MockSetup } from "./mock-setup.client";
import { StoredReport } from "./stored-report.client";

const mockShortcuts = [
  ["F", "Ask the next follow-up (in a design round: during the deep dive)"],
  ["N", "Design round: move to the next phase"],
  ["S", "Skip this question"],
  ["P", "Pause or resume (limited)"],
  ["E", "End the interview early"],
  ["R", "Start or stop recording your answer aloud"],
  ["?", "Show or hide this help"],
] as const;

/** The tracks that hold design questions, for the design round's pointer when the chosen one has none. */
const designTracksOf = (deck: Deck) =>
  deck.tracks.filter((t) => deck.questions.some((q) => q.track === t.slug && q.kind === "design"));

const subscribeHistory = (listener: () => void) => getHistoryStore().subscribe(listener);
const historySnapshot = () => getHistoryStore().getSnapshot();

// The scheduler (ts-fsrs) is needed only to save a report's grades, so it is
// fetched when a report is shown rather than with the page.
const loadGrading = () => import("@/lib/progress/client");

/**
 * Saves a report's record, then brings the practice schedule in line with its grades: a changed
 * grade first undoes the one written before, so a card is never graded twice for one interview.
 * Resolves to whether the grades reached the schedule; the record is kept either way.
 */
async function syncReport(record: MockRecord, deck: Deck): Promise<boolean> {
  void getHistoryStore().update((past) => appendRecord(past, record));
  const sameMock = () => {
    const session = mockStore.getSnapshot();
    return session !== null && new Date(session.startedAt).toISOString() === record.startedAt;
  };
  const pending = () =>
    Object.entries(mockStore.getSnapshot()?.report ?? {}).filter(([, a]) => a.grade !== (a.applied?.grade ?? null));
  const waiting = pending();
  if (waiting.length === 0) return true;
  const grading = await loadGrading().catch(() => null);
  if (!grading) return false;
  const store = getBrowserStore();
  // An interview plan caps these grades as it caps practice's.
  const capOf = grading.deckCap(deck);
  // Read again after the wait, since another call may have written some of these; if the report was
  // left meanwhile ("New mock interview"), its grades are still written.
  for (const [id, a] of sameMock() ? pending() : waiting) {
    const entry = a.grade
      ? grading.regradeInStore(store, a.applied?.entry ?? null, cardKey(id), a.grade, capOf(cardKey(id)))
      : null;
    mockStore.dispatch({ type: "assess", id, patch: { applied: entry && a.grade ? { grade: a.grade, entry } : null } });
  }
  return true;
}

/** The mock interview island: set-up, the timed run, then the report and history. */
export function MockApp() {
  const { deck, error } = useDeck();
  // Stable while the deck is, since the report re-syncs whenever this changes.
  const onSync = useCallback((record: MockRecord) => syncReport(record, deck!), [deck]);
  const session = useSyncExternalStore(mockStore.subscribe, mockStore.getSnapshot, () => null);
  const [seed] = useState(() => newSeed());
  const history = useSyncExternalStore(subscribeHistory, historySnapshot, () => null);
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState("");
  // Skip and end cannot be taken back, so both keys and buttons ask first.
  const [confirm, setConfirm] = useState<Confirmable | null>(null);

  // The deck only exists after hydration, so reading the URL here cannot mismatch the server HTML.
  const search = deck ? window.location.search : "";
  const trackScope = deck ? parseTrackParam(search, tracksOf(deck.questions)) : null;
  const track = trackScope && chosenTrack(trackScope);
  useMarkedTrackLink(track);
  // Questions are drawn from the chosen track only; the runner and report look any id up in the whole deck.
  const pool = deck && deckInTrack(deck, track);
  const reportId = deck ? reportIdOf(search) : null;
  const link =
    pool && reportId === null
      ? decodeSettings(
          search,
          pool.sections.map((s) => s.slug),
        )
      : null;
  const initial: MockSettings = link?.kind === "ok" ? link.settings : defaultSettings(seed);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === "?" && !isTextEntry(event.target)) {
        event.preventDefault();
        setHelp((h) => !h);
        return;
      }
      if (!session || session.endedAt !== null || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTextEntry(event.target) || confirm || document.querySelector("dialog[open]")) return;
      const now = Date.now();
      const key = event.key.toLowerCase();
      const run = session.runs[session.runs.length - 1]!;
      const available = deck?.questions.find((q) => q.id === run.id)?.followUpCount ?? 0;
      if (key === "f") mockStore.dispatch({ type: "follow-up", now, available });
      if (key === "n") mockStore.dispatch({ type: "next-phase", now, available });
      // A design round is one question: skipping it would only end it, which E does.
      if (key === "s" && session.pausedAt === null && !isDesignRound(session)) setConfirm("skip");
      if (key === "p") mockStore.dispatch({ type: session.pausedAt === null ? "pause" : "resume", now });
      if (key === "e") setConfirm("end");
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const reportShown = session !== null && session.endedAt !== null;
  useEffect(() => {
    if (reportShown) loadGrading().catch(() => undefined);
  }, [reportShown]);

  if (error) return <p role="alert">{error}</p>;
  // Drawn before the scripts run too, so nothing looks ready to press while it is not.
  if (!deck || !pool || !history)
    return (
      <p className="mock-loading">
        <button type="button" className="button-primary" disabled aria-busy="true">
          Loading the mock interview…
        </button>
      </p>
    );

  const sectionTitle = (slug: string) => deck.sections.find((s) => s.slug === slug)?.title ?? slug;

  function start(settings: MockSettings) {
    const ids = drawQuestions(pool!.questions, settings);
    if (ids.length === 0)
      return setMessage(
        settings.format === "design-round"
          ? "No design questions match these settings; widen the sections or difficulty, or choose a track that has them."
          : "No questions match these settings; widen the sections or difficulty.",
      );
    mockStore.start(startMock(settings, ids, Date.now()));
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const result = await getHistoryStore().importJson(await file.text());
    input.value = "";
    setMessage(result.ok ? result.message : `Nothing was imported from ${file.name}: ${result.error}`);
  }

  const exportFile = () => downloadJson("followup-mock-history.json", exportHistory(history.value, new Date()));

  return (
    <div className="mock">
      {mockStore.problem() ? <p className="notice">{mockStore.problem()}</p> : null}
      <StoreNotices notices={history.notices} onDismiss={(n) => getHistoryStore().dismiss(n)} />
      {trackScope?.kind === "invalid" ? (
        <p className="notice" role="alert">
          {trackScope.message} The set-up below draws from every track.
        </p>
      ) : null}
      {link?.kind === "invalid" ? (
        <div className="notice" role="alert">
          <p>
            This mock link could not be used ({link.problems.join("; ")}). The set-up below starts from the defaults
            instead.
          </p>
        </div>
      ) : null}
      <p className="practice-tools">
        <button type="button" className="button-quiet keyboard-hint" onClick={() => setHelp(true)}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
        {session?.endedAt !== null && session && reportId === null ? (
          <button type="button" className="button-quiet" onClick={() => mockStore.end()}>
            New mock interview
          </button>
        ) : null}
      </p>
      {reportId !== null ? (
        <StoredReport id={reportId} mocks={history.value.mocks} sectionTitle={sectionTitle} />
      ) : !session ? (
        <>
          <MockSetup
            key={initial.seed}
            deck={pool}
            track={track}
            designTracks={designTracksOf(deck)}
            initial={initial}
            onStart={start}
          />
          <section className="panel" aria-labelledby="history-title">
            <h2 id="history-title" className="panel-title">
              Past mock interviews
            </h2>
            {history.value.mocks.length === 0 ? <p>None yet.</p> : null}
            <ul>
              {history.value.mocks
                .slice()
                .reverse()
                .map((m) => (
                  <li key={m.startedAt}>
                    <a href={reportPath(m.startedAt)}>
                      {localDay(new Date(m.startedAt))} {localTime(new Date(m.startedAt))}:{" "}
                      {m.settings.format === "design-round"
                        ? `design round, ${m.questions[0]?.title ?? "no question"}`
                        : `${m.questions.length} question${m.questions.length === 1 ? "" : "s"}`}
                    </a>
                    {m.weakSections.length > 0 ? `, weak: ${m.weakSections.map(sectionTitle).join(", ")}` : ""}
                  </li>
                ))}
            </ul>
            <p className="data-buttons">
              <button type="button" className="button-quiet" onClick={exportFile}>
                Export history
              </button>
              <label className="button-quiet file-button">
                Import history
                <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} />
              </label>
            </p>
          </section>
        </>
      ) : session.endedAt === null ? (
        <MockRunner deck={deck} session={session} confirm={confirm} onConfirm={setConfirm} />
      ) : (
        <MockReport deck={deck} session={session} onSync={onSync} />
      )}
      <p role="status">{message}</p>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} shortcuts={mockShortcuts} />
    </div>
  );
}
