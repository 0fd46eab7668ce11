/**
 * How the Astro that `npm run build` (scripts/build.ts) starts knows it was started that way. The script
 * checks the content before Astro starts and writes the search index after Astro has exited (in its own
 * process, so the indexer's memory never adds to Astro's), so those integrations step aside in that Astro.
 *
 * The variable holds the script's process id, which only the Astro it started directly matches: a value
 * left in a shell or CI environment never turns the checks or the index off in a plain `astro build`.
 */
export const BUILD_SCRIPT_ENV = 'GSA_BUILD_SCRIPT';

/** True in the Astro that scripts/build.ts started. */
export const startedByBuildScript = () => process.env[BUILD_SCRIPT_ENV] === String(process.ppid);
