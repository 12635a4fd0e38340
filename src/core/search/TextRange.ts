/** A range of characters in a text: `start` inclusive, `end` exclusive, as UTF-16 offsets (what String.slice takes). */
export interface TextRange {
  start: number;
  end: number;
}

/** A range together with the text it covers. */
export interface TextSpan extends TextRange {
  text: string;
}
