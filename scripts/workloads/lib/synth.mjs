/**
 * Synthetic people for the large workloads. Drawn one after another from one stream, so the
 * first N people of a bigger population are the same N people: W3's users are W1's first
 * users, and a scaled-down run is a prefix of the full one.
 */
import { DEPARTMENTS, GIVEN_NAMES, SURNAMES } from './names.mjs';
import { at, DAY } from './time.mjs';

export const OFFICES = [
  ['hamburg', 14],
  ['rotterdam', 10],
  ['manchester', 12],
  ['london', 10],
  ['chicago', 12],
  ['newyork', 8],
  ['paris', 6],
  ['madrid', 5],
  ['warsaw', 5],
  ['athens', 4],
  ['dublin', 3],
  ['stockholm', 3],
  ['seattle', 3],
  ['sydney', 2],
  ['tokyo', 2],
  ['mumbai', 1]
];

/** Authentication-method mixes (Graph `methodsRegistered`) and how common each is. */
export const METHOD_MIXES = [
  [[], 12],
  [['mobilePhone'], 8],
  [['email'], 1],
  [['microsoftAuthenticatorPush', 'softwareOneTimePasscode'], 38],
  [['microsoftAuthenticatorPush'], 20],
  [['microsoftAuthenticatorPush', 'mobilePhone'], 11],
  [['windowsHelloForBusiness', 'microsoftAuthenticatorPush'], 6],
  [['fido2SecurityKey', 'microsoftAuthenticatorPush'], 3],
  [['passKeyDeviceBound', 'microsoftAuthenticatorPasswordless'], 1]
];

const FIRST_DAY = at('2012-01-02T08:00:00');
const LAST_DAY = at('2026-10-30T08:00:00');

/**
 * `count` people with unique handles (e-mail local parts) and sAMAccountNames. Each person:
 * handle, given, surname, displayName, email, sam, department, title, office, hired, methods.
 */
export function syntheticPeople(rng, count, domain) {
  const r = rng.fork('people');
  const handles = new Map();
  const sams = new Map();
  const people = new Array(count);
  for (let i = 0; i < count; i++) {
    const [given, givenAscii] = r.pick(GIVEN_NAMES);
    const [surname, surnameAscii] = r.pick(SURNAMES);
    const base = `${givenAscii}.${surnameAscii}`;
    const seen = handles.get(base) ?? 0;
    handles.set(base, seen + 1);
    const handle = seen ? `${base}${seen + 1}` : base;
    const samBase = (givenAscii[0] + surnameAscii).slice(0, 17);
    const samSeen = sams.get(samBase) ?? 0;
    sams.set(samBase, samSeen + 1);
    const [department, titles] = r.pick(DEPARTMENTS);
    people[i] = {
      index: i,
      handle,
      given,
      surname,
      displayName: `${given} ${surname}`,
      email: `${handle}@${domain}`,
      sam: samSeen ? `${samBase}${samSeen + 1}` : samBase,
      department,
      title: r.pick(titles),
      office: r.weighted(OFFICES),
      hired: FIRST_DAY + Math.floor(r.next() * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY,
      methods: r.weighted(METHOD_MIXES)
    };
  }
  return people;
}
