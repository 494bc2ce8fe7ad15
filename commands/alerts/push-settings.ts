import type { Services } from '../command.js';
import { DEFAULT_QUIET_HOURS } from '../../src/alerts/quiet-hours.js';
import type { QuietHours } from '../../db/stores/quiet-hours-store.js';

/** The quiet hours a chat gets when it first subscribes to something (the QUIET_HOURS setting). */
export const defaultQuietHours = (services: Services): QuietHours | null => (services.quietHours === undefined ? DEFAULT_QUIET_HOURS : services.quietHours);
