// Texte de l'interface en français. Typographie : espace insécable avant « : » et fine insécable
// avant « ; », comme l'impose l'usage français.
import type { Messages } from './messages.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const colon = `${NBSP}:`;
const semicolon = `${NNBSP};`;

/** Accord avec un nombre : « 1 a », « 2 ont ». */
const a = (n: number) => (n === 1 ? 'a' : 'ont');
const etats = (n: number) => (n === 1 ? 'État' : 'États');
/** « à » contracted with the article of the name that follows: « à la Convention », « au Traité ». */
const toThe = (name: string) => (name.startsWith('le ') ? `au ${name.slice(3)}` : name.startsWith('les ') ? `aux ${name.slice(4)}` : `à ${name}`);

const ordinalWords = ['zéroième', 'premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième'];
const ordinalWord = (n: number) => ordinalWords[n] ?? `${n}e`;
const ordinal = (n: number) => (n === 1 ? '1er' : `${n}e`);
const moisWord = (n: number) => `${['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'][n] ?? n} mois`;

export const fr: Messages = {
  languageName: 'Français',
  skipToContent: 'Aller au contenu',
  nav: { treaties: 'Traités', status: 'État', states: 'États', changes: 'Changements', api: 'API' },
  switchLanguage: 'Langue',
  clauses: (parts) => `${parts.join(`${semicolon} `)}.`,
  asOfHeading: (date) => `Au ${date}`,
  asOfLabel: 'Afficher l’état au',
  staticCopy: (date) => `Cette copie du site présente le registre au ${date} ; elle ne peut afficher ni d’autres dates ni d’autres filtres.`,
  basisLabel: 'Compter',
  show: 'Afficher',
  bases: {
    'un-members-and-parties': 'les États Membres de l’ONU et tout autre État qui a adhéré',
    'all-states': 'tous les États (États Membres de l’ONU, Saint-Siège, État de Palestine, Îles Cook, Nioué)',
    'un-members': 'les États Membres de l’ONU seulement',
  },
  countingLine: (description) => `Sont comptés${colon} ${description}.`,
  joinedInForce: (n, f, parties) => `${f} ${etats(n)} ${a(n)} ratifié la Convention ou y ${a(n)} adhéré${semicolon} elle est en vigueur pour ${parties} d’entre eux.`,
  joinedNotInForce: (n, f) => `${f} ${etats(n)} ${a(n)} ratifié la Convention ou y ${a(n)} adhéré${semicolon} elle n’est pas encore entrée en vigueur.`,
  notYetJoined: (n, f) => `${f} ${etats(n)} ne l’${a(n)} pas encore ratifiée ni n’y ${a(n)} adhéré.`,
  notBound: (n, never, neverF, withdrawn, withdrawnF, names) =>
    `${n} États ne sont pas liés${colon} ${neverF} ne l’${a(never)} jamais ratifiée ni n’y ${a(never)} adhéré${semicolon} ${withdrawnF} l’${a(withdrawn)} ratifiée ou y ${a(withdrawn)} adhéré, puis ${withdrawn === 1 ? 's’en est retiré' : 's’en sont retirés'} (${names}).`,
  pendingLine: (n, f, names) => `${f} ${a(n)} ratifié la Convention ou y ${a(n)} adhéré et ${n === 1 ? 'attend' : 'attendent'} son entrée en vigueur${colon} ${names}.`,
  withdrawalPendingLine: (n, f, list) => `${f} ${a(n)} déposé un retrait qui n’a pas encore pris effet et ${n === 1 ? 'reste lié' : 'restent liés'} jusque-là${colon} ${list}.`,
  withdrawalPendingItem: (name, effective) => (effective === null ? `${name} (effet suspendu tant qu’il est engagé dans un conflit armé)` : `${name} (prend effet le ${effective})`),
  signatoriesLine: (n, f, names) => `${f} ${a(n)} signé sans ratifier${colon} ${names}.`,
  listParties: (n) => `Les ${n} États qui ont ratifié la Convention ou y ont adhéré, avec les dates`,
  listNotBound: (n) => `Les ${n} États non liés`,
  downloads: `Télécharger${colon}`,
  aboutHeading: 'Ce que dit la Convention',
  explanationHeading: 'En termes simples (explication, et non texte du traité)',
  officialText: 'Le texte authentique, auprès du dépositaire',
  article: (cite) => {
    if (cite === 'preamble') return 'Préambule';
    const [, article = cite, paragraph] = /^(\d+)(?:\((\d+)\))?$/.exec(cite) ?? [];
    return `Article ${article === '1' ? 'premier' : article}${paragraph === undefined ? '' : `, paragraphe ${paragraph}`}`;
  },
  regionsHeading: 'Régions',
  groupComplete: (group) => `Tous les États de la région ${group} ont ratifié la Convention ou y ont adhéré`,
  groupAllBut: (group, names) => `Tous les États de la région ${group} ont ratifié la Convention ou y ont adhéré, sauf ${names}`,
  groupCounted: (group, joined, f, total) => `${f} des ${total} États de la région ${group} ${a(joined)} ratifié la Convention ou y ${a(joined)} adhéré`,
  // « a quitté » plutôt que « s’est retiré(e) » : le participe ne s’accorde pas avec le nom de l’État.
  groupWithdrew: (names, n, date) => `${names} ${n === 1 ? 'a' : 'ont'} quitté la Convention le ${date}`,
  groupTableCaption: 'Adhésion par région et sous-région (M49 de l’ONU)',
  groupColumns: { group: 'Région', members: 'États', joined: 'Ratification ou adhésion', notJoined: 'Pas encore', withdrawn: 'Retrait' },
  factsHeading: 'Emploi, production, stocks et contamination',
  tally: (subject, total, joined, f, share) =>
    `Le registre recense ${total} ${subject}${semicolon} ${f} d’entre eux ${a(joined)} ratifié la Convention ou y ${a(joined)} adhéré${share === 'majority' ? `${colon} une majorité` : share === 'all' ? `${colon} tous` : share === 'half' ? `${colon} la moitié` : ''}.`,
  tallyRecordedLater: (n, f) => `${f} d’entre eux ${n === 1 ? 'n’est recensé' : 'ne sont recensés'} que dans des rapports postérieurs, sans date de début connue.`,
  tallyUncertain: (n, f) => `${f} d’entre eux ${n === 1 ? 'repose' : 'reposent'} sur des sources incertaines.`,
  tallyNone: (subject) => `À cette date, le registre ne recense aucun des ${subject}.`,
  stockpilesHeading: 'Plus grands stocks des États non parties',
  stockpileItem: (name, count, weapon, asAt, precision) => `${name}${colon} environ ${count} ${weapon} (estimation ${precision === 'day' ? 'au' : 'de'} ${asAt})`,
  otherStockpilers: (names, also) => `Détiendraient ${also ? 'aussi ' : ''}des stocks, sans estimation connue à cette date${colon} ${names}.`,
  stockpilesNone: 'Le registre ne contient à cette date aucune estimation du stock d’un État non partie.',
  newUseHeading: 'Nouvel emploi par des États non parties',
  newUseIntro: (n, f, weapon, since) => `Les forces gouvernementales de ${f} ${etats(n)} non ${n === 1 ? 'partie' : 'parties'} auraient employé des ${weapon} depuis ${since}, année de l’entrée en vigueur de la Convention${colon}`,
  newUseNone: (weapon) => `Le registre ne contient, jusqu’à cette date, aucun signalement d’emploi de ${weapon} par un État non partie après l’entrée en vigueur de la Convention.`,
  nsagHeading: 'Emploi par des groupes armés non étatiques',
  nsagIntro: (n, f, weapon, years) => `En ${years}, des groupes armés non étatiques auraient employé des ${weapon} dans ${f} ${etats(n)}${colon}`,
  nsagNone: (weapon, years) => `Le registre ne contient aucun signalement d’emploi de ${weapon} par des groupes armés non étatiques en ${years}.`,
  uncertain: 'incertain',
  mapHeading: 'Carte',
  mapDescription: `Chaque État est coloré et hachuré selon son statut${semicolon} les petits États sont représentés par des cercles.`,
  skipMap: 'Passer la carte',
  mapTextAlternative: 'La même information sous forme de liste des États',
  otherTerritory: 'Autre territoire',
  timelineHeading: 'Évolution',
  timelineDescription: 'États ayant ratifié la Convention ou y ayant adhéré, et États pour lesquels elle était en vigueur, jour par jour.',
  timelineFormallyAccepted: 'Ratification ou adhésion',
  timelineParties: 'En vigueur',
  labelValue: (label, value) => `${label}${colon} ${value}`,
  year: 'Année',
  numberOfStates: 'Nombre d’États',
  entryIntoForceEvent: 'Entrée en vigueur',
  withdrawalEvent: (name) => `Retrait${colon} ${name}`,
  statuses: {
    'non-party': 'Non partie',
    signatory: 'Signataire',
    'pending-entry-into-force': 'Adhésion, pas encore en vigueur',
    party: 'État partie',
    'withdrawal-pending': 'Retrait en cours (toujours lié)',
    withdrawn: 'Retiré',
  },
  statesTitle: 'Les États et la Convention',
  statesCaption: (n, date) => `${n} États au ${date}`,
  filterStatus: 'Statut',
  filterRegion: 'Région',
  filterJoined: 'Ratification ou adhésion (liés)',
  filterNotJoined: 'Non liés',
  any: 'Tous',
  columns: { state: 'État', status: 'Statut', signature: 'Signature', consent: 'Ratification ou adhésion', entryIntoForce: 'Entrée en vigueur', withdrawal: 'Retrait', region: 'Région' },
  consentKinds: { ratification: 'ratification', acceptance: 'acceptation', approval: 'approbation', accession: 'adhésion', succession: 'succession' },
  actionKinds: {
    signature: 'Signature', ratification: 'Ratification', acceptance: 'Acceptation', approval: 'Approbation', accession: 'Adhésion', succession: 'Succession',
    withdrawal: 'Retrait', declaration: 'Déclaration ou communication', 'provisional-application': 'Application à titre provisoire', 'territorial-application': 'Application territoriale',
  },
  withdrawalSuspended: 'effet suspendu (conflit armé)',
  withdrawalCell: (deposited, effective) => `déposé le ${deposited}, effectif le ${effective}`,
  lastChanged: (date) => `Dossier de cet État modifié pour la dernière fois le ${date}.`,
  profileStatus: (status, date) => `${status} au ${date}`,
  summary: {
    party: (name, since) => `${name} est un État partie${colon} la Convention est en vigueur à son égard depuis le ${since}.`,
    pending: (name, kind, deposited, inForce) =>
      inForce === null
        ? `${name} a déposé son instrument de ${kind} le ${deposited}${semicolon} la Convention n’est pas encore entrée en vigueur.`
        : `${name} a déposé son instrument de ${kind} le ${deposited}${semicolon} la Convention entre en vigueur à son égard le ${inForce}.`,
    signatory: (name, signed) => `${name} a signé la Convention le ${signed} mais ne l’a pas ratifiée.`,
    nonParty: (name) => `${name} n’est pas partie à la Convention.`,
    withdrawalPending: (name, deposited, effective) =>
      effective === null
        ? `${name} a déposé un retrait le ${deposited}${semicolon} son effet est suspendu tant que l’État est engagé dans un conflit armé, et l’État reste lié.`
        : `${name} a déposé un retrait le ${deposited}${semicolon} il prend effet le ${effective} et, d’ici là, l’État reste lié.`,
    withdrawn: (name, effective) => `${name} a quitté la Convention avec effet au ${effective}${colon} la Convention ne s’applique plus à cet État.`,
    declaration: (date, kind) => `${kind} du ${date}${colon}`,
  },
  entryIntoForceHeading: 'Entrée en vigueur',
  reasonGeneral: (date, threshold, instruments, months) =>
    `${date}${colon} entrée en vigueur de la Convention elle-même, le premier jour du ${ordinalWord(months)} mois suivant le mois du dépôt du ${ordinal(instruments)} instrument (${threshold})`,
  reasonLater: (date, deposit, months) => `${date}${colon} le premier jour du ${ordinalWord(months)} mois suivant le dépôt, le ${deposit}`,
  reasonSuccession: (date, deposit) => `${date}${colon} date à laquelle prend effet sa succession (déposée le ${deposit}), selon le registre`,
  withdrawalHeading: 'Retrait',
  withdrawalReason: (deposited, effective, months) => `Reçu par le dépositaire le ${deposited}${semicolon} effectif le ${effective}, ${moisWord(months)} plus tard`,
  withdrawalReasonSuspended: (deposited) => `Reçu par le dépositaire le ${deposited}${semicolon} son effet est suspendu tant que l’État est engagé dans un conflit armé`,
  actionsHeading: 'Actes auprès du dépositaire',
  actionColumns: { date: 'Date', action: 'Acte', notification: 'Notification', note: 'Note', source: 'Source' },
  effectiveFrom: (date) => `à compter du ${date}`,
  depositaryPending: (asAt) => `postérieur à la page d’état du dépositaire utilisée (au ${asAt})${semicolon} repose sur la source indiquée jusqu’à confirmation`,
  factsOfState: 'Faits recensés',
  factColumns: { fact: 'Fait', value: 'Valeur', period: 'Période', reported: 'Signalé', note: 'Note', source: 'Source' },
  period: (from, until) => (from === null && until === null ? 'aucune date connue' : from === null ? `jusqu’en ${until}` : until === null ? `depuis ${from}` : from === until ? from : `${from}–${until}`),
  estimateAsAt: (date) => (/^\d{4}$/.test(date) ? `en ${date}` : `au ${date}`),
  confidence: { confirmed: 'confirmé', uncertain: 'incertain' },
  noActions: 'Aucun acte auprès du dépositaire jusqu’à cette date.',
  source: 'source',
  notFoundTitle: 'Page introuvable',
  notFound: 'Il n’y a pas de page à cette adresse.',
  badRequestTitle: 'Requête invalide',
  serverErrorTitle: 'Erreur du serveur',
  requestErrors: {
    badRequest: 'Cette requête n’a pas pu être lue : son adresse ou son contenu n’est pas valide.',
    uriTooLong: 'Cette adresse est trop longue.',
    headersTooLarge: 'Les en-têtes de cette requête sont trop volumineux (souvent trop de cookies).',
    bodyTooLarge: 'Ce qui a été envoyé est trop volumineux.',
    mediaType: 'Ce qui a été envoyé n’est pas sous une forme que cette adresse accepte.',
    timeout: 'La requête a mis trop de temps à arriver.',
    internal: 'Une erreur s’est produite de notre côté. Veuillez réessayer plus tard.',
  },
  footer: 'Chaque chiffre de ce site est calculé à partir du registre des actes auprès du dépositaire et des faits recensés, chacun avec sa source.',
  reportError: 'Signaler une erreur',
  reportIntro: `Le registre indique pour chaque fait la page dont il provient${semicolon} lorsque les sources divergent, le choix retenu est consigné avec sa raison. Si une date ou un fait est erroné, signalez-le en indiquant l’État, le fait, la valeur que vous pensez exacte et une source (de préférence la Collection des traités des Nations Unies ou la notification dépositaire).`,
  treatiesTitle: 'Traités',
  treatiesIntro: 'Qui est lié par chaque traité, à toute date, d’après le registre du dépositaire.',
  treatyHeadline: (joined, notBound) => `${joined} États l’ont ratifié ou y ont adhéré${semicolon} ${notBound} ne sont pas liés.`,
  stateAcrossTreaties: (name) => `${name} au regard de chaque traité`,
  lists: {
    partiesTitle: (shortName) => `États parties ${toThe(shortName)}`,
    partiesSubtitle: 'avec les dates d’acceptation formelle et d’entrée en vigueur',
    notPartyTitle: (shortName) => `États non parties ${toThe(shortName)}`,
    partiesCounts: (accepted, fa, withdrawing, fw, withdrawn, fx) =>
      `${fa} ${etats(accepted)} ${a(accepted)} formellement accepté la Convention` +
      (withdrawing === 0 ? '' : `, dont ${fw} en cours de retrait`) +
      (withdrawn === 0 ? '.' : `${semicolon} ${fx} ${withdrawn === 1 ? 's’en est retiré' : 's’en sont retirés'}.`),
    notPartyCounts: (n, f, signatories, fs, withdrawn, fx) =>
      `${f} ${etats(n)} ${n === 1 ? 'n’est pas lié' : 'ne sont pas liés'} par la Convention${colon} ${fs} l’${a(signatories)} signée sans la ratifier, et ${fx} s’en ${withdrawn === 1 ? 'est retiré' : 'sont retirés'}.`,
    source: (depositary, asAt) =>
      `Établi par Adherence à partir de son registre des actes du dépositaire, chacun avec sa source${colon} la page d’état du dépositaire (${depositary})${asAt === null ? '' : ` au ${asAt}`} et ses notifications. L’entrée en vigueur pour chaque État est calculée selon les articles de la Convention.`,
    withdrawingHeading: 'États qui se sont retirés ou sont en cours de retrait',
    columns: { state: 'État', acceptance: 'Acceptation formelle', entryIntoForce: 'Entrée en vigueur', withdrawalDeposited: 'Retrait déposé', withdrawalEffective: 'Retrait effectif', signature: 'Signature' },
    acceptance: (date, kind) => `${date} (${kind})`,
    notSigned: 'non signée',
    notYetInForce: 'pas encore en vigueur',
    suspended: 'suspendu (conflit armé)',
    none: 'Aucun.',
    page: (n, total) => `Page ${n} sur ${total}`,
    fileSize: (format, kb) => `${format}, ${kb}${NBSP}Ko`,
    otherFormats: 'Aussi en',
  },
  changes: {
    title: 'Ce qui a changé',
    period: (from, to) => `Du ${from} au ${to}`,
    fromLabel: 'Du',
    toLabel: 'Au',
    defaultPeriod: `Les deux dates sont comprises${semicolon} sans dates, la page montre les douze mois qui précèdent aujourd’hui.`,
    count: (n, f) => `${f} ${n <= 1 ? 'changement' : 'changements'}, par ordre de date, chacun avec sa source.`,
    none: 'Le registre ne contient aucun changement pendant cette période.',
    caption: (from, to) => `Changements du ${from} au ${to}`,
    columns: { date: 'Date', state: 'État', change: 'Changement', basis: 'Fondement', notification: 'Notification', source: 'Source' },
    kinds: {
      'treaty-entry-into-force': 'Entrée en vigueur de la Convention',
      'entry-into-force': 'Entrée en vigueur à l’égard de l’État',
      withdrawal: 'Dépôt d’un retrait',
      'withdrawal-suspended': `Retrait${colon} effet suspendu (conflit armé)`,
      'withdrawal-effective': 'Le retrait prend effet',
    },
    restsOn: (kind, date) => `${kind} du ${date}`,
    recentLink: 'Ce qui a changé au cours des douze derniers mois',
    feedLink: 'Flux Atom des actes du dépositaire',
  },
  feed: {
    title: (treaty) => `${treaty}${colon} actes du dépositaire`,
    subtitle: 'Les derniers actes du dépositaire inscrits au registre, du plus récent au plus ancien, chacun avec sa source.',
    entryTitle: (name, kind) => `${name}${colon} ${kind}`,
    entrySummary: (kind, name, date, cn) => `${kind} par ${name} le ${date}${cn === null ? '' : ` (notification dépositaire ${cn})`}.`,
  },
};
