import * as React from 'react';
import { FluentProvider, Spinner, Text, webLightTheme } from '@fluentui/react-components';
import type { HostEnvironment } from './host/HostEnvironment';
import type { ProductServices } from '../data/createProductServices';
import type { LoadedModel } from '../data/ModelStore';

export interface TryggeBarnAppProps {
  host: HostEnvironment;
  services: ProductServices;
  startView?: string;
}

export function TryggeBarnApp(props: TryggeBarnAppProps): React.ReactElement {
  const [loaded, setLoaded] = React.useState<LoadedModel | undefined>(undefined);
  React.useEffect(() => {
    props.services.modelStore.loadModel({ includeDrafts: false }).then(setLoaded, () => undefined);
  }, [props.services]);
  return (
    <FluentProvider theme={webLightTheme}>
      {loaded ? (
        <ul>
          {loaded.model.routines.map((r) => (
            <li key={r.key}>
              <Text>{r.title}</Text>
            </li>
          ))}
        </ul>
      ) : (
        <Spinner label="…" />
      )}
    </FluentProvider>
  );
}
