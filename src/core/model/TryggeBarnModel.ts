import type { ActionPlanItem } from './ActionPlanItem';
import type { AnnualWheelActivity } from './AnnualWheelActivity';
import type { Arena } from './Arena';
import type { Contact } from './Contact';
import type { ModelDimension } from './Dimension';
import type { Routine } from './Routine';
import type { Service } from './Service';
import type { ModelSettings } from './Settings';
import type { Tool } from './Tool';

/** Everything staff see: one municipality's model, as read from its lists. */
export interface TryggeBarnModel {
  settings: ModelSettings;
  dimensions: ModelDimension[];
  services: Service[];
  routines: Routine[];
  tools: Tool[];
  arenas: Arena[];
  contacts: Contact[];
  actionPlan: ActionPlanItem[];
  annualWheel: AnnualWheelActivity[];
}
