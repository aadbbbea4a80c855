/**
 * Names for synthetic tenants: given names and surnames as their owners write them, each with
 * the ASCII form an e-mail address uses. A few are Cyrillic and Greek, so large workloads
 * exercise UTF-8 the way real multinational directories do.
 */

const ascii = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
const latin = (list) => list.split(' ').map((n) => [n, ascii(n)]);

export const GIVEN_NAMES = [
  ...latin(
    'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica ' +
      'Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Sandra Mark Ashley Steven Emily Andrew Michelle ' +
      'Lukas Anna Jonas Lea Felix Lena Maximilian Hannah Paul Sophie Léa Chloé Hugo Inès Louis Camille Mateo Lucía ' +
      'Sofía Martín Valentina Diego Giulia Lorenzo Francesca Matteo Aurora Leonardo Sven Freya Lars Ingrid Oskar Astrid ' +
      'Piotr Katarzyna Tomasz Agnieszka Jan Zofia Priya Arjun Ananya Rohan Aisha Omar Fatima Yusuf Amara Kwame Ngozi ' +
      'Chinedu Wei Mei Hiroshi Yuki Kenji Sakura Minh Linh Siobhan Ciarán Niamh Eoin Isabel João Beatriz Tiago'
  ),
  ['Анна', 'anna'],
  ['Дмитрий', 'dmitriy'],
  ['Ольга', 'olga'],
  ['Сергей', 'sergey'],
  ['Νίκος', 'nikos'],
  ['Μαρία', 'maria'],
  ['Γιώργος', 'giorgos'],
  ['Ελένη', 'eleni']
];

export const SURNAMES = [
  ...latin(
    'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson Anderson Taylor ' +
      'Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall Young King Wright Müller Schmidt ' +
      'Schneider Fischer Weber Meyer Wagner Becker Hoffmann Dubois Moreau Laurent Lefèvre Rossi Russo Ferrari Esposito ' +
      'Bianchi Romano Jansen Visser Bakker Nowak Kowalski Wiśniewski Wójcik Lindqvist Andersson Nilsson Eriksson ' +
      'Patel Sharma Singh Gupta Khan Ahmed Hassan Ali Okafor Mensah Adeyemi Nwosu Chen Wang Zhang Liu Tanaka Suzuki ' +
      'Nguyen Tran Murphy Kelly Byrne Santos Silva Costa Ferreira Oliveira'
  ),
  ['Иванова', 'ivanova'],
  ['Соколов', 'sokolov'],
  ['Петрова', 'petrova'],
  ['Кузнецов', 'kuznetsov'],
  ['Παπαδόπουλος', 'papadopoulos'],
  ['Γεωργίου', 'georgiou'],
  ['Νικολάου', 'nikolaou'],
  ['Οικονόμου', 'oikonomou']
];

export const DEPARTMENTS = [
  [
    'Sales',
    ['Sales Representative', 'Account Executive', 'Sales Manager', 'Inside Sales Representative']
  ],
  [
    'Engineering',
    [
      'Software Engineer',
      'Senior Software Engineer',
      'QA Engineer',
      'Site Reliability Engineer',
      'Engineering Manager'
    ]
  ],
  [
    'Operations',
    [
      'Logistics Planner',
      'Dispatcher',
      'Warehouse Supervisor',
      'Fleet Coordinator',
      'Operations Manager'
    ]
  ],
  ['Finance', ['Accountant', 'Financial Analyst', 'Payroll Specialist', 'Controller']],
  ['HR', ['HR Business Partner', 'Recruiter', 'HR Assistant']],
  ['Marketing', ['Marketing Manager', 'Content Specialist', 'Designer']],
  ['IT', ['Service Desk Analyst', 'Systems Administrator', 'Network Engineer', 'IT Manager']],
  ['Data & Analytics', ['Data Analyst', 'Data Engineer', 'Data Scientist']],
  ['Legal', ['Counsel', 'Paralegal']],
  ['Customer Service', ['Customer Service Agent', 'Team Lead']]
];
