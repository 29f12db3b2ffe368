import { beforeAll } from "vitest";
import { type Neighbours, createNeighbours } from "./fixtures.ts";

/**
 * Two fresh municipalities with a client per actor (see createNeighbours) for the tests around the
 * call: registers a beforeAll in the current file or describe block that fills the returned object,
 * so each test file sets up its actors in one line instead of copying the hook.
 */
export function freshNeighbours(): Neighbours {
  const neighbours = {} as Neighbours;
  beforeAll(async () => {
    Object.assign(neighbours, await createNeighbours());
  });
  return neighbours;
}
