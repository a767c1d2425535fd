/**
 * Worked example 4 of the publication: "Barselsafsnittet – Ensartet rådgivning om amning og
 * ernæring". The source's facts in our own words. Gaps kept: no methods goal, no follow-up on
 * goals, no agreed transition, no dates, no reason for change (the need came up in a round of
 * appraisal interviews, which names none of the four reasons).
 *
 * The short instruction videos are stated in text only: the catalog's e-learning is a predefined
 * course on an IT platform, which the source does not describe.
 *
 * The one head count is the source's own: two key persons were trained first, to become resource
 * persons for their colleagues (the digest's "none gives head counts" overlooks it; the source
 * wins). The rest of the staff get no staircase entry, since the source states no target for them.
 */
import { example } from './common.js';

export const barselsafsnit = example('barselsafsnit', {
  titel: 'Ensartet rådgivning om amning og ernæring',
  arbejdsplads:
    'Barselsafsnit med ca. 35 medarbejdere, mest sygeplejersker. Kompetenceudvikling løfter kvalitet og kapacitet, især ved at uddanne nøglepersoner til bestemte opgaver.',
  opgave: {
    beskrivelse: 'Vi rådgiver mødre om amning og spædbørns ernæring mere ensartet og på et højere fagligt niveau.',
    situationNu: 'En MUS-runde viste, at medarbejderne var bekymrede over, hvor forskelligt mødrene blev rådgivet.',
    anledninger: [],
  },
  perspektiv: [
    'Bedre og mere ensartet rådgivning til mødrene. Det var ikke hovedgrunden fra start, men skal veje tungere; fx overvejes det at samle patienters fortællinger om rådgivningen.',
    'Mere kapacitet til rådgivning og bedre resultater på de parametre, afsnittet måles på.',
  ],
  laeringsmaal: {
    viden: ['Evidensbaseret viden om amning og ernæring frem for «ammestuevisdom».', 'forskning'],
    rolle: ['At blive i rollen som fagperson i en personlig situation og rådgive uden at belære eller presse moderen.', 'selvforstaaelse'],
  },
  ansvar: [
    { maalgruppe: 'Nøglepersoner, der uddannes først og bliver ressourcepersoner for kollegerne', antal: 2, fremtidigt: 'ressourceperson' },
  ],
  traeningsbane: {
    vidensopbygning:
      'Kort undervisning (2–3 timer) rettet mod de konkrete vidensbehov, og korte instruktionsvideoer, der viser god rådgivning.',
    afproevning: 'Rådgivning i praksis med støtte.',
    feedback: 'Sparring med en ressourceperson, også om rollen, på faste tidspunkter, så alle ved, hvornår den kan søges.',
    laeringsformer: ['rolle-som-ressourceperson'],
  },
  forankring: [
    ['organisatoriske-aendringer', 'Rådgivningen dokumenteres nu, og de kliniske retningslinjer opdateres.'],
    ['loebende-stoette', 'Kollegerne deler åbent erfaringer i hverdagen.'],
    ['loebende-opfoelgning', 'Opfølgning på personalemøder.'],
  ],
});
