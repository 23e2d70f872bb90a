import { tagFilterPath } from "@/lib/site";
import "./tag-link.css";

/** A question's tag as a link to every question that carries it. */
export function TagLink({ slug, title }: { slug: string; title: string }) {
  return (
    <a className="tag tag-link" href={tagFilterPath(slug)}>
      <span className="visually-hidden">Questions tagged </span>
      {title}
    </a>
  );
}
