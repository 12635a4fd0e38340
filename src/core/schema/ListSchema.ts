import type { LocalizedText } from '../i18n/Locale';
import type { FieldSchema } from './FieldSchema';

export type ListKey =
  | 'settings'
  | 'dimensions'
  | 'services'
  | 'tools'
  | 'arenas'
  | 'routines'
  | 'contacts'
  | 'actionPlan'
  | 'annualWheel'
  | 'feedback'
  | 'evaluations';

/** Who may write to a list besides admins (SharePoint permission level granted to all staff). */
export type StaffAccess = 'read' | 'contribute';

export interface ListSchema {
  key: ListKey;
  /** The list's title in SharePoint; the product finds lists by it. */
  title: string;
  /** Site-relative URL of the list. */
  url: string;
  description: LocalizedText;
  /** The field holding the stable key other lists and exports refer to; Title when none. */
  keyField?: string;
  fields: FieldSchema[];
  versioning: boolean;
  /** Content approval keeps drafts from staff where a list has them. */
  contentApproval: boolean;
  staffAccess: StaffAccess;
  /** Part of the model every staff view needs (read at open) rather than a working list such as feedback. */
  partOfModel: boolean;
}

/** Every list has SharePoint's Title field; the schemas declare how each list uses it. */
export const TITLE_FIELD = 'Title';
