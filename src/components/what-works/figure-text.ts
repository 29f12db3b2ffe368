import { changeLabel } from "../../domain/relative-change.ts";
import type { GroupFigure } from "../../domain/what-works.ts";

/** A group's pooled change in words: the median with its range, or why there is none. */
export const figureText = (figure: GroupFigure) =>
  figure.summary && figure.summary.median !== null && figure.summary.min !== null && figure.summary.max !== null
    ? `${changeLabel(figure.summary.median)} (${changeLabel(figure.summary.min)} tot ${changeLabel(figure.summary.max)})`
    : "te weinig gemeenten";

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
