/**
 * Limits on an imported file. A whole municipal model (the starter model: about 150 items) is well under 1 MB;
 * 5 MB leaves room for a large one and keeps a wrong or hostile file from freezing the browser.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Rows per collection; far below SharePoint's list view threshold (5,000). */
export const MAX_IMPORT_ROWS = 2000;

/** Objects nest a few levels in a model document; anything deeper is not one. */
export const MAX_IMPORT_DEPTH = 8;

/**
 * Keys that could reach an object's prototype if a file's objects were ever merged into others. JSON.parse
 * keeps them as plain properties, but no model has a use for them, so a file holding one is refused.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
