/** Texts of <laeringsmaal-pyramide>. Level and sub-type names, the leader's roles and the reminder come from the model's catalog. */
const da = {
  pyramid: 'Læringsmålspyramiden, fra toppen',
  kinds: 'Hvilke slags mål?',
  describe: 'Beskriv målet',
  leader: 'Lederens rolle:',
  base: 'Grundlaget for målene, ikke en type mål.',
};

const en: typeof da = {
  pyramid: 'The learning-goal pyramid, from the top',
  kinds: 'Which kinds of goal?',
  describe: 'Describe the goal',
  leader: "The manager's role:",
  base: 'The base for the goals, not a kind of goal.',
};

export const messages = { da, en };
