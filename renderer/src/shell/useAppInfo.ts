import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../preload/contract';
import { haven } from '../haven';

export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void haven()
      .app.info()
      .then((result) => {
        if (result.ok) setInfo(result.value);
      });
  }, []);
  return info;
}
