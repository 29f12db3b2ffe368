import {
  DataBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { AuditPage } from "../../data/audit-log.ts";
import { describeAuditLine } from "../../domain/audit-sentence.ts";
import { formatDate } from "../../domain/dates.ts";

/**
 * The audit trail, one save per row: when, who (a link to that person's lines) and what, with its
 * details as a short list. On a narrow screen the rows stack, each cell labelled (tables.css).
 */
type Props = { items: AuditPage["items"] };

const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

export function AuditTable({ items }: Props) {
  return (
    <Table className="audit-table stack-table">
      <TableCaption className="visually-hidden">Wijzigingen, nieuwste eerst</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
          <TableHeaderCell scope="col">Wie</TableHeaderCell>
          <TableHeaderCell scope="col">Wat</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((entry) => {
          const sentence = describeAuditLine(entry.line, entry.links);
          const moment = entry.time.replace(" ", "T");
          return (
            <TableRow key={entry.id}>
              <TableCell className="audit-table__when" data-label="Wanneer">
                <time dateTime={moment}>{`${formatDate(entry.time)} ${timeFormat.format(new Date(moment))}`}</time>
              </TableCell>
              <TableCell className="audit-table__who" data-label="Wie">
                {entry.actor ? (
                  <a className="utrecht-link" href={`/portfolio/audit?persoon=${entry.actor}`}>
                    {entry.actor_name}
                  </a>
                ) : (
                  entry.actor_name
                )}
                {entry.actor_kind === "user" && !entry.actor && " (account verwijderd)"}
                {entry.actor_email && (
                  <>
                    <br />
                    {entry.actor_email}
                  </>
                )}
              </TableCell>
              <TableCell data-label="Wat">
                {sentence.stageGate && (
                  <>
                    <DataBadge className="badge--gate">Beslismoment</DataBadge>{" "}
                  </>
                )}
                {sentence.segments.map((segment, index) =>
                  segment.href ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the sentence's pieces keep their order.
                    <a key={index} className="utrecht-link" href={segment.href}>
                      {segment.text}
                    </a>
                  ) : (
                    segment.text
                  ),
                )}
                {sentence.details.length > 0 && ":"}
                {sentence.details.length > 0 && (
                  <ul className="audit-table__details">
                    {sentence.details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
