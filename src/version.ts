/** Written by scripts/build.mjs from package.json and docker/Dockerfile; do not edit by hand. */

/** The package version (package.json). */
export const VERSION = '0.1.0';
/** The GitHub repository the package is released from, `owner/name` (package.json `repository`). */
export const REPOSITORY = 'orchestrate-action/orchestrate-action';
/** The OpenCode version the worker image pins (docker/Dockerfile's OPENCODE_VERSION). */
export const OPENCODE_VERSION = '1.18.33';
