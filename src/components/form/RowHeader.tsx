/** The legend and remove button of one repeatable row (a hypothesis, budget line, risk or partner). */
export function RowHeader({ legend, onRemove, removeLabel }: { legend: string; onRemove: () => void; removeLabel: string }) {
  return (
    <>
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onRemove}>
        {removeLabel}
      </button>
    </>
  );
}

/** Removing a row that is already stored deletes it on save: ask first. Unsaved rows go at once. */
export function confirmRemoval(stored: boolean, what: string): boolean {
  return !stored || window.confirm(`${what} verwijderen? Dit wordt definitief bij opslaan.`);
}
