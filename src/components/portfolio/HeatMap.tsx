import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { HeatMapCell } from "../../domain/portfolio/heat-map.ts";
import { riskLevel, riskLevelLabels } from "../../domain/risk-score.ts";

/**
 * The 5 × 5 matrix as a table: each cell says its count and level in words and links to its risks.
 * It is two-dimensional, so on a narrow screen it scrolls on its own, in a region named by the
 * text above it that a keyboard can reach and scroll.
 */
type Props = { rows: HeatMapCell[][]; query: string };

const impacts = [1, 2, 3, 4, 5];

export function HeatMap({ rows, query }: Props) {
  const link = (cell: HeatMapCell) =>
    `/portfolio/risicos?kans=${cell.likelihood}&impact=${cell.impact}${query ? `&${query.slice(1)}` : ""}`;
  return (
    <>
      <p className="utrecht-paragraph" id="risicokaart-tabel">
        Open risico's naar kans (rijen) en impact (kolommen); het getal is het aantal risico's.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled (WCAG 2.1.1). */}
      <section className="table-region" aria-labelledby="risicokaart-tabel" tabIndex={0}>
        <Table className="heat-map" aria-labelledby="risicokaart-tabel">
          <TableHeader>
            <TableRow>
              <TableCell />
              {impacts.map((impact) => (
                <TableHeaderCell key={impact} scope="col">
                  Impact {impact}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row[0]?.likelihood}>
                <TableHeaderCell scope="row">Kans {row[0]?.likelihood}</TableHeaderCell>
                {row.map((cell) => (
                  <TableCell key={cell.impact} className={`heat heat--${riskLevel(cell.score)}`}>
                    {cell.risks.length > 0 ? (
                      <a className="utrecht-link" href={link(cell)}>
                        <span className="heat__count">{cell.risks.length}</span>
                        <span className="visually-hidden">
                          {" "}
                          risico{cell.risks.length === 1 ? "" : "'s"} met kans {cell.likelihood} en impact {cell.impact},
                        </span>
                        <span className="heat__level"> {`${riskLevelLabels[riskLevel(cell.score)].toLowerCase()} (${cell.score})`}</span>
                      </a>
                    ) : (
                      <span className="heat__empty">
                        0<span className="visually-hidden"> risico's, score {cell.score}</span>
                      </span>
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </>
  );
}
