/**
 * Worked example 5 of the publication: "Jobcenteret – Tværfaglige møder om unge langt fra
 * arbejdsmarkedet". The source's facts in our own words. Gaps kept: no follow-up on goals, no
 * dates, no head counts, no reason for change (the strategy for cross-disciplinary work is the
 * background; the source names none of the four reasons).
 *
 * The source lists "the transition is agreed concretely between employee and manager" under
 * organisational changes; here it is the plan's transition (individual), where the model keeps it.
 * Of the named forms, only the workshops map onto a catalog form; the half-day courses and the
 * "buddy" are stated in text.
 */
import { example } from './common.js';

export const jobcenter = example('jobcenter', {
  titel: 'Tværfaglige møder om unge langt fra arbejdsmarkedet',
  arbejdsplads:
    'Jobcenterets afdeling Beskæftigelse for Unge. Den har en strategi for samarbejdet på tværs af afdelingerne i social- og omsorgsområdet, især om de unge, der er længst fra arbejdsmarkedet pga. fx psykisk sårbarhed eller misbrug. Udviklingen er en del af en større forandring mod mere tværfaglig opgaveløsning.',
  opgave: {
    beskrivelse:
      'Vi leder tværfaglige møder om den unge – samarbejdsmøder mellem kommunens aktører og netværksmøder med den unge – så de ender i aftaler om fælles handlinger og god koordinering.',
    situationNu: 'Sagsbehandleren beslutter selv i sine sager.',
    anledninger: [],
  },
  perspektiv: [
    'De unge får overskuelige forløb, hvor instanserne siger det samme, og der handles hurtigt bagefter.',
    'Et led i strategien for stærkere samarbejde: væk med «dem og os» og mere arbejdsglæde.',
  ],
  laeringsmaal: {
    metoder: ['Teknikker til mødeledelse, som især de mindre erfarne kan støtte sig til.', 'arbejdsteknikker'],
    viden: ['Indsigt i domænetænkning og professionel nysgerrighed.', 'organisationsteorier'],
    rolle: [
      'Fra at beslutte alene til at facilitere, undersøge og inddrage fagfolk fra andre afdelinger – vel vidende, at mødelederen selv har interesser i sagen.',
      'selvforstaaelse',
    ],
  },
  ansvar: [{ maalgruppe: 'Udvalgte medarbejdere (på længere sigt)', fremtidigt: 'selvstaendigt' }],
  traeningsbane: {
    vidensopbygning: 'Mest korte halvdagskurser og workshops.',
    afproevning: 'Møderne ledes i praksis med en «buddy» ved siden af.',
    feedback: 'Løbende feedback fra en ressourceperson.',
    laeringsformer: ['traeningsworkshop'],
    spilleregler: 'Alle ved, at en mødeleder på træningsbanen øver sig.',
  },
  overgang: { type: 'individuel', beskrivelse: 'Aftales konkret mellem medarbejder og leder.', ikkeKlar: '' },
  forankring: [
    ['loebende-stoette', 'Fælles skabeloner til indsatsplanen og en «buddy».'],
    ['loebende-opfoelgning', 'Netværksmødernes struktur revideres løbende.'],
  ],
});
