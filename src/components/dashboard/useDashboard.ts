/** React hook for the dashboard islands: the loaded dashboard and its current snapshot. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { loadDashboard, peekDashboard, type Dashboard } from './store.ts';

const noop = () => () => {};

export function useDashboard() {
  const [dashboard, setDashboard] = useState<Dashboard | undefined>(undefined);
  useEffect(() => {
    const ready = peekDashboard();
    if (ready) setDashboard(ready);
    else void loadDashboard().then(setDashboard);
  }, []);
  const snap = useSyncExternalStore(
    dashboard?.store.subscribe ?? noop,
    () => dashboard?.store.get(),
    () => undefined,
  );
  return { dashboard, snap };
}
