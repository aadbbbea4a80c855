/** Where sign-ins come from (area MON): impossible travel and a first sign-in from a new country. */
import type { SignInEvent } from '../../../model';
import { accountsById } from '../../lookup';
import type { Rule } from '../../types';
import { type Hit, notAssessed, verdict } from '../../verdict';
import {
  actorLabel,
  DAY,
  hasFormat,
  minute,
  NEEDS_SIGN_IN_LOCATIONS,
  place,
  signIns,
  signInsByActor,
  SIGN_IN_LOG_FORMATS,
  span
} from './events';

/** Closer than this, geolocation of IP addresses is too coarse to call travel impossible. */
const MIN_DISTANCE_KM = 500;
/** Sign-ins closer in time than this count as this long apart, so speeds stay finite. */
const MIN_GAP_MS = 60_000;
const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const impossibleTravel: Rule = {
  id: 'ZTW-MON-001',
  severity: 'high',
  title: 'Impossible travel between two sign-ins',
  why:
    'Two successful sign-ins of one account from places no traveller could cover in the time ' +
    'between them mean that someone else holds its password or its session token.',
  remediation:
    'Revoke the sessions of the account, reset its password, check its MFA methods for ones the ' +
    'user did not add, and alert on sign-in risk with Conditional Access or the IdP.',
  step: 4,
  ztmm: 'Risk Assessments',
  attack: 'T1078',
  needs: NEEDS_SIGN_IN_LOCATIONS,
  evaluate(input) {
    const isLocated = (e: SignInEvent) =>
      e.result === 'success' && e.lat !== undefined && e.lon !== undefined;
    if (!hasFormat(input, SIGN_IN_LOG_FORMATS) || !signIns(input).some(isLocated)) {
      return notAssessed(NEEDS_SIGN_IN_LOCATIONS);
    }
    const accounts = accountsById(input);
    const limit = input.settings.travelSpeedKmh;
    const hits: Hit[] = [];
    for (const [key, all] of signInsByActor(input)) {
      const events = all.filter(isLocated);
      for (let i = 1; i < events.length; i++) {
        const [from, to] = [events[i - 1], events[i]];
        const km = distanceKm(from.lat!, from.lon!, to.lat!, to.lon!);
        const gap = Date.parse(to.time) - Date.parse(from.time);
        const speed = km / (Math.max(gap, MIN_GAP_MS) / 3_600_000);
        if (km < MIN_DISTANCE_KM || speed <= limit) continue;
        hits.push({
          id: key,
          evidence:
            `${actorLabel(to, accounts)}: ${place(from) ?? from.ip ?? 'somewhere'} at ` +
            `${minute(from.time)}, then ${place(to) ?? to.ip ?? 'elsewhere'}` +
            `${to.ip ? ` (${to.ip})` : ''} ${span(gap)} later: ` +
            `${Math.round(km).toLocaleString('en')} km, about ` +
            `${Math.round(speed).toLocaleString('en')} km/h`
        });
      }
    }
    return verdict(hits);
  }
};

export const newCountry: Rule = {
  id: 'ZTW-MON-002',
  severity: 'medium',
  title: 'First sign-in from a new country',
  why:
    'An account that suddenly signs in from a country it never used is often in the hands of ' +
    'someone else; travel explains some, and the owner can say which.',
  remediation:
    'Ask the owner whether they travelled; if not, revoke the sessions and reset the ' +
    'credentials. Restrict sign-ins to the countries the organisation works in.',
  step: 4,
  ztmm: 'Risk Assessments',
  attack: 'T1078',
  needs: NEEDS_SIGN_IN_LOCATIONS,
  evaluate(input) {
    const isPlaced = (e: SignInEvent) => e.result === 'success' && !!e.country;
    const first = signIns(input).find(isPlaced);
    if (!hasFormat(input, SIGN_IN_LOG_FORMATS) || !first) {
      return notAssessed(NEEDS_SIGN_IN_LOCATIONS);
    }
    const accounts = accountsById(input);
    // The baseline is the first days of the logs: each account's countries then are its usual
    // ones; an account without a sign-in in those days has no baseline and is not judged.
    const learnedBy = Date.parse(first.time) + input.settings.newCountryBaselineDays * DAY;
    const hits: Hit[] = [];
    for (const [key, all] of signInsByActor(input)) {
      const events = all.filter(isPlaced);
      // Lower case to compare, the log's own spelling to show.
      const known = new Map<string, string>();
      for (const e of events) {
        if (Date.parse(e.time) < learnedBy) known.set(e.country!.toLowerCase(), e.country!);
      }
      if (known.size === 0) continue;
      for (const e of events) {
        const country = e.country!.toLowerCase();
        if (known.has(country)) continue;
        const before = [...known.values()].join(', ');
        known.set(country, e.country!);
        hits.push({
          id: key,
          evidence:
            `${actorLabel(e, accounts)}: signed in from ${place(e)}${e.ip ? ` (${e.ip})` : ''} ` +
            `at ${minute(e.time)}; until then only from ${before}`
        });
      }
    }
    return verdict(hits);
  }
};
