/**
 * A search snippet from the backend, with the matches wrapped in « ». Rendered by splitting the
 * string into text and <strong> parts, never as HTML: the snippet is text from a document.
 */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/[«»]/);
  return (
    <>
      {parts.map((part, i) =>
        part === '' ? null : i % 2 === 1 ? (
          <strong key={i}>{part}</strong>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}
