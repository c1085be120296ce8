import { BrowserWorkbook } from "../../src/xlsx/browserWorkbook";
import { ReadError } from "../../src/xlsx/ReadError";
import { describeOfficeError } from "../../src/taskpane/officeErrors";
import { rawXlsx, workbookParts, type Part } from "../builders/rawXlsx";

/** The browser mode reads files with the same readers: a hostile file gets the same message. */
describe("the page's file reading", () => {
  test("a zip bomb and an .ods: refused with the command line's message, shown as such in the pane", async () => {
    const bomb: Part = {
      head: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
      piece: "<row><c><v>1</v></c></row>".repeat(40_000),
      times: 2100,
      tail: "</sheetData></worksheet>",
    };
    const files = [
      { name: "bom.xlsx", bytes: await rawXlsx(workbookParts([{ name: "B", xml: bomb }])) },
      {
        name: "bang.ods",
        bytes: await rawXlsx({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
      },
    ];
    const texts: string[] = [];
    for (const file of files) {
      const page = new BrowserWorkbook();
      const err = await page.open([file]).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ReadError);
      texts.push(describeOfficeError(err, "vi"));
      expect(page.fileNames).toEqual([]);
    }
    expect(texts).toEqual([
      expect.stringMatching(/^bom\.xlsx: tệp quá lớn để đọc/),
      "bang.ods: định dạng này chưa được hỗ trợ; hãy mở trong Excel và lưu lại dạng .xlsx (OpenDocument (.ods/.odt))",
    ]);
  }, 60_000);
});
