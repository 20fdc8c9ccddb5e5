// The words of obligations with deadlines, per language: statuses, the reason for each date, the
// page of every State's next deadline and the status page's sentences. The obligations' names
// with their articles come from the treaty module (TreatyText.obligations).
import type { Language } from '../../domain/language.js';
import type { ObligationStatus } from '../../domain/rules/obligation.js';

export interface ObligationMessages {
  heading: string;
  pageTitle: string;
  /** The link to the page of every State's deadlines. */
  link: string;
  intro: (date: string) => string;
  columns: { obligation: string; deadline: string; status: string; why: string; met: string; source: string; state: string; next: string };
  statuses: Record<ObligationStatus, string>;
  yearsAfterEntry: (years: number, entry: string) => string;
  extended: (original: string, decided: string | null) => string;
  daysAfterEntry: (days: number, entry: string) => string;
  annualUpdate: (year: string) => string;
  ended: (date: string) => string;
  filterObligation: string;
  filterStatus: string;
  any: string;
  none: string;
  count: (n: number, formatted: string) => string;
  stockpileCompleted: (n: number, formatted: string) => string;
  stockpilePast: (n: number, formatted: string, names: string) => string;
  clearanceCompleted: (n: number, formatted: string) => string;
}

const en: ObligationMessages = {
  heading: 'Obligations with deadlines',
  pageTitle: 'Deadlines of the States Parties',
  link: 'Deadlines of every State Party, with their status',
  intro: (date) => `Each deadline is computed from the State's entry into force and the treaty's articles, with the extensions and completions the record holds, as of ${date}.`,
  columns: { obligation: 'Obligation', deadline: 'Deadline', status: 'Status', why: 'Why this date', met: 'Met', source: 'Source', state: 'State', next: 'Next deadline' },
  statuses: {
    due: 'due',
    met: 'met on time',
    'met-late': 'met after the deadline',
    'met-timing-unknown': 'met (the record does not date it closely enough to compare with the deadline)',
    missed: 'past the deadline, outstanding',
    'not-applicable': 'not applicable (declared none)',
    'not-recorded': 'nothing recorded',
    interim: 'reopened by newly found contamination; no new deadline yet',
    ended: 'ended by withdrawal',
  },
  yearsAfterEntry: (years, entry) => `${years} years after entry into force (${entry})`,
  extended: (original, decided) => `extended from ${original}${decided === null ? '' : ` by a decision of ${decided}`}`,
  daysAfterEntry: (days, entry) => `initial report, ${days} days after entry into force (${entry})`,
  annualUpdate: (year) => `annual update covering ${year}`,
  ended: (date) => `The withdrawal took effect on ${date}: nothing falls due from then.`,
  filterObligation: 'Obligation',
  filterStatus: 'Status',
  any: 'any',
  none: 'none',
  count: (n, formatted) => `${formatted} ${n === 1 ? 'State' : 'States'}`,
  stockpileCompleted: (n, formatted) => `The record shows ${formatted} ${n === 1 ? 'State Party that has' : 'States Parties that have'} completed the destruction of their stockpiles.`,
  stockpilePast: (n, formatted, names) => `${formatted} ${n === 1 ? 'is' : 'are'} past the deadline with stocks left: ${names}.`,
  clearanceCompleted: (n, formatted) => `The record shows ${formatted} ${n === 1 ? 'State Party that has' : 'States Parties that have'} declared the clearance of the areas they had to clear complete.`,
};

