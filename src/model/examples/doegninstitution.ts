/**
 * Worked example 1 of the publication: "Døgninstitutionen – Styrket arbejde med dokumentation".
 * The source's facts in our own words. Gaps kept: no staircase (the source names no target group),
 * no agreed transition, no dates, no head counts. The activities are not sorted by tempo in the
 * source; they are placed in the tempo they serve best.
 */
import type { Plan } from '../plan.js';
import { EXAMPLE_TIMESTAMP, exampleItemId, examplePlanId } from './common.js';

const item = (n: number) => exampleItemId('doegninstitution', 'forankring', n);

export const doegninstitution: Plan = {
  schemaVersion: 1,
  id: examplePlanId('doegninstitution'),
  createdAt: EXAMPLE_TIMESTAMP,
  updatedAt: EXAMPLE_TIMESTAMP,
  titel: 'Styrket arbejde med dokumentation',
  arbejdsplads:
    'Døgninstitution for børn fra 0 til 18 år med flere diagnoser. Mange af børnene har betydelige fysiske, psykiske og kognitive funktionsnedsættelser.',
  opgave: {
    beskrivelse:
      'Når vi dokumenterer vores arbejde med et barn, tager vi udgangspunkt i de mål, der er sat for barnets trivsel og udvikling, så målene kan genfindes i dokumentationen.',
    situationNu: '',
    situationFremover: '',
    anledninger: ['aendret-karakter'],
    krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
  },
  perspektiv: {
    kerneopgave: 'Barnets udvikling, og det vores indsats gør for barnet, står i centrum.',
    arbejdsplads:
      'Vi kan vise, at indsatsen bygger på børnenes mål, og hvilken virkning den har – så vi kan justere indsatsen, eller målene, hvis de viser sig urealistiske.',
    fortolkninger: '',
  },
  laeringsmaal: {
    metoder: { beskrivelse: 'At bruge en bestemt, konkret metode, når vi dokumenterer.', typer: ['fremgangsmaader'] },
    viden: { beskrivelse: 'Intet større behov for ny faglig viden lige nu.', typer: [] },
    rolle: { beskrivelse: 'At dokumentere som fagperson, ud fra et professionelt perspektiv.', typer: ['selvforstaaelse'] },
  },
  ansvar: [],
  traeningsbane: {
    vidensopbygning:
      'Workshop med fælles læring, hvor vi sammen gennemgår et konkret stykke dokumentation i IT-systemet.',
    afproevning: 'Sidemandsoplæring: vi sætter os sammen og laver dokumentationen i fællesskab.',
    feedback: 'Supervision på rollen: hvornår taler og skriver vi som privatpersoner, og hvornår som fagpersoner?',
    feedbackformer: ['reflekterende'],
    laeringsformer: ['traeningsworkshop', 'sidemandsoplaering', 'supervision'],
    spilleregler: '',
    daekning: '',
  },
  mobilitet: [],
  hverdag: {
    overgang: { beskrivelse: '', ikkeKlar: '' },
    forankring: [
      {
        id: item(1), type: 'opfoelgning-paa-maal', udfoert: false, ansvarlig: 'Leder',
        beskrivelse: 'Hver medarbejder aftaler med lederen, hvad der forventes af opgaveløsningen.',
      },
      {
        id: item(2), type: 'organisatoriske-aendringer', udfoert: false, ansvarlig: '',
        beskrivelse: 'Teamet mødes før vagten for at tale om målene og igen bagefter for at dokumentere.',
      },
      {
        id: item(3), type: 'loebende-stoette', udfoert: false, ansvarlig: 'Leder',
        beskrivelse: 'Lederen er vejleder for medarbejderne.',
      },
      {
        id: item(4), type: 'loebende-opfoelgning', udfoert: false, ansvarlig: '',
        beskrivelse: 'Vi har aftalt at tale mere om det faglige i det daglige i det hele taget.',
      },
    ],
  },
};
