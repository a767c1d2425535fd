/**
 * Worked example 3 of the publication: "Plejecenter 1 – Måltidet er mere end mad", with the
 * nursing home's licence model (kørekort A/B/C) as the staircase. The source's facts in our own
 * words. Gaps kept: no dates, no head counts, no current level of the groups.
 *
 * Reading of the source: a licence is earned through a practice review (praksisgennemgang), so the
 * transition to everyday work is individual. The reason for change, `aendret-karakter`, is implied:
 * the cooking moves out to the residents and the kitchen is run leaner, so the meal task is now
 * done another way than before.
 */
import { example } from './common.js';

export const plejecenterMaaltid = example('plejecenter-maaltid', {
  titel: 'Måltidet er mere end mad',
  arbejdsplads:
    'Plejecenter 1 bruger kørekort på tre niveauer, A, B og C: nyansatte tager dem på en række områder, fastansatte til nye opgaver. Et kørekort viser, at man løser opgaven efter centerets standard på niveauet. Alle skal have C; A er det højeste.',
  opgave: {
    beskrivelse: 'Vi laver maden ude hos beboerne – fagligt solidt og hjemligt.',
    situationNu: 'Det har været en dyd at lave mad og rydde op hurtigt og effektivt.',
    situationFremover: 'Medarbejderne er værter og spiser med, og måltidet går i beboernes tempo, med hygge og fællesskab som det vigtigste.',
    anledninger: ['aendret-karakter'],
  },
  perspektiv: [
    'Mad lavet tæt på beboerne gør måltidet mere forudsigeligt, stabilt og roligt for dem.',
    'Mere effektiv køkkendrift, og social- og sundhedshjælperne får en mere central rolle og mere fagligt spillerum.',
  ],
  laeringsmaal: {
    metoder: ['At organisere madlavningen, så beboerne kan være mest muligt med.'],
    viden: ['At genopfriske faglige begreber, fx fedtprocent og ældre medicinske patienters behov.'],
    rolle: ['En ny holdning til måltidet og dets betydning for beboerne, og stolthed over vores måde at gøre det på.', 'vaerdier', 'faglig-stolthed'],
  },
  ansvar: [
    { maalgruppe: 'Alle medarbejdere, også vikarer', fremtidigt: 'med-stoette', koerekort: 'C' },
    { maalgruppe: 'Social- og sundhedsassistenter', fremtidigt: 'selvstaendigt', koerekort: 'B' },
    { maalgruppe: 'Medarbejdere, der vil være ressourcepersoner for området', fremtidigt: 'ressourceperson', koerekort: 'A' },
  ],
  traeningsbane: {
    vidensopbygning: 'Måltidets indhold set med faglige øjne.',
    afproevning: 'Øvelse side om side med en erfaren kollega, med et smileyskema som afsæt.',
    feedback: 'Fælles refleksion med den erfarne kollega undervejs, som aftalt.',
    feedbackformer: ['reflekterende'],
    laeringsformer: ['vaerktoejskursus', 'mentorforloeb'],
  },
  overgang: {
    type: 'individuel',
    beskrivelse: 'Den enkelte får ansvaret på sit niveau, når kørekortet er taget ved en praksisgennemgang, en slags eksamen.',
    ikkeKlar: 'Alle skal tage kørekortet til det ansvar, de er ansat til. Lykkes det ikke efter flere forsøg, kan det få ansættelsesmæssige følger.',
  },
  forankring: [
    ['opfoelgning-paa-maal', 'Praksisgennemgang med en ressourceperson.', 'Ressourceperson'],
    ['organisatoriske-aendringer', 'Medarbejdere med kørekort B er værter ved måltidet.'],
    ['organisatoriske-aendringer', 'Kørekortene vises på intranettet og i afdelingerne.'],
    ['loebende-stoette', 'Ressourcepersonerne støtter kollegerne.', 'Ressourcepersoner'],
    ['loebende-opfoelgning', 'Vi reflekterer sammen lige efter måltiderne.'],
  ],
});