const fr: ObligationMessages = {
  heading: 'Obligations assorties d’échéances',
  pageTitle: 'Échéances des États parties',
  link: 'Échéances de chaque État partie, et où il en est',
  intro: (date) => `Chaque échéance est calculée à partir de l’entrée en vigueur pour l’État et des articles du traité, avec les prolongations et achèvements que recense le registre, au ${date}.`,
  columns: { obligation: 'Obligation', deadline: 'Échéance', status: 'Situation', why: 'Pourquoi cette date', met: 'Remplie', source: 'Source', state: 'État', next: 'Prochaine échéance' },
  statuses: {
    due: 'à remplir',
    met: 'remplie dans les délais',
    'met-late': 'remplie après l’échéance',
    'met-timing-unknown': 'remplie (le registre ne la date pas assez précisément pour la comparer à l’échéance)',
    missed: 'échéance dépassée, non remplie',
    'not-applicable': 'sans objet (aucun déclaré)',
    'not-recorded': 'rien n’est recensé',
    interim: 'rouverte par une contamination nouvellement découverte ; pas encore de nouvelle échéance',
    ended: 'éteinte par le retrait',
  },
  yearsAfterEntry: (years, entry) => `${years} ans après l’entrée en vigueur (${entry})`,
  extended: (original, decided) => `prolongée du ${original}${decided === null ? '' : ` par une décision de ${decided}`}`,
  daysAfterEntry: (days, entry) => `rapport initial, ${days} jours après l’entrée en vigueur (${entry})`,
  annualUpdate: (year) => `mise à jour annuelle pour ${year}`,
  ended: (date) => `Le retrait a pris effet le ${date} : rien n’est plus dû à partir de cette date.`,
  filterObligation: 'Obligation',
  filterStatus: 'Situation',
  any: 'toutes',
  none: 'aucune',
  count: (n, formatted) => `${formatted} ${n === 1 ? 'État' : 'États'}`,
  stockpileCompleted: (n, formatted) => `Le registre recense ${formatted} ${n === 1 ? 'État partie qui a' : 'États parties qui ont'} achevé la destruction de leurs stocks.`,
  stockpilePast: (n, formatted, names) => `${formatted} ${n === 1 ? 'a' : 'ont'} dépassé l’échéance sans l’avoir achevée : ${names}.`,
  clearanceCompleted: (n, formatted) => `Le registre recense ${formatted} ${n === 1 ? 'État partie qui a' : 'États parties qui ont'} déclaré achevée la dépollution des zones qu’ils devaient dépolluer.`,
};

const es: ObligationMessages = {
  heading: 'Obligaciones con plazo',
  pageTitle: 'Plazos de los Estados partes',
  link: 'Plazos de cada Estado parte y su situación',
  intro: (date) => `Cada plazo se calcula a partir de la entrada en vigor para el Estado y de los artículos del tratado, con las prórrogas y los cumplimientos que recoge el registro, al ${date}.`,
  columns: { obligation: 'Obligación', deadline: 'Plazo', status: 'Situación', why: 'Por qué esta fecha', met: 'Cumplida', source: 'Fuente', state: 'Estado', next: 'Próximo plazo' },
  statuses: {
    due: 'pendiente',
    met: 'cumplida a tiempo',
    'met-late': 'cumplida después del plazo',
    'met-timing-unknown': 'cumplida (el registro no la fecha con precisión suficiente para compararla con el plazo)',
    missed: 'plazo vencido, no cumplida',
    'not-applicable': 'no aplicable (declaró no tener)',
    'not-recorded': 'nada registrado',
    interim: 'reabierta por contaminación descubierta después; sin nuevo plazo todavía',
    ended: 'extinguida por la retirada',
  },
  yearsAfterEntry: (years, entry) => `${years} años después de la entrada en vigor (${entry})`,
  extended: (original, decided) => `prorrogado desde el ${original}${decided === null ? '' : ` por una decisión de ${decided}`}`,
  daysAfterEntry: (days, entry) => `informe inicial, ${days} días después de la entrada en vigor (${entry})`,
  annualUpdate: (year) => `actualización anual sobre ${year}`,
  ended: (date) => `La retirada surtió efecto el ${date}: desde entonces no vence nada.`,
  filterObligation: 'Obligación',
  filterStatus: 'Situación',
  any: 'todas',
  none: 'ninguno',
  count: (n, formatted) => `${formatted} ${n === 1 ? 'Estado' : 'Estados'}`,
  stockpileCompleted: (n, formatted) => `El registro recoge ${formatted} ${n === 1 ? 'Estado parte que ha' : 'Estados partes que han'} completado la destrucción de sus existencias.`,
  stockpilePast: (n, formatted, names) => `${formatted} ${n === 1 ? 'ha' : 'han'} superado el plazo sin completarla: ${names}.`,
  clearanceCompleted: (n, formatted) => `El registro recoge ${formatted} ${n === 1 ? 'Estado parte que ha' : 'Estados partes que han'} declarado completada la limpieza de las zonas que debían limpiar.`,
};

export const obligationMessages: Readonly<Record<Language, ObligationMessages>> = { en, fr, es };
