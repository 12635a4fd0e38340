/** A tool's title and description in Nynorsk beside the site's main written standard. */
export interface ToolNynorsk {
  title?: string;
  description?: string;
}

/** A tool (verktøy): a form, a guide or a checklist, opened from its document link. */
export interface Tool {
  key: string;
  title: string;
  description: string;
  /** Link to the document (a SharePoint file or a public page). */
  documentUrl: string;
  placements: string[];
  /** Columns TitleNn, DescriptionNn. */
  nn?: ToolNynorsk;
  id?: number;
}
