// The Convention on Cluster Munitions' names and words in each language: titles, the weapon, the
// subjects of the status page's tallies, names of the kinds of fact, and quotations of its
// authentic text as official publications reproduce it.
import type { Localized } from '../domain/language.js';
import type { TreatyText } from '../domain/treaty.js';

const untc = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26';

export const ccmText: Localized<TreatyText> = {
  en: {
    title: 'Convention on Cluster Munitions',
    shortName: 'the Convention on Cluster Munitions',
    siteName: 'Adherence: Convention on Cluster Munitions',
    statusTitle: 'Status of the Convention on Cluster Munitions',
    weapon: 'cluster munitions',
    tallies: {
      contaminated: 'States that are or have been contaminated by cluster munition remnants',
      'any-activity': 'States that at one time used, stockpiled, produced or transferred cluster munitions',
      produced: 'States that at one time produced cluster munitions',
      used: 'States that at one time used cluster munitions',
      stockpiled: 'States that at one time stockpiled cluster munitions',
      transferred: 'States that at one time transferred cluster munitions to others',
    },
    kinds: {
      produced: 'Produced cluster munitions',
      stockpiled: 'Held a stockpile',
      'stockpile-estimate': 'Stockpile estimate',
      used: 'Use by government forces',
      transferred: 'Transferred cluster munitions to others',
      contaminated: 'Territory contaminated by cluster munition remnants',
    },
    quotations: [
      { cite: "preamble", text: "Emphasizing the desirability of attracting the adherence of all States to this Convention, and determined to work strenuously towards the promotion of its universalisation and its full implementation,", source: "https://wetten.overheid.nl/BWBV0003143" },
      { cite: "1(1)", text: "Each State Party undertakes never under any circumstances to:\na) Use cluster munitions;\nb) Develop, produce, otherwise acquire, stockpile, retain or transfer to anyone, directly or indirectly, cluster munitions;\nc) Assist, encourage or induce anyone to engage in any activity prohibited to a State Party under this Convention.", source: "https://wetten.overheid.nl/BWBV0003143" },
      { cite: "2(2)", text: "“Cluster munition” means a conventional munition that is designed to disperse or release explosive submunitions each weighing less than 20 kilograms, and includes those explosive submunitions. It does not mean the following:\na) A munition or submunition designed to dispense flares, smoke, pyrotechnics or chaff; or a munition designed exclusively for an air defence role;\nb) A munition or submunition designed to produce electrical or electronic effects;\nc) A munition that, in order to avoid indiscriminate area effects and the risks posed by unexploded submunitions, has all of the following characteristics:\n(i) Each munition contains fewer than ten explosive submunitions;\n(ii) Each explosive submunition weighs more than four kilograms;\n(iii) Each explosive submunition is designed to detect and engage a single target object;\n(iv) Each explosive submunition is equipped with an electronic self-destruction mechanism;\n(v) Each explosive submunition is equipped with an electronic self-deactivating feature;", source: "https://wetten.overheid.nl/BWBV0003143" },
      { cite: "19", text: "The Articles of this Convention shall not be subject to reservations.", source: "https://wetten.overheid.nl/BWBV0003143" },
    ],
    explanation: [
      'The ban covers munitions that scatter explosive submunitions each weighing less than 20 kilograms. A munition falls outside it only if it has every feature listed in Article 2(2)(c): fewer than ten submunitions, each over four kilograms, each able to detect and engage a single target, and each fitted with electronic self-destruction and self-deactivation.',
      'Each State Party must also destroy its stockpiles within eight years of the Convention entering into force for it (Article 3) and clear contaminated areas under its jurisdiction or control within ten years (Article 4).',
    ],
    textSource: untc,
  },
  fr: {
    title: 'Convention sur les armes à sous-munitions',
    shortName: 'la Convention sur les armes à sous-munitions',
    siteName: 'Adherence : Convention sur les armes à sous-munitions',
    statusTitle: 'État de la Convention sur les armes à sous-munitions',
    weapon: 'armes à sous-munitions',
    tallies: {
      contaminated: 'États qui sont ou ont été contaminés par des restes d’armes à sous-munitions',
      'any-activity': 'États qui ont à un moment employé, stocké, produit ou transféré des armes à sous-munitions',
      produced: 'États qui ont à un moment produit des armes à sous-munitions',
      used: 'États qui ont à un moment employé des armes à sous-munitions',
      stockpiled: 'États qui ont à un moment stocké des armes à sous-munitions',
      transferred: 'États qui ont à un moment transféré des armes à sous-munitions',
    },
    kinds: {
      produced: 'A produit des armes à sous-munitions',
      stockpiled: 'A détenu un stock',
      'stockpile-estimate': 'Estimation du stock',
      used: 'Emploi par les forces gouvernementales',
      transferred: 'A transféré des armes à sous-munitions',
      contaminated: 'Territoire contaminé par des restes d’armes à sous-munitions',
    },
    quotations: [
      { cite: "preamble", text: "Soulignant l’utilité de susciter l’adhésion de tous les États à la présente Convention et déterminés à oeuvrer énergiquement pour en encourager l’universalisation et sa pleine mise en oeuvre,", source: "https://laws-lois.justice.gc.ca/fra/lois/P-24.8/TexteComplet.html" },
      { cite: "1(1)", text: "Chaque État partie s’engage à ne jamais, en aucune circonstance :\na) Employer d’armes à sous-munitions;\nb) Mettre au point, produire, acquérir de quelque autre manière, stocker, conserver ou transférer à quiconque, directement ou indirectement, des armes à sous-munitions;\nc) Assister, encourager ou inciter quiconque à s’engager dans toute activité interdite à un État partie en vertu de la présente Convention.", source: "https://laws-lois.justice.gc.ca/fra/lois/P-24.8/TexteComplet.html" },
      { cite: "2(2)", text: "Le terme arme à sous-munitions désigne une munition classique conçue pour disperser ou libérer des sous-munitions explosives dont chacune pèse moins de 20 kilogrammes, et comprend ces sous-munitions explosives. Il ne désigne pas :\na) Une munition ou sous-munition conçue pour lancer des artifices éclairants, des fumigènes, des artifices pyrotechniques ou des leurres, ou une munition conçue exclusivement à des fins de défense anti-aérienne;\nb) Une munition ou sous-munition conçue pour produire des effets électriques ou électroniques;\nc) Une munition qui, afin d’éviter les effets indiscriminés sur une zone et les risques posés par les sous-munitions non explosées, est dotée de toutes les caractéristiques suivantes :\n(i) Chaque munition contient moins de dix sous-munitions explosives;\n(ii) Chaque sous-munition explosive pèse plus de quatre kilogrammes;\n(iii) Chaque sous-munition explosive est conçue pour détecter et attaquer une cible constituée d’un objet unique;\n(iv) Chaque sous-munition explosive est équipée d’un mécanisme électronique d’autodestruction;\n(v) Chaque sous-munition explosive est équipée d’un dispositif électronique d’autodésactivation;", source: "https://laws-lois.justice.gc.ca/fra/lois/P-24.8/TexteComplet.html" },
      { cite: "19", text: "Les articles de la présente Convention ne peuvent faire l’objet de réserves.", source: "https://laws-lois.justice.gc.ca/fra/lois/P-24.8/TexteComplet.html" },
    ],
    explanation: [
      'L’interdiction vise les munitions qui dispersent des sous-munitions explosives pesant chacune moins de 20 kilogrammes. Une munition n’y échappe que si elle réunit toutes les caractéristiques de l’article 2, paragraphe 2, alinéa c)\u00a0: moins de dix sous-munitions, de plus de quatre kilogrammes chacune, chacune capable de détecter et d’attaquer une cible unique, et chacune munie d’une autodestruction et d’une autodésactivation électroniques.',
      'Chaque État partie doit aussi détruire ses stocks dans les huit ans suivant l’entrée en vigueur de la Convention à son égard (article 3) et dépolluer les zones contaminées sous sa juridiction ou son contrôle dans les dix ans (article 4).',
    ],
    textSource: untc,
  },
  es: {
    title: 'Convención sobre Municiones en Racimo',
    shortName: 'la Convención sobre Municiones en Racimo',
    siteName: 'Adherence: Convención sobre Municiones en Racimo',
    statusTitle: 'Estado de la Convención sobre Municiones en Racimo',
    weapon: 'municiones en racimo',
    tallies: {
      contaminated: 'Estados que están o han estado contaminados por restos de municiones en racimo',
      'any-activity': 'Estados que en algún momento emplearon, almacenaron, produjeron o transfirieron municiones en racimo',
      produced: 'Estados que en algún momento produjeron municiones en racimo',
      used: 'Estados que en algún momento emplearon municiones en racimo',
      stockpiled: 'Estados que en algún momento almacenaron municiones en racimo',
      transferred: 'Estados que en algún momento transfirieron municiones en racimo',
    },
    kinds: {
      produced: 'Produjo municiones en racimo',
      stockpiled: 'Tuvo existencias',
      'stockpile-estimate': 'Estimación de existencias',
      used: 'Empleo por fuerzas gubernamentales',
      transferred: 'Transfirió municiones en racimo',
      contaminated: 'Territorio contaminado por restos de municiones en racimo',
    },
    quotations: [
      { cite: "preamble", text: "Poniendo de relieve la conveniencia de lograr la vinculación de todos los Estados a la presente Convención, y decididos a trabajar enérgicamente hacia la promoción de su universalización y su plena implementación,", source: "https://www.suin-juriscol.gov.co/viewDocument.asp?id=1684728" },
      { cite: "1(1)", text: "Cada Estado Parte se compromete a nunca, y bajo ninguna circunstancia:\n(a) Emplear municiones en racimo;\n(b) Desarrollar, producir, adquirir de un modo u otro, almacenar, conservar o transferir a nadie, directa o indirectamente, municiones en racimo;\n(c) Ayudar, alentar o inducir a nadie a participar en una actividad prohibida a un Estado Parte según lo establecido en la presente Convención.", source: "https://www.suin-juriscol.gov.co/viewDocument.asp?id=1684728" },
      { cite: "2(2)", text: "Por \"munición en racimo\" se entiende una munición convencional que ha sido diseñada para dispersar o liberar submuniciones explosivas, cada una de ellas de un peso inferior a 20 kilogramos, y que incluye estas submuniciones explosivas. La definición no incluye:\n(a) Una munición o submunición diseñada para emitir bengalas, humo, efectos de pirotecnia o contramedidas de radar (\"chaff\"); o una munición diseñada exclusivamente con una función de defensa aérea;\n(b) Una munición o submunición diseñada para producir efectos eléctricos o electrónicos;\n(c) Una munición que, a fin de evitar efectos indiscriminados en una zona, así como los riesgos que entrañan las submuniciones sin estallar, reúne todas las características siguientes:\n(i) Cada munición contiene menos de diez submuniciones explosivas;\n(ii) Cada submunición explosiva pesa más de cuatro kilogramos;\n(iii) Cada submunición explosiva está diseñada para detectar y atacar un objeto que constituya un blanco único;\n(iv) Cada submunición explosiva está equipada con un mecanismo de autodestrucción electrónico;\n(v) Cada submunición explosiva está equipada con un dispositivo de autodesactivación electrónico;", source: "https://www.suin-juriscol.gov.co/viewDocument.asp?id=1684728" },
      { cite: "19", text: "Los Artículos de la presente Convención no estarán sujetos a reservas.", source: "https://www.suin-juriscol.gov.co/viewDocument.asp?id=1684728" },
    ],
    explanation: [
      'La prohibición abarca las municiones que dispersan submuniciones explosivas de menos de 20 kilogramos cada una. Una munición queda fuera solo si reúne todas las características del artículo 2, párrafo 2, apartado c): menos de diez submuniciones, de más de cuatro kilogramos cada una, cada una capaz de detectar y atacar un blanco único, y cada una provista de autodestrucción y autodesactivación electrónicas.',
      'Cada Estado Parte debe además destruir sus existencias en los ocho años siguientes a la entrada en vigor de la Convención para él (artículo 3) y limpiar las zonas contaminadas bajo su jurisdicción o control en diez años (artículo 4).',
    ],
    textSource: untc,
  },
};
