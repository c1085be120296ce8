import { createHash } from "crypto";
import fc from "fast-check";
import { sha256Hex, utf8 } from "../../src/core/stamp/sha256";

describe("SHA-256 in plain TypeScript", () => {
  test.each([
    // FIPS 180-4 / NIST examples.
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
  ])("the known vector of %j", (input, expected) => {
    expect(sha256Hex(utf8(input))).toBe(expected);
  });

  test("a million 'a' (the long NIST vector)", () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  test("agrees with Node's crypto on any text, Vietnamese and astral characters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(Buffer.from(utf8(text)).equals(Buffer.from(text, "utf8"))).toBe(true);
        expect(sha256Hex(utf8(text))).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
      }),
      { numRuns: 300 },
    );
  });
});
