/**
 * Northwind Meridian, a fictional logistics and analytics company: its constants and its
 * people. Everything planted in the sample data is keyed on the handles below; the README in
 * sample-data/ tells the story.
 */

export const ORG = {
  name: 'Northwind Meridian',
  domain: 'northwindmeridian.example',
  tenantDomain: 'northwindmeridian.onmicrosoft.com',
  tenantId: '5e7a2c91-3b4d-4f6e-9a8b-1c2d3e4f5a6b',
  adDomain: 'corp.northwindmeridian.example',
  adBaseDn: 'DC=corp,DC=northwindmeridian,DC=example',
  domainSid: 'S-1-5-21-2718281828-3141592653-1618033988',
  awsAccountId: '418295736041',
  oktaBase: 'https://northwindmeridian.okta.example',
  gcpProject: 'nwm-analytics-prod',
  gcpProjectNumber: '583920174615',
  gcpOrgId: '730194628551',
  googleCustomerId: 'C03nwm7k2'
};

/**
 * The staff, one per line: handle (the e-mail local part) | given name | surname | department
 * | title | office | hire date. Names are UTF-8 as their owners write them; handles are their
 * ASCII forms.
 */
const STAFF = `
margaret.chen|Margaret|Chen|Executive|Chief Executive Officer|manchester|2015-03-02
lukas.becker|Lukas|Becker|Executive|Chief Operating Officer|hamburg|2016-01-11
sofia.rossi|Sofia|Rossi|Finance|Chief Financial Officer|manchester|2017-05-15
tomasz.wojcik|Tomasz|Wójcik|IT|Head of IT Operations|hamburg|2016-09-01
priya.raman|Priya|Raman|Security|Security Lead|manchester|2019-02-04
anna.sokolova|Анна|Соколова|IT|Identity Engineer|rotterdam|2021-06-14
nikos.papadopoulos|Νίκος|Παπαδόπουλος|Data & Analytics|Head of Analytics|athens|2022-04-01
daniel.brooks|Daniel|Brooks|IT|Service Desk Lead|manchester|2018-03-19
marcus.reid|Marcus|Reid|IT|Infrastructure Engineer|hamburg|2017-10-02
grace.liu|Grace|Liu|Engineering|Cloud Platform Engineer|chicago|2020-08-24
rahul.mehta|Rahul|Mehta|Engineering|Software Engineer|chicago|2021-01-18
hannah.schmidt|Hannah|Schmidt|Sales|Key Account Manager|hamburg|2018-07-09
emily.clarke|Emily|Clarke|Finance|Payroll Specialist|manchester|2019-11-04
owen.gallagher|Owen|Gallagher|Sales|Sales Representative|manchester|2022-02-21
kevin.marsh|Kevin|Marsh|Engineering|DevOps Engineer|chicago|2019-04-15
hiroshi.tanaka|Hiroshi|Tanaka|Operations|Warehouse Systems Analyst|rotterdam|2014-06-30
fatima.alsayed|Fatima|Al-Sayed|HR|HR Business Partner|manchester|2020-01-13
jan.devries|Jan|de Vries|Operations|Fleet Coordinator|rotterdam|2016-04-04
eleni.georgiou|Eleni|Georgiou|Data & Analytics|Data Scientist|athens|2022-04-01
dimitris.kostas|Dimitris|Kostas|Data & Analytics|Data Engineer|athens|2022-04-01
maria.garcia|María|García|Marketing|Marketing Manager|chicago|2018-09-17
olivia.turner|Olivia|Turner|Marketing|Content Specialist|manchester|2023-03-06
ahmed.hassan|Ahmed|Hassan|Engineering|Backend Engineer|rotterdam|2020-10-05
chloe.martin|Chloé|Martin|Sales|Sales Operations Analyst|rotterdam|2021-09-13
ben.okafor|Ben|Okafor|Engineering|Site Reliability Engineer|manchester|2019-07-22
isabel.santos|Isabel|Santos|Finance|Accountant|rotterdam|2017-02-13
jonas.weber|Jonas|Weber|Operations|Logistics Planner|hamburg|2018-05-28
katarzyna.nowak|Katarzyna|Nowak|Operations|Customs Specialist|hamburg|2019-08-19
liam.obrien|Liam|O'Brien|Sales|Regional Sales Director|manchester|2016-11-07
mei.wong|Mei|Wong|Data & Analytics|BI Analyst|athens|2022-04-01
noah.fischer|Noah|Fischer|Engineering|Frontend Engineer|hamburg|2021-03-01
rita.alvarez|Rita|Alvarez|HR|Recruiter|chicago|2020-06-08
samuel.adeyemi|Samuel|Adeyemi|Operations|Operations Manager|manchester|2015-10-12
tessa.janssen|Tessa|Janssen|Finance|Financial Controller|rotterdam|2016-02-29
victor.lindqvist|Victor|Lindqvist|Security|Security Analyst|hamburg|2021-11-15
william.harris|William|Harris|Executive|General Counsel|manchester|2017-01-09
yara.haddad|Yara|Haddad|Marketing|Designer|rotterdam|2022-08-01
zoe.campbell|Zoe|Campbell|Sales|Sales Representative|manchester|2023-01-16
alex.novak|Alex|Novak|Engineering|QA Engineer|hamburg|2022-05-09
bianca.ferreira|Bianca|Ferreira|Operations|Dispatcher|rotterdam|2020-03-02
carlos.mendes|Carlos|Mendes|Operations|Dispatcher|rotterdam|2021-05-17
diana.petrova|Diana|Petrova|Finance|Accounts Payable Clerk|hamburg|2019-09-30
ethan.wright|Ethan|Wright|IT|Desktop Support Technician|manchester|2022-10-03
freya.nilsson|Freya|Nilsson|Data & Analytics|Data Analyst|athens|2023-02-13
george.evans|George|Evans|Sales|Sales Representative|manchester|2021-07-05
helena.kowalski|Helena|Kowalski|HR|HR Assistant|hamburg|2023-06-12
ivan.horvat|Ivan|Horvat|Engineering|Software Engineer|hamburg|2020-02-17
julia.costa|Julia|Costa|Marketing|Events Coordinator|chicago|2022-09-26
kofi.mensah|Kofi|Mensah|Operations|Warehouse Supervisor|manchester|2017-08-14
laura.bianchi|Laura|Bianchi|Finance|Treasury Analyst|manchester|2021-12-06
mateo.silva|Mateo|Silva|Sales|Sales Representative|chicago|2022-11-14
nina.berg|Nina|Berg|Operations|Fleet Analyst|hamburg|2020-11-23
oscar.duarte|Oscar|Duarte|Engineering|Data Platform Engineer|chicago|2021-04-12
paula.mueller|Paula|Müller|Executive|Executive Assistant|hamburg|2018-01-22
quentin.moreau|Quentin|Moreau|Data & Analytics|Analytics Engineer|athens|2022-04-01
ruth.ambrose|Ruth|Ambrose|Operations|Facilities Coordinator|manchester|2014-09-08
stefan.ivanov|Stefan|Ivanov|IT|Network Engineer|hamburg|2018-12-03
tara.quinn|Tara|Quinn|Sales|Inside Sales Representative|manchester|2026-03-02
`
  .trim()
  .split('\n')
  .map((line) => line.split('|'));

