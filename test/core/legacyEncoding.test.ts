import { decodeTcvn3, decodeVni } from "../../src/core/text/legacyEncoding";
import { detectEncoding } from "../../src/core/text/detectEncoding";
import { encodeTcvn3, encodeVni } from "../../src/core/text/encodeLegacy";

describe("legacy encodings (TEMPLATE.md §6)", () => {
  test("decodes the TCVN3 examples of TEMPLATE.md", () => {
    expect(decodeTcvn3("Tæng sè")).toBe("Tổng số");
    expect(decodeTcvn3("Hoµn thµnh tèt nhiÖm vô")).toBe("Hoàn thành tốt nhiệm vụ");
  });

  test("reads the TCVN3 soft hyphen as ư (Chưa looks like Cha)", () => {
    expect(decodeTcvn3("Ch\u00ada ®¸nh gi¸")).toBe("Chưa đánh giá");
  });

  test("upper-cases text in the .VnTimeH capitals font", () => {
    expect(decodeTcvn3("®¶ng bé huyÖn", true)).toBe("ĐẢNG BỘ HUYỆN");
  });

  test("decodes the VNI examples of TEMPLATE.md", () => {
    expect(decodeVni("Toång soá")).toBe("Tổng số");
    expect(decodeVni("Hoaøn thaønh toát nhieäm vuï")).toBe("Hoàn thành tốt nhiệm vụ");
    expect(decodeVni("ngöôøi ñaûng vieân")).toBe("người đảng viên");
  });

  test.each([
    "Số đảng viên thuộc diện đánh giá, xếp loại",
    "Không hoàn thành nhiệm vụ",
    "Chi bộ ấp Thới Hòa B",
    "Bị thi hành kỷ luật trong năm",
  ])("round-trips %s through both encodings", (text) => {
    expect(decodeVni(encodeVni(text))).toBe(text);
    expect(decodeTcvn3(encodeTcvn3(text))).toBe(text);
  });

  test("judges a body of text, not a single short cell", () => {
    expect(detectEncoding(["Tæng sè"]).encoding).toBeNull();
    expect(detectEncoding(["Tæng sè ®¶ng viªn", "Hoµn thµnh tèt nhiÖm vô"]).encoding).toBe("tcvn3");
    expect(detectEncoding(["Toång soá ñaûng vieân", "Hoaøn thaønh toát nhieäm vuï"]).encoding).toBe("vni");
  });

  test("leaves Unicode Vietnamese alone", () => {
    expect(
      detectEncoding(["Tổng số đảng viên", "Hoàn thành tốt nhiệm vụ", "Chi bộ ấp Thới Hòa B"]).encoding,
    ).toBeNull();
  });
});
