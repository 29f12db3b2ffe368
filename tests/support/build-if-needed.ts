/** Builds the site when its sources are newer than the build, as `npm start` does; exits 1 when the build fails. */
import { build, needsBuild } from "../../src/launcher/build-if-needed.ts";

if (needsBuild() && !build()) process.exit(1);
