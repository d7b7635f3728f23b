/**
 * Limits that the wording states as well as the code enforces, in a module with no imports so the
 * messages can name them without pulling in the code that enforces them.
 */

/** Snapshots are a few kilobytes each; with MAX_FILE_CHARS this keeps the key well inside any quota. */
export const MAX_SNAPSHOTS = 500;
