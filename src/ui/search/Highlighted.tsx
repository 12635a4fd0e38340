import * as React from 'react';

export interface HighlightRange {
  start: number;
  end: number;
}

/** Text with <mark> around the given ranges — built from text nodes, never from an HTML string. */
export function Highlighted(props: { text: string; ranges: readonly HighlightRange[]; markClassName?: string }): React.ReactElement {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const ranges = [...props.ranges].sort((a, b) => a.start - b.start);
  ranges.forEach((range, i) => {
    if (range.start < at || range.end <= range.start) return;
    if (range.start > at) parts.push(props.text.slice(at, range.start));
    parts.push(
      <mark key={i} className={props.markClassName}>
        {props.text.slice(range.start, range.end)}
      </mark>
    );
    at = range.end;
  });
  parts.push(props.text.slice(at));
  return <>{parts}</>;
}