/** External people invited into the Entra tenant as guests. */
export const GUESTS = [
  // handle, given, surname, home e-mail, company, invitation state, invited
  [
    'jordan.ellis',
    'Jordan',
    'Ellis',
    'jordan.ellis@fabrikam-logistics.example',
    'Fabrikam Logistics',
    'Accepted',
    '2024-02-12'
  ],
  [
    'mira.kapoor',
    'Mira',
    'Kapoor',
    'mira.kapoor@contoso-audit.example',
    'Contoso Audit',
    'Accepted',
    '2025-09-01'
  ],
  [
    'leo.grant',
    'Leo',
    'Grant',
    'leo.grant@freelance.example',
    null,
    'PendingAcceptance',
    '2026-07-20'
  ]
];

/** The staff as objects with the attributes every system derives from. */
export function staff() {
  return STAFF.map(([handle, given, surname, department, title, office, hired]) => {
    const [first, last] = handle.split('.');
    return {
      handle,
      given,
      surname,
      displayName: `${given} ${surname}`,
      department,
      title,
      office,
      hired: Date.parse(`${hired}T08:00:00Z`),
      email: `${handle}@${ORG.domain}`,
      sam: (first[0] + last).slice(0, 20)
    };
  });
}

/** The people Entra invited: their guest UPN carries the home address and `#EXT#`. */
export function guests() {
  return GUESTS.map(([handle, given, surname, home, company, state, invited]) => ({
    handle,
    given,
    surname,
    displayName: `${given} ${surname}`,
    homeEmail: home,
    company,
    invitationState: state,
    invited: Date.parse(`${invited}T10:00:00Z`),
    upn: `${home.replace('@', '_')}#EXT#@${ORG.tenantDomain}`
  }));
}
