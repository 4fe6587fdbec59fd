import type { CoachMark } from '../../conversation/coach';

/** The coach's suggestions, under the card: each names the words and a gentler way to say them. Never a block. */
export function CoachList({ marks }: { marks: CoachMark[] }) {
  return (
    <section className="coach" aria-labelledby="coach-title">
      <h2 id="coach-title" className="coach-title">
        I-statement coach
      </h2>
      {marks.length === 0 ? (
        <p className="hint">
          Nothing to suggest. The coach looks for “always”, “never”, “you should”, “why do you” and sarcasm, and only
          ever suggests.
        </p>
      ) : (
        <ul className="coach-list" aria-label="Suggestions">
          {marks.map((mark) => (
            <li key={`${mark.start}-${mark.phrase}`} className="coach-item">
              <span className="coach-phrase">“{mark.phrase}”</span>
              <span className="coach-why">{mark.why}</span>
              <span className="coach-suggestion">
                <span className="visually-hidden">Suggestion: </span>
                {mark.suggestion}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
