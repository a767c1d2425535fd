/**
 * Worked example 2 of the publication: "Børnehuset – Konflikthåndtering på nye måder".
 * The source's facts in our own words. Gaps kept: no knowledge goal (knowledge building on the
 * training ground, but none among the goals), no follow-up on goals, no staircase, no agreed
 * transition, no dates, no head counts; the source names no feedback kind and no learning form
 * from the catalog (the course with external consultants is stated in text).
 *
 * Note: the source does list a methods goal here (the IDHP conflict method), although the digest
 * (method.md §3) says example 2 has none; the source wins.
 */
import type { Plan } from '../plan.js';
import { EXAMPLE_TIMESTAMP, exampleItemId, examplePlanId } from './common.js';

const item = (n: number) => exampleItemId('boernehus', 'forankring', n);

export const boernehus: Plan = {
  schemaVersion: 1,
  id: examplePlanId('boernehus'),
  createdAt: EXAMPLE_TIMESTAMP,
  updatedAt: EXAMPLE_TIMESTAMP,
  titel: 'Konflikthåndtering på nye måder',
  arbejdsplads:
    'Børnehuset: en vuggestue og en børnehave, der er lagt sammen. Omkring 70 børn, hvoraf cirka en tredjedel i varierende grad er udsatte og skal have en handleplan.',
  opgave: {
    beskrivelse:
      'Vi håndterer børnenes konflikter efter en fælles tilgang, hvor vi i højere grad anerkender de følelser, barnet har i konflikten.',
    situationNu:
      'De voksne møder børnene forskelligt i konflikter. Lederen vil væk fra at bruge skyld og skam som pædagogisk redskab.',
    situationFremover: 'Et fælles fagligt grundlag, så børnene bliver mødt ensartet og sammenhængende.',
    anledninger: ['aendret-karakter'],
    krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
  },
  perspektiv: {
    kerneopgave: 'Måden, børnene bliver mødt på i konflikter, har stor betydning for deres udvikling.',
    arbejdsplads: 'Færre uproduktive uenigheder i personalegruppen om, at børnene bliver håndteret forskelligt.',
    fortolkninger: '',
  },
  laeringsmaal: {
    metoder: { beskrivelse: 'Konfliktmetoden IDHP som fælles måde at håndtere konflikter på.', typer: ['faglige-metoder'] },
    viden: { beskrivelse: '', typer: [] },
    rolle: {
      beskrivelse: 'En ny tilgang til børnene i konflikter: fra at være dommer til at anerkende.',
      typer: ['selvforstaaelse', 'vaerdier'],
    },
  },
  ansvar: [],
  traeningsbane: {
    vidensopbygning:
      'Pædagogisk teori om anerkendende konflikthåndtering, i et forløb med eksterne konsulenter, hvor huset udvikler en fælles pædagogisk platform.',
    afproevning: 'Træning i hverdagen med personlig sparring og råd fra konsulenterne.',
    feedback: 'Vi bliver observeret i konkrete situationer og får opfølgning på det, vi gjorde.',
    feedbackformer: [],
    laeringsformer: [],
    spilleregler: '',
    daekning: '',
  },
  mobilitet: [],
  hverdag: {
    overgang: { beskrivelse: '', ikkeKlar: '' },
    forankring: [
      {
        id: item(1), type: 'organisatoriske-aendringer', udfoert: false, ansvarlig: '',
        beskrivelse: 'Medarbejdere, der endnu ikke kan løse opgaven selvstændigt, får i en periode støtte af kolleger.',
      },
      {
        id: item(2), type: 'organisatoriske-aendringer', udfoert: false, ansvarlig: '',
        beskrivelse: 'Nye børn bliver kun kørt ind af pædagoger, der mestrer den nye tilgang.',
      },
      {
        id: item(3), type: 'loebende-opfoelgning', udfoert: false, ansvarlig: '',
        beskrivelse: 'Vi reflekterer over den nye praksis på personalemøderne.',
      },
    ],
  },
};
