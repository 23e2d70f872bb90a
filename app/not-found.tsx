export default function NotFound() {
  return (
    <section className="not-found">
      <h1>That page does not exist</h1>
      <p>
        The link may be mistyped, or the question may have moved. Question links use stable ids, so an old link to a
        real question keeps working.
      </p>
      <p>
        <a href="/">Browse all sections</a>
      </p>
    </section>
  );
}
