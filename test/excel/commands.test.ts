const order: string[] = [];
jest.mock("../../src/taskpane/session", () => ({
  getController: () => ({
    validate: async () => void order.push("validate"),
    summarize: async () => {
      order.push("summarize");
      throw new Error("failed");
    },
  }),
}));
(globalThis as unknown as { Office: unknown }).Office = {
  onReady: () => undefined,
  actions: { associate: () => undefined },
  addin: { showAsTaskpane: () => (order.push("show"), Promise.resolve()) },
};

describe("ribbon commands", () => {
  test("complete the event before the pane is shown, also when the action fails", async () => {
    const { validateWorkbook, summarizeWorkbook } = await import("../../src/commands/commands");
    const event = { completed: () => void order.push("completed") } as unknown as Office.AddinCommands.Event;
    await validateWorkbook(event);
    expect(order).toEqual(["validate", "completed", "show"]);
    order.length = 0;
    await expect(summarizeWorkbook(event)).rejects.toThrow("failed");
    expect(order).toEqual(["summarize", "completed"]);
  });
});
