import fc from "fast-check";
import { foldKey, foldKeyOnce, foldKeyReference } from "../../src/core/text/foldKey";

// Letters as Vietnamese text brings them: composed and decomposed, capitals, đ, the soft hyphen,
// punctuation and white space of every kind, and a few characters from further away.
const PIECES = [
  ..."aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐbcdghklmnpqrstvxBCDGHKLMNPQRSTVX0123456789%",
  ..."àáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
  ..."ÀÁẢÃẠẦẤẨẪẬẰẮẲẴẶÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ",
  "\u0300",
  "\u0301",
  "\u0303",
  "\u0309",
  "\u0323",
  "\u00ad",
  " ",
  "  ",
  "\t",
  "\n",
  "\u00a0",
  ",",
  ".",
  "-",
  "(",
  ")",
  "/",
  ":",
  "æ",
  "§",
  "µ",
  "ß",
  "ø",
  "Ø",
  "ñ",
  "ü",
  "ç",
  "ł",
  "Ω",
  "Ж",
  "中",
  "😀",
];

describe("foldKey", () => {
  test("the one-pass table gives the same key as the reference chain on any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(foldKeyOnce(text)).toBe(foldKeyReference(text));
        expect(foldKey(text)).toBe(foldKeyReference(text));
      }),
      { numRuns: 2000 },
    );
  });

  test("folds case, diacritics, tone placement and spacing", () => {
    expect(foldKey("  Tổng số  ĐẢNG VIÊN ")).toBe("tong so dang vien");
    expect(foldKey("Hoà")).toBe(foldKey("Hòa"));
    expect(foldKey("Hòa".normalize("NFD"))).toBe("hoa");
    expect(foldKey("Tỷ lệ (%)")).toBe("ty le %");
  });
});
