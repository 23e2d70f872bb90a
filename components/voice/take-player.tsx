import "client-only";
import { useEffect, useRef } from "react";
import { formatTakeLength } from "@/lib/voice";

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** One take: when, how long, a player, a download link, and Delete when offered. */
export function TakePlayer({
  blob,
  mimeType,
  createdAt,
  durationMs,
  label,
  onDelete,
}: {
  blob: Blob;
  mimeType: string;
  createdAt: number;
  durationMs: number;
  label: string;
  onDelete?: () => void;
}) {
  const audio = useRef<HTMLAudioElement>(null);
  const download = useRef<HTMLAnchorElement>(null);
  // The object URL lives as long as the player shows this blob, and is set on the elements
  // directly, so no render ever holds a URL already revoked.
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    if (audio.current) audio.current.src = url;
    if (download.current) download.current.href = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  // A take recorded in another browser's container may not play here; say so and offer the file.
  const playable =
    typeof document === "undefined" || mimeType === "application/octet-stream"
      ? true
      : document.createElement("audio").canPlayType(mimeType.split(";")[0] ?? mimeType) !== "";
  const extension = /mp4|aac/.test(mimeType) ? "m4a" : /ogg/.test(mimeType) ? "ogg" : "webm";
  return (
    <li className="take">
      <p className="take-meta">
        <strong>{label}</strong> · {when(createdAt)} ·{" "}
        <span data-testid="take-length">{formatTakeLength(durationMs)}</span>
      </p>
      <audio ref={audio} controls preload="metadata" aria-label={`${label}, ${formatTakeLength(durationMs)}`} />
      {playable ? null : <p className="take-note">This browser may not play this recording ({mimeType}).</p>}
      <p className="take-actions">
        <a
          ref={download}
          download={`answer-${new Date(createdAt).toISOString().slice(0, 19).replaceAll(":", "-")}.${extension}`}
        >
          Download
        </a>
        {onDelete ? (
          <button type="button" className="button-quiet" onClick={onDelete}>
            Delete
          </button>
        ) : null}
      </p>
    </li>
  );
}
