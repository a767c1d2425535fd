/**
 * Worked example 1 of the publication: "Døgninstitutionen – Styrket arbejde med dokumentation".
 * The source's facts in our own words. Gaps kept: no staircase (the source names no target group),
 * no agreed transition, no dates, no head counts, no reason for change (the source wants higher
 * quality, but states none of the four reasons), no knowledge goal (the source sees no great need
 * for new knowledge now: a described level would count as a chosen goal). The activities are not sorted by tempo in the
 * source; they are placed in the tempo they serve best.
 */
import { example } from './common.js';

export const doegninstitution = example('doegninstitution', {
  titel: 'Styrket arbejde med dokumentation',
  arbejdsplads:
    'Døgninstitution for børn på 0–18 år med flere diagnoser, mange med betydelige fysiske, psykiske og kognitive funktionsnedsættelser.',
  opgave: {
    beskrivelse: 'Når vi dokumenterer arbejdet med et barn, tager vi udgangspunkt i barnets mål for trivsel og udvikling, så målene kan genfindes.',
    anledninger: [],
  },
  perspektiv: [
    'Barnets udvikling og vores indsats for barnet står i centrum.',
    'Vi kan vise, at indsatsen bygger på børnenes mål, og hvilken virkning den har, så vi kan justere indsatsen eller rette urealistiske mål.',
  ],
  laeringsmaal: {
    metoder: ['At dokumentere efter en bestemt, konkret metode.', 'fremgangsmaader'],
    rolle: ['At dokumentere ud fra et professionelt perspektiv.', 'selvforstaaelse'],
  },
  traeningsbane: {
    vidensopbygning: 'Workshop, hvor vi sammen gennemgår et konkret stykke dokumentation i it-systemet.',
    afproevning: 'Sidemandsoplæring: vi laver dokumentationen sammen.',
    feedback: 'Supervision på rollen: hvornår taler og skriver vi som privatpersoner, og hvornår som fagpersoner?',
    feedbackformer: ['reflekterende'],
    laeringsformer: ['traeningsworkshop', 'sidemandsoplaering', 'supervision'],
  },
  forankring: [
    ['opfoelgning-paa-maal', 'Hver medarbejder aftaler med lederen, hvad der forventes.', 'Leder'],
    ['organisatoriske-aendringer', 'Teamet mødes før vagten om målene og efter den for at dokumentere.'],
    ['loebende-stoette', 'Lederen vejleder medarbejderne.', 'Leder'],
    ['loebende-opfoelgning', 'Vi taler mere fagligt sammen i det daglige.'],
  ],
});
