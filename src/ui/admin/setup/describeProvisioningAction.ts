import type { ProvisioningAction } from '../../../core/provisioning/ProvisioningAction';
import type { ListKey } from '../../../core/schema/ListSchema';
import { LISTS } from '../../../core/schema/lists';
import { MODEL_EDITORS_GROUP } from '../../../core/schema/listPermissions';
import type { AdminStrings } from '../strings';

function titleOf(key: ListKey): string {
  return LISTS.find((l) => l.key === key)?.title ?? key;
}

/** One provisioning step in the admin's language, naming lists as SharePoint shows them. */
export function describeProvisioningAction(action: ProvisioningAction, s: AdminStrings): string {
  const list = 'list' in action ? titleOf(action.list) : '';
  switch (action.kind) {
    case 'createList':
      return s.actions.createList(list);
    case 'renameList':
      return s.actions.renameList(action.from, list);
    case 'configureTitleField':
      return s.actions.configureTitleField(list);
    case 'addField':
      return s.actions.addField(list, action.field);
    case 'indexField':
      return s.actions.indexField(list, action.field);
    case 'enableVersioning':
      return s.actions.enableVersioning(list);
    case 'disableContentApproval':
      return s.actions.disableContentApproval(list);
    case 'createEditorsGroup':
      return s.actions.createEditorsGroup(action.group);
    case 'breakInheritance':
      return s.actions.breakInheritance(list);
    case 'grantRole':
      return s.actions.grantRole(list, action.principal === 'editors' ? MODEL_EDITORS_GROUP : action.principal, action.level);
    case 'setItemSecurity':
      return s.actions.setItemSecurity(list);
  }
}
