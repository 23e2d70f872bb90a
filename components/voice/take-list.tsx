import type { Take } from "@/lib/voice";
import { deleteTake } from "@/lib/voice/client";
import { TakePlayer } from "./take-player";

/** The last takes of a question, newest first, each playable and deletable. */
export function TakeList({
  takes,
  onError,
  first = 1,
}: {
  takes: readonly Take[];
  onError: (message: string) => void;
  /** The position of the first take shown, counting back from the latest (1). */
  first?: number;
}) {
  if (takes.length === 0) return null;
  return (
    <ol className="take-list" aria-label="Your recorded takes">
      {takes.map((take, i) => (
        <TakePlayer
          key={take.id}
          blob={take.blob}
          mimeType={take.mimeType}
          createdAt={take.createdAt}
          durationMs={take.durationMs}
          label={i + first === 1 ? "Latest take" : i + first === 2 ? "The take before" : "The oldest take"}
          onDelete={() =>
            deleteTake(take.id).catch(() => onError("The take could not be deleted: storage is unavailable."))
          }
        />
      ))}
    </ol>
  );
}
