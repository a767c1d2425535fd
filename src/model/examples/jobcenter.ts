/**
 * Worked example 5 of the publication: "Jobcenteret – Tværfaglige møder om unge langt fra
 * arbejdsmarkedet". The source's facts in our own words. Gaps kept: no follow-up on goals, no
 * dates, no head counts.
 *
 * The source lists "the transition is agreed concretely between employee and manager" under
 * organisational changes; here it is the plan's transition (individual), where the model keeps it.
 * Of the named forms, only the workshops map onto a catalog form; the half-day courses and the
 * "buddy" are stated in text.
 */
import type { Plan } from '../plan.js';
import { EXAMPLE_TIMESTAMP, exampleItemId, examplePlanId } from './common.js';

const item = (list: 'ansvar' | 'forankring', n: number) => exampleItemId('jobcenter', list, n);

export const jobcenter: Plan = {
  schemaVersion: 1,
  id: examplePlanId('jobcenter'),
  createdAt: EXAMPLE_TIMESTAMP,
  updatedAt: EXAMPLE_TIMESTAMP,
  titel: 'Tværfaglige møder om unge langt fra arbejdsmarkedet',
  arbejdsplads:
    'Jobcenterets afdeling Beskæftigelse for Unge. Afdelingen har en strategi for samarbejdet med de andre afdelinger på social- og omsorgsområdet, især om de unge, der er længst fra arbejdsmarkedet på grund af komplekse problemer som psykisk sårbarhed eller misbrug. Kompetenceudviklingen er en del af en større forandring mod mere tværfaglig opgaveløsning.',
  opgave: {
    beskrivelse:
      'Vi leder tværfaglige møder om den unge – samarbejdsmøder mellem kommunens aktører og netværksmøder, hvor den unge selv er med – så de ender i aftaler om fælles handlinger og en god koordinering af den videre indsats.',
    situationNu: 'Sagsbehandleren træffer selv beslutningerne i sine egne sager.',
    situationFremover: '',
    anledninger: ['aendret-karakter'],
    krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
  },
  perspektiv: {
    kerneopgave:
      'De unge får forløb, der er lettere at overskue, hvor instanserne melder det samme ud, og hvor der bagefter bliver handlet hurtigt.',
    arbejdsplads:
      'Et led i strategien for et stærkere samarbejde på tværs: vi vil af med “dem og os”-tænkningen og få mere arbejdsglæde.',
    fortolkninger: '',
  },
  laeringsmaal: {
    metoder: {
      beskrivelse: 'Teknikker til mødeledelse, som især de mindre erfarne kan støtte sig til.',
      typer: ['arbejdsteknikker'],
    },
    viden: { beskrivelse: 'Indsigt i domænetænkning og i professionel nysgerrighed.', typer: ['organisationsteorier'] },
    rolle: {
      beskrivelse:
        'Fra at beslutte alene til at facilitere, undersøge og inddrage fagpersoner fra de andre afdelinger – med øje for, at mødelederen selv har interesser i sagerne og derfor ikke er neutral.',
      typer: ['selvforstaaelse'],
    },
  },
  ansvar: [
    { id: item('ansvar', 1), maalgruppe: 'Udvalgte medarbejdere (målet på længere sigt)', fremtidigt: 'selvstaendigt' },
  ],
  traeningsbane: {
    vidensopbygning: 'Især på korte kurser af en halv dags varighed og på workshops.',
    afproevning: 'Møderne bliver ledt i praksis, med en “buddy” ved siden af på træningsbanen.',
    feedback: 'Løbende feedback fra en ressourceperson.',
    feedbackformer: [],
    laeringsformer: ['traeningsworkshop'],
    spilleregler: 'Alle ved, at en mødeleder på træningsbanen er i gang med at øve sig.',
    daekning: '',
  },
  mobilitet: [],
  hverdag: {
    overgang: {
      type: 'individuel',
      beskrivelse: 'Overgangen til hverdag aftales konkret mellem den enkelte medarbejder og lederen.',
      ikkeKlar: '',
    },
    forankring: [
      {
        id: item('forankring', 1), type: 'loebende-stoette', udfoert: false, ansvarlig: '',
        beskrivelse: 'Fælles skabeloner til indsatsplanen og en “buddy”.',
      },
      {
        id: item('forankring', 2), type: 'loebende-opfoelgning', udfoert: false, ansvarlig: '',
        beskrivelse: 'Strukturen på netværksmøderne bliver revideret løbende.',
      },
    ],
  },
};
