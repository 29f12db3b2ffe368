/** The shape of DataTable's columns, rows and cells. */

/** A link whose address is written out after it on paper (print.css), when printHref is given. */
type LinkCell = { text: string; href: string; printHref?: string };
/** A budget amount's flag: within budget or overspent (BudgetFlag). */
type FlagCell = { budget: { planned_cents: number; spent_cents: number; overspentLines?: number } };
/** Words in a column of figures, set apart from the figures (num--text). */
type RemarkCell = { remark: string };
export type Cell = string | number | LinkCell | FlagCell | RemarkCell | null;
export type Column = {
  label: string;
  numeric?: boolean;
  /** A column of sentences: keeps room for a few words a line. */
  prose?: boolean;
};
export type Row = { key: string; header: Cell; cells: Cell[] };
