import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyStatus } from "@/components/mdx";
import { CodeCopy } from "@/components/mdx/code-copy.client";
import { QuestionMarks } from "@/components/notes/question-marks.client";
import { QuestionNotes } from "@/components/notes/question-notes.client";
import { DifficultyBadge, KindBadge, QuestionToc, StatusBadge, TagLink } from "@/components/question";
import { CopyLink } from "@/components/question/copy-link.client";
import { StatusBadges } from "@/components/question/status-badges.client";
import { QuestionDetails } from "@/components/question/server";
import { TrackVersions } from "@/components/track";
import { getAllQuestions, getQuestionInPlace } from "@/lib/content/server";
import { pageOf, tagTitles } from "@/lib/content";
import { practiceQuestionPath, questionPath, sectionPath, trackPath } from "@/lib/site";

interface Props {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllQuestions()).map((q) => ({ id: q.id }));
}

async function find(params: Props["params"]) {
  const { id } = await params;
  const found = await getQuestionInPlace(id);
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, question } = await find(params);
  const path = questionPath(question.id);
  return {
    title: question.title,
    description: question.summary,
    alternates: { canonical: path },
    openGraph: {
      title: question.title,
      description: question.summary,
      url: path,
      type: "article",
      section: section.title,
    },
  };
}

export default async function QuestionPage({ params }: Props) {
  const { track, section, question } = await find(params);
  const position = section.questions.findIndex((q) => q.id === question.id);
  const previous = section.questions[position - 1];
  const next = section.questions[position + 1];
  const related = question.related.map((id) => track.questions.find((q) => q.id === id)!);
  const tagTitle = tagTitles(track);
  return (
    <article className="question-page" id={question.id}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={trackPath(track.slug)}>{track.title}</a> <span aria-hidden="true">/</span>{" "}
        <a href={`${sectionPath(track.slug, section.slug, pageOf(section.questions, question))}#${question.id}`}>
          {section.title}
        </a>
      </nav>
      <h1>{question.title}</h1>
      <p className="question-meta">
        <KindBadge kind={question.kind} />
        <DifficultyBadge difficulty={question.difficulty} />
        <StatusBadge id={question.id} />
        {question.tags.map((tag) => (
          <TagLink key={tag} slug={tag} title={tagTitle[tag] ?? tag} />
        ))}
        <CopyLink path={questionPath(question.id)} label={question.title} />
        <QuestionMarks id={question.id} />
      </p>
      <StatusBadges />
      <CodeCopy />
      <CopyStatus />
      <p className="lede">{question.summary}</p>
      <p className="practise-link">
        <a className="button-primary" href={practiceQuestionPath(question.id)}>
          Practise this question
        </a>
      </p>
      <QuestionDetails question={question} headingLevel={2} />
      <QuestionNotes id={question.id} title={question.title} />
      {related.length > 0 ? (
        <section className="panel">
          <h2 className="panel-title">Related questions</h2>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <a href={questionPath(r.id)}>{r.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav aria-label="Questions in this section" className="pager">
        {previous ? (
          <a href={questionPath(previous.id)} rel="prev">
            ← {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={questionPath(next.id)} rel="next">
            {next.title} →
          </a>
        ) : null}
      </nav>
      <TrackVersions track={track} />
      <QuestionToc question={question} />
    </article>
  );
}
