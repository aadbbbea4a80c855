/**
 * Shared reference data: places, applications and clients that sign-in logs name. IP
 * addresses come only from ranges reserved for documentation and benchmarking (RFC 5737,
 * RFC 2544), so no generated row points at a real network.
 */

/** Cities with the names and coordinates sign-in logs carry. */
export const CITIES = {
  hamburg: {
    city: 'Hamburg',
    state: 'Hamburg',
    cc: 'DE',
    country: 'Germany',
    lat: 53.5511,
    lon: 9.9937
  },
  rotterdam: {
    city: 'Rotterdam',
    state: 'Zuid-Holland',
    cc: 'NL',
    country: 'Netherlands',
    lat: 51.9244,
    lon: 4.4777
  },
  manchester: {
    city: 'Manchester',
    state: 'England',
    cc: 'GB',
    country: 'United Kingdom',
    lat: 53.4808,
    lon: -2.2426
  },
  athens: {
    city: 'Athens',
    state: 'Attica',
    cc: 'GR',
    country: 'Greece',
    lat: 37.9838,
    lon: 23.7275
  },
  chicago: {
    city: 'Chicago',
    state: 'Illinois',
    cc: 'US',
    country: 'United States',
    lat: 41.8781,
    lon: -87.6298
  },
  singapore: {
    city: 'Singapore',
    state: 'Singapore',
    cc: 'SG',
    country: 'Singapore',
    lat: 1.3521,
    lon: 103.8198
  },
  saopaulo: {
    city: 'São Paulo',
    state: 'São Paulo',
    cc: 'BR',
    country: 'Brazil',
    lat: -23.5505,
    lon: -46.6333
  },
  toronto: {
    city: 'Toronto',
    state: 'Ontario',
    cc: 'CA',
    country: 'Canada',
    lat: 43.6532,
    lon: -79.3832
  },
  london: {
    city: 'London',
    state: 'England',
    cc: 'GB',
    country: 'United Kingdom',
    lat: 51.5072,
    lon: -0.1276
  },
  berlin: {
    city: 'Berlin',
    state: 'Berlin',
    cc: 'DE',
    country: 'Germany',
    lat: 52.52,
    lon: 13.405
  },
  amsterdam: {
    city: 'Amsterdam',
    state: 'Noord-Holland',
    cc: 'NL',
    country: 'Netherlands',
    lat: 52.3676,
    lon: 4.9041
  },
  paris: {
    city: 'Paris',
    state: 'Île-de-France',
    cc: 'FR',
    country: 'France',
    lat: 48.8566,
    lon: 2.3522
  },
  madrid: {
    city: 'Madrid',
    state: 'Madrid',
    cc: 'ES',
    country: 'Spain',
    lat: 40.4168,
    lon: -3.7038
  },
  warsaw: {
    city: 'Warsaw',
    state: 'Mazowieckie',
    cc: 'PL',
    country: 'Poland',
    lat: 52.2297,
    lon: 21.0122
  },
  dublin: {
    city: 'Dublin',
    state: 'Dublin',
    cc: 'IE',
    country: 'Ireland',
    lat: 53.3498,
    lon: -6.2603
  },
  stockholm: {
    city: 'Stockholm',
    state: 'Stockholm',
    cc: 'SE',
    country: 'Sweden',
    lat: 59.3293,
    lon: 18.0686
  },
  newyork: {
    city: 'New York',
    state: 'New York',
    cc: 'US',
    country: 'United States',
    lat: 40.7128,
    lon: -74.006
  },
  seattle: {
    city: 'Seattle',
    state: 'Washington',
    cc: 'US',
    country: 'United States',
    lat: 47.6062,
    lon: -122.3321
  },
  sydney: {
    city: 'Sydney',
    state: 'New South Wales',
    cc: 'AU',
    country: 'Australia',
    lat: -33.8688,
    lon: 151.2093
  },
  tokyo: { city: 'Tokyo', state: 'Tokyo', cc: 'JP', country: 'Japan', lat: 35.6762, lon: 139.6503 },
  mumbai: {
    city: 'Mumbai',
    state: 'Maharashtra',
    cc: 'IN',
    country: 'India',
    lat: 19.076,
    lon: 72.8777
  },
  thessaloniki: {
    city: 'Thessaloniki',
    state: 'Central Macedonia',
    cc: 'GR',
    country: 'Greece',
    lat: 40.6401,
    lon: 22.9444
  }
};

/** Well-known Microsoft first-party application ids, as sign-in logs name them. */
export const ENTRA_APPS = {
  exchange: { id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online' },
  sharepoint: { id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online' },
  teams: { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams' },
  portal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal' },
  officeHome: { id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome' },
  graph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph' },
  windows: { id: '38aa3b87-a06d-4817-b275-7a316988d93b', name: 'Windows Sign In' },
  outlookMobile: { id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile' }
};

/** Browser and operating-system pairs, with the user agent a browser of that kind sends. */
export const CLIENTS = [
  {
    os: 'Windows 10',
    browser: 'Edge 130.0.0',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0'
  },
  {
    os: 'Windows 10',
    browser: 'Chrome 130.0.0',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36'
  },
  {
    os: 'MacOs',
    browser: 'Safari 18.1',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'
  },
  {
    os: 'Ios 18.1',
    browser: 'Mobile Safari 18.1',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
  },
  {
    os: 'Android 14',
    browser: 'Chrome Mobile 130.0.0',
    ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36'
  }
];

/** A tool attackers' scripts announce themselves as. */
export const SCRIPT_CLIENT = {
  os: '',
  browser: 'Python Requests 2.31',
  ua: 'python-requests/2.31.0'
};

/** Corporate egress addresses per office (RFC 5737 TEST-NET-2). */
export const OFFICE_IPS = {
  hamburg: '198.51.100.10',
  rotterdam: '198.51.100.20',
  manchester: '198.51.100.30',
  athens: '198.51.100.40',
  chicago: '198.51.100.50'
};
