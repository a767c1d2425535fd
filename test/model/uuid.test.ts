import { expect } from '@open-wc/testing';
import { uuid } from '../../src/model/uuid.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Runs `body` with `crypto.getRandomValues` filling every byte with `byte`. */
function withRandomBytes(byte: number, body: () => void): void {
  const crypto = globalThis.crypto;
  Object.defineProperty(crypto, 'getRandomValues', {
    configurable: true,
    value: <T extends ArrayBufferView | null>(array: T): T => {
      if (array) new Uint8Array(array.buffer, array.byteOffset, array.byteLength).fill(byte);
      return array;
    },
  });
  try {
    body();
  } finally {
    delete (crypto as unknown as Record<string, unknown>)['getRandomValues'];
  }
}

describe('uuid', () => {
  it('is a lower-case UUID v4: version nibble 4, RFC 4122 variant', () => {
    for (let i = 0; i < 200; i++) {
      const id = uuid();
      expect(id).to.match(UUID_V4);
      expect(id[14]).to.equal('4');
      expect(parseInt(id[19]!, 16) & 0b1100).to.equal(0b1000);
    }
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    withRandomBytes(0x00, () => expect(uuid()).to.equal('00000000-0000-4000-8000-000000000000'));
    withRandomBytes(0xff, () => expect(uuid()).to.equal('ffffffff-ffff-4fff-bfff-ffffffffffff'));
    withRandomBytes(0xa5, () => expect(uuid()).to.equal('a5a5a5a5-a5a5-45a5-a5a5-a5a5a5a5a5a5'));
  });

  it('is unique over 1000 calls', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uuid()));
    expect(ids.size).to.equal(1000);
  });

  it('uses all hex digits in its random positions', () => {
    const ids = Array.from({ length: 1000 }, () => uuid());
    for (const position of [0, 9, 15, 20, 35]) {
      expect(new Set(ids.map((id) => id[position])).size, `position ${position}`).to.equal(16);
    }
    expect(new Set(ids.map((id) => id[19])).size).to.equal(4);
  });

  it('works without crypto.randomUUID, which plain-http pages lack', () => {
    const crypto = globalThis.crypto;
    let called = false;
    Object.defineProperty(crypto, 'randomUUID', {
      configurable: true,
      get() {
        called = true;
        return undefined;
      },
    });
    try {
      expect(uuid()).to.match(UUID_V4);
      expect(called).to.equal(false);
    } finally {
      delete (crypto as unknown as Record<string, unknown>)['randomUUID'];
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});
