import { expect } from '@open-wc/testing';
import { chosenGoalLevels } from '../../src/model/chosen-goals.js';
import { examples } from '../../src/model/examples/index.js';
import { emptyPart } from '../../src/model/parse.js';

describe('chosenGoalLevels', () => {
  it('chooses nothing in an empty plan, and ignores a description of white space only', () => {
    const empty = emptyPart('laeringsmaal');
    expect(chosenGoalLevels(empty)).to.deep.equal([]);
    expect(chosenGoalLevels({ ...empty, viden: { beskrivelse: ' \n ', typer: [] } })).to.deep.equal([]);
  });

  it('chooses a level by its description or by a sub-type alone, top of the pyramid first', () => {
    const empty = emptyPart('laeringsmaal');
    expect(chosenGoalLevels({
      ...empty,
      metoder: { beskrivelse: 'Ny dokumentation', typer: [] },
      rolle: { beskrivelse: '', typer: ['vaerdier'] },
    })).to.deep.equal(['rolle', 'metoder']);
  });

  it('chooses all three levels of the job centre example', () => {
    expect(chosenGoalLevels(examples.jobcenter.laeringsmaal)).to.deep.equal(['rolle', 'viden', 'metoder']);
  });
});
