/** A tool (verktøy): a form, a guide or a checklist, opened from its document link. */
export interface Tool {
  key: string;
  title: string;
  description: string;
  /** Link to the document (a SharePoint file or a public page). */
  documentUrl: string;
  placements: string[];
  id?: number;
}
