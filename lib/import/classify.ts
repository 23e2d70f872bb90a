import "server-only";
import { append } from "./append";
import { isList, splitBlocks, type Block } from "./blocks";
import { isAnswerLine, parseFollowUp, splitQaParagraph, stripAnswerPrefix } from "./follow-ups";
import { listItems, sentences, toPlainText } from "./inline";
import { matchLabel, type LabelPart } from "./labels";
import type { ClassifiedBody, SourceLine } from "./types";
import { wordsOf } from "./words";

const join = (lines: SourceLine[]) => lines.map((l) => l.text.trim()).join(" ");

/** Where the text after a label (or after nothing) goes. */
type State = LabelPart;

const looksLikeQuestion = (text: string) =>
  /^\**\s*Q\d*\s*[:.)]/i.test(text) || /\?\**["”]?\s*$/.test(text.split(/\s{2,}|\n/)[0]!.trim());

/**
 * Sorts the blocks of one accordion into the parts of a question. Unlabelled text is the answer;
 * a label switches the part; intent and red flag take the block after their label (and lists
 * after it), then text returns to the answer, because pages put intent before or after the answer.
 */
export function classifyBody(lines: SourceLine[], title: string): ClassifiedBody {
  const out: ClassifiedBody = {
    body: [],
    intent: [],
    followUps: [],
    found: new Set(),
    removed: [],
    warnings: [],
    isCodeExample: false,
  };
  let state: State = "answer";
  let taken = 0;
  let templateStarted = false;
  const toBody = (block: Block) => {
    if (state === "template" && !templateStarted) {
      out.body.push(
        { text: "### Structured answer template", line: block.lines[0]!.line },
        { text: "", line: block.lines[0]!.line },
      );
      templateStarted = true;
    }
    append(out.body, block.lines);
    out.body.push({ text: "", line: block.lines.at(-1)!.line });
  };
  const backToAnswer = (block: Block, why: string) => {
    out.warnings.push({ line: block.lines[0]!.line, message: why });
    state = "answer";
    toBody(block);
  };

  for (const original of splitBlocks(lines)) {
    let block = original;
    const label = block.kind === "text" ? matchLabel(block.lines[0]!.text) : undefined;
    if (label) {
      out.removed.push({ line: block.lines[0]!.line, text: label.label });
      out.found.add(label.part === "answer" ? "answer label" : label.part);
      state = label.part;
      taken = 0;
      templateStarted = false;
      const rest = [{ text: label.rest, line: block.lines[0]!.line }, ...block.lines.slice(1)].filter(
        (l) => l.text.trim() !== "",
      );
      if (rest.length === 0) continue;
      block = { kind: "text", lines: rest };
    }
    if (block.kind === "fence") {
      const diagram = /^mermaid\b/.test(block.info ?? "");
      out.found.add(diagram ? "diagrams" : "code");
      if (state !== "answer" && state !== "template")
        backToAnswer(block, `code in the ${state} part moved to the answer body`);
      else toBody(block);
      continue;
    }
    if (block.kind === "callout") {
      out.found.add("callouts");
      if (state !== "template") state = "answer";
      toBody(block);
      continue;
    }
    if (block.kind === "heading") {
      if (state !== "template") state = "answer";
      toBody(block);
      continue;
    }
    if (block.kind === "tag") {
      out.removed.push({ line: block.lines[0]!.line, text: block.lines[0]!.text.trim() });
      continue;
    }
    const list = isList(block.lines[0]!.text);
    const before = {
      intent: out.intent.length,
      followUps: out.followUps.length,
      redFlag: out.redFlag,
      bodyLength: out.body.length,
    };
    if (state === "intent" && (taken === 0 || list)) {
      out.intent.push(
        ...(list
          ? listItems(block.lines).map((i) => toPlainText([i.text, ...i.nested].join(" ")))
          : sentences(toPlainText(join(block.lines)))),
      );
    } else if (state === "red flag" && (taken === 0 || list)) {
      out.redFlag = [
        out.redFlag,
        toPlainText(
          list
            ? listItems(block.lines)
                .map((i) => [i.text, ...i.nested].join(" "))
                .join("; ")
            : join(block.lines),
        ),
      ]
        .filter(Boolean)
        .join(" ");
    } else if (state === "follow-ups") {
      const text = join(block.lines);
      const last = out.followUps.at(-1);
      if (list) append(out.followUps, listItems(block.lines).map(parseFollowUp));
      else if (last && (isAnswerLine(text) || (!looksLikeQuestion(text) && last.answer === undefined))) {
        last.answer = [last.answer, toPlainText(stripAnswerPrefix(text))].filter(Boolean).join(" ");
      } else if (looksLikeQuestion(text)) {
        append(out.followUps, splitQaParagraph(text, block.lines[0]!.line).map(parseFollowUp));
      } else backToAnswer(block, "text after the follow-ups is not a follow-up; kept in the answer body");
    } else if (state === "intent" || state === "red flag") {
      state = "answer";
      toBody(block);
    } else toBody(block);
    if (out.body.length === before.bodyLength) {
      const kept = [
        ...out.intent.slice(before.intent),
        out.redFlag ?? "",
        ...out.followUps.slice(before.followUps).flatMap((f) => [f.question, f.answer ?? ""]),
      ];
      if (before.followUps === out.followUps.length && out.followUps.at(-1))
        kept.push(out.followUps.at(-1)!.answer ?? "");
      noteDropped(out, block.lines, kept.join(" "));
    }
    if (state !== "answer") taken += 1;
  }
  finish(out, title);
  return out;
}

/** Words of a block that its extracted parts do not carry (list numbers, `Q1:` / `A:` markers), listed as removed. */
function noteDropped(out: ClassifiedBody, lines: SourceLine[], kept: string) {
  const keptWords = new Set(wordsOf(kept));
  const dropped = lines.flatMap((l) => wordsOf(l.text)).filter((w) => !keptWords.has(w));
  if (dropped.length > 0)
    out.removed.push({ line: lines[0]!.line, text: `markers ${[...new Set(dropped)].join(" ")}` });
}

function finish(out: ClassifiedBody, title: string) {
  const prose = out.body.filter((l) => l.text.trim() !== "" && !/^#{1,6}\s/.test(l.text));
  if (prose.length > 0) out.found.add("answer");
  if (out.followUps.length > 0) out.found.add("follow-ups");
  if (out.intent.length > 0) out.found.add("intent");
  if (out.redFlag) out.found.add("red flag");
  const labelled = ["answer label", "intent", "red flag", "follow-ups"].some((p) => out.found.has(p as never));
  let inFence = false;
  let code = 0;
  for (const l of prose) {
    if (/^\s*(`{3,}|~{3,})/.test(l.text)) inFence = !inFence;
    else if (inFence) code += 1;
  }
  const mostlyCode = prose.length > 0 && code / prose.length >= 0.6;
  out.isCodeExample =
    !labelled && (mostlyCode || /^(code )?examples?\b|^snippet\b/i.test(title)) && out.found.has("code");
  if (out.isCodeExample) out.found.add("code example");
}
