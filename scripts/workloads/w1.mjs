/**
 * W1 (SPEC §11): the Entra portal "Download users" CSV with 100,000 rows and Graph
 * `userRegistrationDetails` for every one of them (at scale 1). Both files stream to disk.
 */
import path from 'node:path';
import {
  ENTRA_USERS_CSV_HEADER,
  entraUserCsvRow,
  REGISTRATION_CONTEXT,
  registrationDetail
} from './formats/entra-directory.mjs';
import { csvLine, FileSink, JsonStream } from './lib/out.mjs';
import { CITIES } from './lib/reference.mjs';
import { syntheticPeople } from './lib/synth.mjs';
import { at, DAY } from './lib/time.mjs';

export const W_DOMAIN = 'northwindmeridian.example';
export const W_TENANT_DOMAIN = 'northwindmeridian.onmicrosoft.com';
const GUEST_DOMAINS = [
  'fabrikam.example',
  'contoso.example',
  'adatum.example',
  'litware.example',
  'tailspin.example'
];

/**
 * The W1/W3 Entra population: members from the synthetic people (same order, so a smaller
 * population is a prefix) and one guest in every 33 rows.
 */
export function* entraPopulation(rng, total) {
  const r = rng.fork('w1-users');
  const people = syntheticPeople(rng, total, W_DOMAIN);
  for (let i = 0; i < total; i++) {
    const p = people[i];
    const place = CITIES[p.office];
    const guest = i % 33 === 32;
    const id = r.uuid();
    if (guest) {
      const home = `${p.handle}@${r.pick(GUEST_DOMAINS)}`;
      yield {
        index: i,
        id,
        upn: `${home.replace('@', '_')}#EXT#@${W_TENANT_DOMAIN}`,
        displayName: p.displayName,
        givenName: p.given,
        surname: p.surname,
        mail: home,
        userType: 'Guest',
        accountEnabled: r.chance(0.97),
        created: at('2019-01-07T10:00:00') + r.int(0, 2850) * DAY + r.int(0, 86_399) * 1000,
        invitationState: r.chance(0.85) ? 'Accepted' : 'PendingAcceptance',
        methods: r.chance(0.7) ? [] : ['microsoftAuthenticatorPush'],
        office: p.office
      };
      continue;
    }
    yield {
      index: i,
      id,
      upn: p.email,
      displayName: p.displayName,
      givenName: p.given,
      surname: p.surname,
      mail: p.email,
      userType: 'Member',
      // Portal CSVs carry spreadsheet-formula-looking values now and then.
      jobTitle: i % 9973 === 500 ? '=Team Lead' : p.title,
      department: p.department,
      accountEnabled: r.chance(0.96),
      usageLocation: place.cc,
      state: place.state,
      country: place.country,
      officeLocation: place.city,
      city: place.city,
      mobilePhone: r.chance(0.4) ? `+44 7700 ${r.digits(6)}` : null,
      companyName: 'Northwind Meridian',
      onPrem: r.chance(0.85) ? {} : undefined,
      created: p.hired + DAY + r.int(0, 86_399) * 1000,
      methods: p.methods,
      office: p.office
    };
  }
}

const count = (full, scale) => Math.max(1, Math.round(full * scale));

/** Writes both W1 files into `dir`; returns [[file, bytes], …]. */
export function writeW1(rng, dir, scale) {
  const csvFile = path.join(dir, 'w1-entra-users.csv');
  const jsonFile = path.join(dir, 'w1-entra-registration-details.json');
  const csv = new FileSink(csvFile);
  const jsonSink = new FileSink(jsonFile);
  const json = new JsonStream(jsonSink, 0);
  const r = rng.fork('w1-registration');
  const updated = at('2026-11-14T03:10:00');

  csv.write(csvLine(ENTRA_USERS_CSV_HEADER) + '\r\n');
  json.openObject({ '@odata.context': REGISTRATION_CONTEXT });
  json.openArray('value');
  for (const u of entraPopulation(rng, count(100_000, scale))) {
    csv.write(entraUserCsvRow(u, W_TENANT_DOMAIN) + '\r\n');
    json.item(registrationDetail(u, u.methods, r.chance(0.003), updated - r.int(0, 600) * 60_000));
  }
  json.closeArray();
  json.closeObject();
  return [
    [csvFile, csv.close()],
    [jsonFile, jsonSink.close()]
  ];
}
