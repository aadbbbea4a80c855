/**
 * Monitoring detections over imported logs (SPEC §7), as rules of area MON: they read the
 * events and the thresholds of the settings, and raise findings like every other rule.
 */
import type { Rule } from '../../types';
import { disabledSignIns, dormantWakes, legacyAuthentication, serviceInteractive } from './access';
import { bruteForce, mfaFatigue, passwordSpray } from './bursts';
import { privilegeGrants } from './grants';
import { impossibleTravel, newCountry } from './travel';

export const monitoringRules: Rule[] = [
  impossibleTravel,
  newCountry,
  mfaFatigue,
  passwordSpray,
  bruteForce,
  dormantWakes,
  legacyAuthentication,
  disabledSignIns,
  serviceInteractive,
  privilegeGrants
];
