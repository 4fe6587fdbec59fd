import type { HavenApi } from '../../../preload/bridge';

declare global {
  interface Window {
    haven: HavenApi;
  }
}
