import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { isValidElement, type ReactElement } from "react";

/**
 * A table of things, one per row, built from the NL Design System's table components and rendered
 * on the server (used in .astro pages without a client directive). On a narrow screen its rows
 * stack, each cell labelled with its column's header (tables.css: .stack-table, data-label).
 */

/** A link whose address is written out after it on paper (print.css), when printHref is given. */
type LinkCell = { text: string; href: string; printHref?: string };
type Cell = string | number | LinkCell | ReactElement | null;
type Column = {
  label: string;
  numeric?: boolean;
  /** A column of sentences: keeps room for a few words a line. */
  prose?: boolean;
};
type Row = { key: string; header: Cell; cells: Cell[] };

type Props = {
  caption: string;
  /** The caption is read out but not shown, where a heading right above already says it. */
  captionHidden?: boolean;
  /** The first column's header: the column of row headers. */
  headerColumn: string;
  columns: Column[];
  rows: Row[];
  footer?: Row;
  /** Stack the rows on a narrow screen; false for a table of two columns, which fits anyway. */
  stacked?: boolean;
};

function content(cell: Cell) {
  if (cell === null || typeof cell === "string" || typeof cell === "number" || isValidElement(cell)) return cell;
  return (
    <a className="utrecht-link" href={cell.href} data-print-href={cell.printHref}>
      {cell.text}
    </a>
  );
}

const classes = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(" ") || undefined;

function BodyRow({ row, columns, strong = false }: { row: Row; columns: Column[]; strong?: boolean }) {
  return (
    <TableRow>
      <TableHeaderCell scope="row">{content(row.header)}</TableHeaderCell>
      {row.cells.map((cell, index) => {
        const column = columns[index];
        const empty = cell === null || cell === "";
        return (
          <TableCell
            // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its columns, in their fixed order.
            key={index}
            numericColumn={column?.numeric}
            className={classes(column?.numeric && "num", column?.prose && "cell--prose")}
            data-label={empty ? undefined : column?.label}
          >
            {strong && !empty ? <strong>{content(cell)}</strong> : content(cell)}
          </TableCell>
        );
      })}
    </TableRow>
  );
}

export function DataTable({ caption, captionHidden, headerColumn, columns, rows, footer, stacked = true }: Props) {
  return (
    <Table className={classes(stacked && "stack-table")}>
      <TableCaption className={classes(captionHidden && "visually-hidden")}>{caption}</TableCaption>
      {columns.length > 0 && (
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{headerColumn}</TableHeaderCell>
            {columns.map((column) => (
              <TableHeaderCell key={column.label} scope="col" numericColumn={column.numeric} className={classes(column.numeric && "num")}>
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
      )}
      <TableBody>
        {rows.map((row) => (
          <BodyRow key={row.key} row={row} columns={columns} />
        ))}
      </TableBody>
      {footer && (
        <TableFooter>
          <BodyRow row={footer} columns={columns} strong />
        </TableFooter>
      )}
    </Table>
  );
}
