import * as React from 'react';
import { responsibleFor, type Responsible } from '../../core/model/responsibleFor';
import type { Routine } from '../../core/model/Routine';
import { useApp } from '../app/AppContext';
import { ReachDetails } from '../common/ReachDetails';
import { RouteLink } from '../common/RouteLink';
import { useResponsibleStrings } from './responsibleStrings';

/** Who is responsible for a routine, for the reader: the named service, or their own (see responsibleFor). */
export function useResponsible(routine: Pick<Routine, 'responsibleService' | 'ownServiceResponsible'>): Responsible | undefined {
  const { model, myService } = useApp();
  return responsibleFor(routine, model.services, myService);
}

/** The responsible service in a line of text: a link to the service, or "Din egen tjeneste". */
export function ResponsibleName(props: { responsible: Responsible }): React.ReactElement {
  const s = useResponsibleStrings();
  const { responsible } = props;
  if (!responsible.service) return <>{s.ownService}</>;
  return (
    <>
      <RouteLink to={{ view: 'service', key: responsible.service.key }}>{responsible.service.title}</RouteLink>
      {responsible.kind === 'ownService' && ` ${s.yourService}`}
    </>
  );
}

/** The routine view's "Responsible service": the name, how to reach it, or where to choose one's own service. */
export function ResponsibleDetails(props: { responsible: Responsible }): React.ReactElement {
  const s = useResponsibleStrings();
  const { responsible } = props;
  return (
    <>
      <p data-testid="routine-responsible">
        <ResponsibleName responsible={responsible} />
      </p>
      {responsible.service ? (
        <ReachDetails reach={responsible.service.reach} />
      ) : (
        <p>
          <RouteLink to={{ view: 'forMe' }}>{s.chooseService}</RouteLink>
        </p>
      )}
    </>
  );
}
