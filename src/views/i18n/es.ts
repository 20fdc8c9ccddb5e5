// Texto de la interfaz en español.
import type { Messages } from './messages.js';

/** Concordancia con un número: «1 ha», «2 han». */
const ha = (n: number) => (n === 1 ? 'ha' : 'han');
const estados = (n: number) => (n === 1 ? 'Estado' : 'Estados');

const ordinalWords = ['cero', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno', 'décimo', 'undécimo', 'duodécimo'];
const ordinalWord = (n: number) => ordinalWords[n] ?? `${n}.º`;
const ordinal = (n: number) => `${n}.º`;
const mesesWord = (n: number) => (n === 1 ? 'un mes' : `${['cero', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'][n] ?? n} meses`);

export const es: Messages = {
  languageName: 'Español',
  skipToContent: 'Ir al contenido',
  nav: { treaties: 'Tratados', status: 'Estado', states: 'Estados', changes: 'Cambios', api: 'API' },
  switchLanguage: 'Idioma',
  clauses: (parts) => `${parts.join('; ')}.`,
  asOfHeading: (date) => `Al ${date}`,
  asOfLabel: 'Mostrar el estado al',
  staticCopy: (date) => `Esta copia del sitio muestra el registro al ${date}; no puede mostrar otras fechas ni otros filtros.`,
  basisLabel: 'Contar',
  show: 'Mostrar',
  bases: {
    'un-members-and-parties': 'los Estados Miembros de la ONU y cualquier otro Estado que se haya adherido',
    'all-states': 'todos los Estados (Estados Miembros de la ONU, Santa Sede, Estado de Palestina, Islas Cook, Niue)',
    'un-members': 'solo los Estados Miembros de la ONU',
  },
  countingLine: (description) => `Se cuentan: ${description}.`,
  joinedInForce: (n, f, parties) => `${f} ${estados(n)} ${ha(n)} ratificado la Convención o se ${ha(n)} adherido a ella; está en vigor para ${parties} de ellos.`,
  joinedNotInForce: (n, f) => `${f} ${estados(n)} ${ha(n)} ratificado la Convención o se ${ha(n)} adherido a ella; aún no ha entrado en vigor.`,
  notYetJoined: (n, f) => `${f} ${estados(n)} aún no la ${ha(n)} ratificado ni se ${ha(n)} adherido a ella.`,
  notBound: (n, never, neverF, withdrawn, withdrawnF, names) =>
    `${n} Estados no están obligados: ${neverF} nunca la ${ha(never)} ratificado ni se ${ha(never)} adherido a ella; ${withdrawnF} la ${withdrawn === 1 ? 'ratificó o se adhirió y luego se retiró' : 'ratificaron o se adhirieron y luego se retiraron'} (${names}).`,
  pendingLine: (n, f, names) => `${f} ${ha(n)} ratificado la Convención o se ${ha(n)} adherido y ${n === 1 ? 'espera' : 'esperan'} su entrada en vigor: ${names}.`,
  withdrawalPendingLine: (n, f, list) => `${f} ${ha(n)} depositado una denuncia que aún no ha surtido efecto y ${n === 1 ? 'sigue obligado' : 'siguen obligados'} hasta entonces: ${list}.`,
  withdrawalPendingItem: (name, effective) => (effective === null ? `${name} (efecto suspendido mientras participe en un conflicto armado)` : `${name} (surte efecto el ${effective})`),
  signatoriesLine: (n, f, names) => `${f} ${ha(n)} firmado sin ratificar: ${names}.`,
  listParties: (n) => `Los ${n} Estados que han ratificado la Convención o se han adherido a ella, con las fechas`,
  listNotBound: (n) => `Los ${n} Estados no obligados`,
  downloads: 'Descargar:',
  aboutHeading: 'Lo que dice la Convención',
  explanationHeading: 'En palabras sencillas (explicación, no texto del tratado)',
  officialText: 'El texto auténtico, en el depositario',
  article: (cite) => {
    if (cite === 'preamble') return 'Preámbulo';
    const [, article = cite, paragraph] = /^(\d+)(?:\((\d+)\))?$/.exec(cite) ?? [];
    return `Artículo ${article}${paragraph === undefined ? '' : `, párrafo ${paragraph}`}`;
  },
  regionsHeading: 'Regiones',
  groupComplete: (group) => `Todos los Estados ${group} han ratificado la Convención o se han adherido a ella`,
  groupAllBut: (group, names) => `Todos los Estados ${group} han ratificado la Convención o se han adherido a ella, excepto ${names}`,
  groupCounted: (group, joined, f, total) => `${f} de los ${total} Estados ${group} ${ha(joined)} ratificado la Convención o se ${ha(joined)} adherido a ella`,
  groupWithdrew: (names, n, date) => `${names} se ${n === 1 ? 'retiró' : 'retiraron'} el ${date}`,
  groupTableCaption: 'Adhesión por región y subregión (M49 de las Naciones Unidas)',
  groupColumns: { group: 'Región', members: 'Estados', joined: 'Ratificación o adhesión', notJoined: 'Aún no', withdrawn: 'Se retiraron' },
  factsHeading: 'Empleo, producción, existencias y contaminación',
  tally: (subject, total, joined, f, share) =>
    `El registro menciona ${total} ${subject}; ${f} de ellos ${ha(joined)} ratificado la Convención o se ${ha(joined)} adherido a ella${share === 'majority' ? ': una mayoría' : share === 'all' ? ': todos' : share === 'half' ? ': la mitad' : ''}.`,
  tallyRecordedLater: (n, f) => `${f} de ellos ${n === 1 ? 'consta' : 'constan'} solo en informes posteriores, sin fecha de inicio conocida.`,
  tallyUncertain: (n, f) => `${f} de ellos se ${n === 1 ? 'basa' : 'basan'} en fuentes inciertas.`,
  tallyNone: (subject) => `El registro no menciona en esta fecha ninguno de los ${subject}.`,
  stockpilesHeading: 'Mayores existencias de los Estados no partes',
  stockpileItem: (name, count, weapon, asAt, precision) => `${name}: unas ${count} ${weapon} (estimación ${precision === 'day' ? 'al' : 'de'} ${asAt})`,
  otherStockpilers: (names, also) => `${also ? 'También se informa' : 'Se informa'} de que tienen existencias, sin estimación conocida en esta fecha: ${names}.`,
  stockpilesNone: 'El registro no contiene en esta fecha ninguna estimación de las existencias de un Estado no parte.',
  newUseHeading: 'Nuevo empleo por Estados no partes',
  newUseIntro: (n, f, weapon, since) => `Se informó de que las fuerzas gubernamentales de ${f} ${estados(n)} no ${n === 1 ? 'parte' : 'partes'} emplearon ${weapon} desde ${since}, año de la entrada en vigor de la Convención:`,
  newUseNone: (weapon) => `El registro no contiene, hasta esta fecha, ningún informe de empleo de ${weapon} por un Estado no parte después de la entrada en vigor de la Convención.`,
  nsagHeading: 'Empleo por grupos armados no estatales',
  nsagIntro: (n, f, weapon, years) => `En ${years}, se informó de que grupos armados no estatales emplearon ${weapon} en ${f} ${estados(n)}:`,
  nsagNone: (weapon, years) => `El registro no contiene ningún informe de empleo de ${weapon} por grupos armados no estatales en ${years}.`,
  uncertain: 'incierto',
  mapHeading: 'Mapa',
  mapDescription: 'Cada Estado se colorea y se sombrea según su situación; los Estados pequeños se muestran como círculos.',
  skipMap: 'Saltar el mapa',
  mapTextAlternative: 'La misma información como lista de Estados',
  otherTerritory: 'Otro territorio',
  timelineHeading: 'Evolución',
  timelineDescription: 'Estados que habían ratificado la Convención o se habían adherido a ella, y Estados para los que estaba en vigor, día a día.',
  timelineFormallyAccepted: 'Ratificación o adhesión',
  timelineParties: 'En vigor',
  labelValue: (label, value) => `${label}: ${value}`,
  year: 'Año',
  numberOfStates: 'Número de Estados',
  entryIntoForceEvent: 'Entrada en vigor',
  withdrawalEvent: (name) => `Retiro: ${name}`,
  statuses: {
    'non-party': 'No parte',
    signatory: 'Signatario',
    'pending-entry-into-force': 'Adhesión, aún no en vigor',
    party: 'Estado Parte',
    'withdrawal-pending': 'Retirándose (aún obligado)',
    withdrawn: 'Retirado',
  },
  statesTitle: 'Los Estados y la Convención',
  statesCaption: (n, date) => `${n} Estados al ${date}`,
  filterStatus: 'Situación',
  filterRegion: 'Región',
  filterJoined: 'Ratificación o adhesión (obligados)',
  filterNotJoined: 'No obligados',
  any: 'Todos',
  columns: { state: 'Estado', status: 'Situación', signature: 'Firma', consent: 'Ratificación o adhesión', entryIntoForce: 'Entrada en vigor', withdrawal: 'Retiro', region: 'Región' },
  consentKinds: { ratification: 'ratificación', acceptance: 'aceptación', approval: 'aprobación', accession: 'adhesión', succession: 'sucesión' },
  actionKinds: {
    signature: 'Firma', ratification: 'Ratificación', acceptance: 'Aceptación', approval: 'Aprobación', accession: 'Adhesión', succession: 'Sucesión',
    withdrawal: 'Retiro', declaration: 'Declaración o comunicación', 'provisional-application': 'Aplicación provisional', 'territorial-application': 'Aplicación territorial',
  },
  withdrawalSuspended: 'efecto suspendido (conflicto armado)',
  withdrawalCell: (deposited, effective) => `depositado el ${deposited}, efectivo el ${effective}`,
  lastChanged: (date) => `El registro de este Estado se modificó por última vez el ${date}.`,
  profileStatus: (status, date) => `${status} al ${date}`,
  summary: {
    party: (name, since) => `${name} es Estado Parte: la Convención está en vigor para ese Estado desde el ${since}.`,
    pending: (name, kind, deposited, inForce) =>
      inForce === null
        ? `${name} depositó su instrumento de ${kind} el ${deposited}; la Convención aún no ha entrado en vigor.`
        : `${name} depositó su instrumento de ${kind} el ${deposited}; la Convención entra en vigor para ese Estado el ${inForce}.`,
    signatory: (name, signed) => `${name} firmó la Convención el ${signed}, pero no la ha ratificado.`,
    nonParty: (name) => `${name} no es parte en la Convención.`,
    withdrawalPending: (name, deposited, effective) =>
      effective === null
        ? `${name} depositó una denuncia el ${deposited}; su efecto queda suspendido mientras el Estado participe en un conflicto armado, y sigue obligado.`
        : `${name} depositó una denuncia el ${deposited}; surte efecto el ${effective} y, hasta entonces, el Estado sigue obligado.`,
    withdrawn: (name, effective) => `${name} se retiró de la Convención con efecto a partir del ${effective}; la Convención ya no se aplica a ese Estado.`,
    declaration: (date, kind) => `${kind} del ${date}:`,
  },
  entryIntoForceHeading: 'Entrada en vigor',
  reasonGeneral: (date, threshold, instruments, months) =>
    `${date}: la entrada en vigor de la propia Convención, el primer día del ${ordinalWord(months)} mes siguiente al mes en que se depositó el ${ordinal(instruments)} instrumento (${threshold})`,
  reasonLater: (date, deposit, months) => `${date}: el primer día del ${ordinalWord(months)} mes siguiente al depósito, el ${deposit}`,
  reasonSuccession: (date, deposit) => `${date}: la fecha a partir de la cual surte efecto su sucesión (depositada el ${deposit}), según el registro`,
  withdrawalHeading: 'Retiro',
  withdrawalReason: (deposited, effective, months) => `Recibido por el depositario el ${deposited}; efectivo el ${effective}, ${mesesWord(months)} después`,
  withdrawalReasonSuspended: (deposited) => `Recibido por el depositario el ${deposited}; su efecto queda suspendido mientras el Estado participe en un conflicto armado`,
  actionsHeading: 'Actos ante el depositario',
  actionColumns: { date: 'Fecha', action: 'Acto', notification: 'Notificación', note: 'Nota', source: 'Fuente' },
  effectiveFrom: (date) => `con efecto desde el ${date}`,
  depositaryPending: (asAt) => `posterior a la página de estado del depositario utilizada (al ${asAt}); se basa en la fuente indicada hasta su confirmación`,
  factsOfState: 'Hechos registrados',
  factColumns: { fact: 'Hecho', value: 'Valor', period: 'Período', reported: 'Informado', note: 'Nota', source: 'Fuente' },
  period: (from, until) => (from === null && until === null ? 'sin fechas conocidas' : from === null ? `hasta ${until}` : until === null ? `desde ${from}` : from === until ? from : `${from}–${until}`),
  estimateAsAt: (date) => (/^\d{4}$/.test(date) ? `en ${date}` : `al ${date}`),
  confidence: { confirmed: 'confirmado', uncertain: 'incierto' },
  noActions: 'Ningún acto ante el depositario hasta esta fecha.',
  source: 'fuente',
  notFoundTitle: 'No encontrado',
  notFound: 'No hay ninguna página en esta dirección.',
  badRequestTitle: 'Solicitud incorrecta',
  footer: 'Cada cifra de este sitio se calcula a partir del registro de actos ante el depositario y de hechos, cada uno con su fuente.',
  reportError: 'Informar de un error',
  reportIntro:
    'El registro indica para cada hecho la página de la que procede; cuando las fuentes discrepan, se consigna la elección hecha y su motivo. Si una fecha o un hecho es erróneo, infórmelo indicando el Estado, el hecho, el valor que cree correcto y una fuente (de preferencia la Colección de Tratados de las Naciones Unidas o la notificación del depositario).',
  treatiesTitle: 'Tratados',
  treatiesIntro: 'Quién está obligado por cada tratado, en cualquier fecha, según el registro del depositario.',
  treatyHeadline: (joined, notBound) => `${joined} Estados lo han ratificado o se han adherido a él; ${notBound} no están obligados.`,
  stateAcrossTreaties: (name) => `${name} respecto de cada tratado`,
  lists: {
    partiesTitle: (shortName) => `Estados partes en ${shortName}`,
    partiesSubtitle: 'con las fechas de aceptación formal y de entrada en vigor',
    notPartyTitle: (shortName) => `Estados que no son partes en ${shortName}`,
    partiesCounts: (accepted, fa, withdrawing, fw, withdrawn, fx) =>
      `${fa} ${estados(accepted)} ${ha(accepted)} aceptado formalmente la Convención` +
      (withdrawing === 0 ? '' : `, ${fw} de ellos en proceso de retirada`) +
      (withdrawn === 0 ? '.' : `; ${fx} ${withdrawn === 1 ? 'se ha retirado' : 'se han retirado'}.`),
    notPartyCounts: (n, f, signatories, fs, withdrawn, fx) =>
      `${f} ${estados(n)} no ${n === 1 ? 'está obligado' : 'están obligados'} por la Convención: ${fs} la ${ha(signatories)} firmado sin ratificarla, y ${fx} se ${withdrawn === 1 ? 'retiró' : 'retiraron'}.`,
    source: (depositary, asAt) =>
      `Elaborado por Adherence a partir de su registro de actos del depositario, cada uno con su fuente: la página de estado del depositario (${depositary})${asAt === null ? '' : ` al ${asAt}`} y sus notificaciones. La entrada en vigor para cada Estado se calcula conforme a los artículos de la Convención.`,
    withdrawingHeading: 'Estados que se han retirado o están en proceso de retirada',
    columns: { state: 'Estado', acceptance: 'Aceptación formal', entryIntoForce: 'Entrada en vigor', withdrawalDeposited: 'Retirada depositada', withdrawalEffective: 'Retirada efectiva', signature: 'Firma' },
    acceptance: (date, kind) => `${date} (${kind})`,
    notSigned: 'no firmada',
    notYetInForce: 'aún no en vigor',
    suspended: 'suspendida (conflicto armado)',
    none: 'Ninguno.',
    page: (n, total) => `Página ${n} de ${total}`,
    fileSize: (format, kb) => `${format}, ${kb} KB`,
    otherFormats: 'También en',
  },
  changes: {
    title: 'Qué cambió',
    period: (from, to) => `Del ${from} al ${to}`,
    fromLabel: 'Desde',
    toLabel: 'Hasta',
    defaultPeriod: 'Ambas fechas están incluidas; sin fechas, la página muestra los doce meses anteriores a hoy.',
    count: (n, f) => `${f} ${n === 1 ? 'cambio' : 'cambios'}, por orden de fecha, cada uno con su fuente.`,
    none: 'El registro no contiene ningún cambio en este período.',
    caption: (from, to) => `Cambios del ${from} al ${to}`,
    columns: { date: 'Fecha', state: 'Estado', change: 'Cambio', basis: 'Fundamento', notification: 'Notificación', source: 'Fuente' },
    kinds: {
      'treaty-entry-into-force': 'Entrada en vigor de la Convención',
      'entry-into-force': 'Entrada en vigor para el Estado',
      withdrawal: 'Depósito de un retiro',
      'withdrawal-suspended': 'Retiro: efecto suspendido (conflicto armado)',
      'withdrawal-effective': 'El retiro surte efecto',
    },
    restsOn: (kind, date) => `${kind} del ${date}`,
    recentLink: 'Qué cambió en los últimos doce meses',
    feedLink: 'Canal Atom de los actos del depositario',
  },
  feed: {
    title: (treaty) => `${treaty}: actos del depositario`,
    subtitle: 'Los últimos actos del depositario inscritos en el registro, del más reciente al más antiguo, cada uno con su fuente.',
    entryTitle: (name, kind) => `${name}: ${kind}`,
    entrySummary: (kind, name, date, cn) => `${kind} por ${name} el ${date}${cn === null ? '' : ` (notificación del depositario ${cn})`}.`,
  },
};
