/**
 * The gateway against Microsoft's own mock (office-addin-mock), besides the project's recording
 * fake: the same code path works with the mock's load/sync semantics. The mock has no sync
 * counter, so `sync` is spied on.
 */
import "./setup";
import { OfficeMockObject } from "office-addin-mock";
import { getSelection, selectCell } from "../../src/taskpane/excel-gateway";

interface MockContext {
  sync: () => Promise<void>;
}

function excelMock(): { mock: OfficeMockObject; context: MockContext } {
  const data = {
    context: {
      workbook: {
        selected: { address: "'Uitgaven en ontvangsten'!L24", rowIndex: 23, columnIndex: 11 },
        getSelectedRange: function () {
          return this.selected;
        },
        worksheets: {
          sheet: {
            name: "Uitgaven en ontvangsten",
            activated: false,
            range: {
              address: "",
              selected: false,
              select: function () {
                this.selected = true;
              },
            },
            activate: function () {
              this.activated = true;
            },
            getRange: function (address: string) {
              this.range.address = address;
              return this.range;
            },
          },
          getItem: function (name: string) {
            if (name !== "Uitgaven en ontvangsten") throw new Error(`ItemNotFound: ${name}`);
            return this.sheet;
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data);
  return { mock, context: (mock as unknown as { context: MockContext }).context };
}

test("getSelection loads the address and indexes in one sync", async () => {
  const { mock, context } = excelMock();
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  const sync = jest.spyOn(context, "sync");
  expect(await getSelection()).toEqual({
    sheet: "Uitgaven en ontvangsten",
    address: "L24",
    row: 23,
    col: 11,
  });
  expect(sync).toHaveBeenCalledTimes(1);
});

test("selectCell activates the sheet and selects the range in one sync", async () => {
  const { mock, context } = excelMock();
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  const sync = jest.spyOn(context, "sync");
  await selectCell({ sheet: "Uitgaven en ontvangsten", address: "L24" });
  const sheet = (
    mock as unknown as {
      context: {
        workbook: {
          worksheets: {
            sheet: { activated: boolean; range: { address: string; selected: boolean } };
          };
        };
      };
    }
  ).context.workbook.worksheets.sheet;
  expect(sheet.activated).toBe(true);
  expect(sheet.range).toMatchObject({ address: "L24", selected: true });
  expect(sync).toHaveBeenCalledTimes(1);
});
